#include "tutorial/tutorialpage.h"

#include "app/settings.h"
#include "terminal/terminalwidget.h"
#include "tutorial/tutorialactions.h"
#include "tutorial/tutorialterminalpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

namespace {

QPushButton *makeButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

TutorialPage::TutorialPage(Settings *settings, TutorialActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_actions(actions)
{
    auto *splitter = new QSplitter(this);
    splitter->addWidget(createChapterColumn());
    splitter->addWidget(createStepArea());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 740});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connectActions();
    retranslate();
}

QWidget *TutorialPage::createChapterColumn()
{
    auto *column = new QWidget(this);
    m_chapterList = new QListWidget(column);
    m_chapterList->setObjectName(u"chapterList"_s);
    m_chapterList->setWordWrap(true);
    m_chapterList->setResizeMode(QListView::Adjust);
    m_chapterList->setSpacing(2);
    m_progress = new QLabel(column);
    m_progress->setObjectName(u"progressLabel"_s);
    m_reset = makeButton(u"resetButton"_s, column);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(8, 8, 0, 8);
    layout->addWidget(m_chapterList, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_reset);
    connect(m_chapterList, &QListWidget::currentRowChanged, this, &TutorialPage::showChapter);
    connect(m_reset, &QPushButton::clicked, this, &TutorialPage::resetProgress);
    return column;
}

QWidget *TutorialPage::createStepArea()
{
    auto *area = new QWidget(this);
    m_title = new QLabel(area);
    m_title->setObjectName(u"chapterTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_text = new QTextBrowser(area);
    m_text->setObjectName(u"chapterText"_s);
    m_text->setOpenExternalLinks(true);
    m_commandCaption = new QLabel(area);
    m_command = new QLabel(area);
    m_command->setObjectName(u"commandLabel"_s);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setStyleSheet(u"QLabel { background: #2b2b2b; color: #e8e8e8; padding: 6px; }"_s);
    m_copy = makeButton(u"copyButton"_s, area);
    m_check = new QLabel(area);
    m_check->setObjectName(u"checkDescription"_s);
    m_check->setWordWrap(true);
    m_run = makeButton(u"runButton"_s, area);
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_verify = makeButton(u"checkButton"_s, area);
    m_verify->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_result = new QLabel(area);
    m_result->setObjectName(u"resultLabel"_s);
    m_result->setWordWrap(true);
    m_output = new QPlainTextEdit(area);
    m_output->setObjectName(u"stepOutput"_s);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMaximumBlockCount(2000);
    m_output->setMaximumHeight(140);
    m_output->hide();
    m_terminal = new TutorialTerminalPanel(area);
    m_terminal->setObjectName(u"terminalPanel"_s);
    m_terminal->hide();
    m_previous = makeButton(u"previousButton"_s, area);
    m_next = makeButton(u"nextButton"_s, area);
    layOutStepArea(area);
    return area;
}

void TutorialPage::layOutStepArea(QWidget *area)
{
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copy);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_run);
    actionRow->addWidget(m_verify);
    actionRow->addWidget(m_result, 1);
    auto *navigationRow = new QHBoxLayout;
    navigationRow->addWidget(m_previous);
    navigationRow->addStretch(1);
    navigationRow->addWidget(m_next);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_commandCaption);
    layout->addLayout(commandRow);
    layout->addWidget(m_check);
    layout->addLayout(actionRow);
    layout->addWidget(m_terminal, 2);
    layout->addWidget(m_output);
    layout->addLayout(navigationRow);

    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(commandText()); });
    connect(m_run, &QPushButton::clicked, this, &TutorialPage::runCurrentStep);
    // Ctrl+Return does the step from anywhere in the page, without reaching for the button.
    auto *runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(runShortcut, &QShortcut::activated, this, &TutorialPage::runCurrentStep);
    connect(m_verify, &QPushButton::clicked, this, &TutorialPage::checkCurrentStep);
    connect(m_previous, &QPushButton::clicked, this, [this] { showChapter(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showChapter(m_current + 1); });
}

void TutorialPage::connectActions()
{
    connect(m_actions, &TutorialActions::stepStarted, this, &TutorialPage::onStepStarted);
    connect(m_actions, &TutorialActions::stepOutput, this, &TutorialPage::onStepOutput);
    connect(m_actions, &TutorialActions::terminalOpened, this, &TutorialPage::onTerminalOpened);
    connect(m_terminal, &TutorialTerminalPanel::detachRequested, m_actions, &TutorialActions::detachShell);
    connect(m_actions, &TutorialActions::stepFinished, this, &TutorialPage::onStepFinished);
    connect(m_actions, &TutorialActions::checkFinished, this, &TutorialPage::onCheckFinished);
}

QString TutorialPage::currentChapterId() const
{
    if (m_current < 0 || m_current >= chapterCount())
        return {};
    return m_book.chapters().at(m_current).id;
}

QString TutorialPage::titleText() const
{
    return m_title->text();
}

QString TutorialPage::bodyText() const
{
    return m_text->toPlainText();
}

QString TutorialPage::commandText() const
{
    return m_command->text();
}

QString TutorialPage::resultText() const
{
    return m_result->text();
}

void TutorialPage::setLanguage(const QString &code)
{
    const QString keep = currentChapterId().isEmpty() ? m_settings->currentChapter() : currentChapterId();
    Result<TutorialBook> book = TutorialBook::load(code);
    m_loadError = book ? QString() : book.error().toString();
    m_book = book ? std::move(*book) : TutorialBook();
    m_current = -1;
    refreshChapterList();
    const qsizetype index = m_book.indexOf(keep);
    showChapter(index >= 0 ? int(index) : 0);
    if (!m_loadError.isEmpty())
        m_text->setPlainText(tr("The tutorial could not be loaded: %1").arg(m_loadError));
}

void TutorialPage::showChapter(int index)
{
    if (index < 0 || index >= chapterCount())
        return;
    if (index != m_current)
        m_shown.reset();
    m_current = index;
    m_settings->setCurrentChapter(currentChapterId());
    {
        const QSignalBlocker blocker(m_chapterList);
        m_chapterList->setCurrentRow(index);
    }
    renderChapter();
    updateTerminalVisibility();
    emit chapterShown(currentChapterId());
}

void TutorialPage::runCurrentStep()
{
    if (currentChapterId().isEmpty() || !m_busyChapter.isEmpty())
        return;
    m_busyChapter = currentChapterId();
    m_output->clear();
    if (m_terminalChapter == m_busyChapter)
        m_terminalChapter.clear();   // the new run's shell gets its own terminal
    updateTerminalVisibility();
    m_shown.reset();
    updateButtons();
    renderResult();
    m_actions->runStep(m_busyChapter);
}

void TutorialPage::checkCurrentStep()
{
    if (currentChapterId().isEmpty() || !m_busyChapter.isEmpty())
        return;
    m_busyChapter = currentChapterId();
    m_shown.reset();
    updateButtons();
    renderResult();
    m_actions->checkStep(m_busyChapter);
}

void TutorialPage::resetProgress()
{
    m_settings->resetTutorial();
    m_shown.reset();
    refreshChapterList();
    showChapter(0);
}

void TutorialPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TutorialPage::retranslate()
{
    m_reset->setText(tr("Start the tutorial again"));
    m_commandCaption->setText(tr("The same with the command line:"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the command to the clipboard"));
    m_run->setText(tr("Do it"));
    m_run->setToolTip(tr("Let Ponton do this step for you"));
    m_verify->setText(tr("Check"));
    m_verify->setToolTip(tr("Check the real result of this step"));
    m_previous->setText(tr("Previous chapter"));
    m_next->setText(tr("Next chapter"));
    refreshChapterList();
    renderChapter();
}

void TutorialPage::refreshChapterList()
{
    const QSignalBlocker blocker(m_chapterList);
    m_chapterList->clear();
    int done = 0;
    for (const TutorialChapter &chapter : m_book.chapters()) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(m_chapterList->count() + 1).arg(chapter.title),
                                         m_chapterList);
        const bool completed = m_settings->isChapterCompleted(chapter.id);
        done += completed ? 1 : 0;
        item->setIcon(completed ? style()->standardIcon(QStyle::SP_DialogApplyButton) : QIcon());
        item->setToolTip(completed ? tr("Done") : tr("Not done yet"));
    }
    m_chapterList->setCurrentRow(m_current);
    m_progress->setText(tr("%n of %1 chapter(s) done", nullptr, done).arg(chapterCount()));
}

void TutorialPage::renderChapter()
{
    if (m_current < 0 || m_current >= chapterCount()) {
        m_title->setText(tr("Tutorial"));
        m_text->clear();
        m_command->clear();
        m_check->clear();
        updateButtons();
        renderResult();
        return;
    }
    const TutorialChapter &chapter = m_book.chapters().at(m_current);
    m_title->setText(chapter.title);
    m_text->setMarkdown(chapter.body);
    m_command->setText(chapter.commands.join(u'\n'));
    m_check->setText(tr("What the check looks at: %1").arg(chapter.check));
    updateButtons();
    renderResult();
}

void TutorialPage::renderResult()
{
    const bool busy = !m_busyChapter.isEmpty() && m_busyChapter == currentChapterId();
    if (busy) {
        m_result->setText(tr("Working…"));
        m_result->setStyleSheet({});
        return;
    }
    if (!m_shown) {
        const bool done = m_settings->isChapterCompleted(currentChapterId());
        m_result->setText(done ? tr("Done: this chapter's check passed.") : QString());
        m_result->setStyleSheet(done ? u"color: #2e7d32;"_s : QString());
        return;
    }
    const TutorialOutcome &outcome = m_shown->outcome;
    QString headline;
    switch (outcome.status) {
    case TutorialOutcome::Status::Succeeded:
        headline = m_shown->fromCheck ? tr("Check passed.") : tr("Step done.");
        break;
    case TutorialOutcome::Status::Failed:
        headline = m_shown->fromCheck ? tr("Check failed.") : tr("Step failed.");
        break;
    case TutorialOutcome::Status::Unavailable:
        headline = tr("Not available.");
        break;
    case TutorialOutcome::Status::Canceled:
        headline = tr("Canceled.");
        break;
    }
    m_result->setText(outcome.message.isEmpty() ? headline : tr("%1 %2").arg(headline, outcome.message));
    m_result->setToolTip(outcome.detail);
    m_result->setStyleSheet(outcome.succeeded() ? u"color: #2e7d32;"_s : u"color: #c62828;"_s);
}

void TutorialPage::updateButtons()
{
    const bool haveChapter = !currentChapterId().isEmpty();
    const bool idle = m_busyChapter.isEmpty();
    m_run->setEnabled(haveChapter && idle);
    m_verify->setEnabled(haveChapter && idle);
    m_copy->setEnabled(haveChapter);
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < chapterCount());
}

void TutorialPage::onStepStarted(const QString &chapterId)
{
    if (chapterId == currentChapterId())
        m_output->show();
}

void TutorialPage::onStepOutput(const QString &chapterId, const QString &line)
{
    if (chapterId != m_busyChapter)
        return;
    m_output->show();
    m_output->appendPlainText(line);
}

void TutorialPage::onTerminalOpened(const QString &chapterId, const QString &containerId, PtySession *session)
{
    if (chapterId != m_busyChapter)
        return;
    m_terminalChapter = chapterId;
    m_terminal->attach(containerId, session);
    updateTerminalVisibility();
    m_terminal->terminal()->setFocus();
}

void TutorialPage::updateTerminalVisibility()
{
    // The terminal stays with the chapter that opened it, with its last screen once the shell has ended.
    m_terminal->setVisible(!m_terminalChapter.isEmpty() && m_terminalChapter == currentChapterId());
}

void TutorialPage::onStepFinished(const QString &chapterId, const TutorialOutcome &outcome)
{
    if (chapterId != m_busyChapter)
        return;
    m_busyChapter.clear();
    if (chapterId == currentChapterId())
        m_shown = ShownOutcome{outcome, false};
    updateButtons();
    renderResult();
    if (outcome.succeeded() && chapterId == currentChapterId())
        checkCurrentStep();   // a step that ran is checked at once against the real state
}

void TutorialPage::onCheckFinished(const QString &chapterId, const TutorialOutcome &outcome)
{
    if (chapterId != m_busyChapter)
        return;
    m_busyChapter.clear();
    if (outcome.succeeded() && !m_settings->isChapterCompleted(chapterId)) {
        m_settings->setChapterCompleted(chapterId);
        refreshChapterList();
        emit chapterCompleted(chapterId);
    }
    if (chapterId == currentChapterId())
        m_shown = ShownOutcome{outcome, true};
    updateButtons();
    renderResult();
}

} // namespace Ponton::Gui
