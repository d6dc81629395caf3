#include "tutorial/tutorialterminalpanel.h"

#include "terminal/ptysession.h"
#include "terminal/terminalmodel.h"
#include "terminal/terminalwidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

TutorialTerminalPanel::TutorialTerminalPanel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_hint(new QLabel(this))
    , m_typeInstall(new QPushButton(this))
    , m_typeExit(new QPushButton(this))
{
    m_hint->setObjectName(u"terminalHint"_s);
    m_hint->setWordWrap(true);
    m_typeInstall->setObjectName(u"typeInstallButton"_s);
    m_typeExit->setObjectName(u"typeExitButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_typeInstall);
    buttons->addWidget(m_typeExit);
    buttons->addStretch(1);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_hint);
    m_layout->addLayout(buttons);
    connect(m_typeInstall, &QPushButton::clicked, this, &TutorialTerminalPanel::typeInstall);
    connect(m_typeExit, &QPushButton::clicked, this, &TutorialTerminalPanel::typeExit);
    retranslate();
    updateState();
}

void TutorialTerminalPanel::attach(const QString &containerId, PtySession *session)
{
    // Each shell gets a fresh screen.
    delete m_terminal;
    m_terminal = new TerminalWidget(this);
    m_terminal->setObjectName(u"tutorialTerminal"_s);
    m_terminal->setMinimumHeight(12 * m_terminal->cellSize().height());
    m_layout->insertWidget(1, m_terminal, 1);
    m_containerId = containerId;
    m_session = session;
    m_detached = false;
    connect(m_terminal, &TerminalWidget::bytesForPty, session, &PtySession::write);
    connect(session, &PtySession::received, m_terminal, &TerminalWidget::feed);
    connect(m_terminal, &TerminalWidget::sizeChanged, session, &PtySession::resize);
    // Docker's detach keys work here too: the step goes on with the container still running.
    connect(m_terminal, &TerminalWidget::detachRequested, this, [this] {
        if (!isShellRunning())
            return;
        m_detached = true;
        emit detachRequested(m_containerId);
    });
    connect(session, &PtySession::closed, this, &TutorialTerminalPanel::updateState);
    connect(session, &QObject::destroyed, this, &TutorialTerminalPanel::updateState);
    session->resize(m_terminal->model()->rows(), m_terminal->model()->columns());
    updateState();
    m_terminal->setFocus();
}

bool TutorialTerminalPanel::isShellRunning() const
{
    return m_session && m_session->isOpen();
}

QString TutorialTerminalPanel::screenText() const
{
    if (!m_terminal)
        return {};
    const TerminalModel *model = m_terminal->model();
    return model->text(QPoint(0, 0), QPoint(model->columns(), model->lineCount() - 1));
}

void TutorialTerminalPanel::typeInstall()
{
    if (isShellRunning())
        m_session->write(installCommand());
    if (m_terminal)
        m_terminal->setFocus();
}

void TutorialTerminalPanel::typeExit()
{
    if (isShellRunning())
        m_session->write(exitCommand());
}

void TutorialTerminalPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TutorialTerminalPanel::retranslate()
{
    m_typeInstall->setText(tr("Type it for me: apk add curl"));
    m_typeInstall->setToolTip(tr("Types apk add curl and Enter in the shell"));
    m_typeExit->setText(tr("Exit the shell"));
    m_typeExit->setToolTip(tr("Types exit and Enter: the shell ends, and the step looks at the container's changes"));
    updateState();
}

void TutorialTerminalPanel::updateState()
{
    const bool running = isShellRunning();
    m_typeInstall->setEnabled(running);
    m_typeExit->setEnabled(running);
    if (running) {
        m_hint->setText(tr("A real shell in the new container %1 (ponton run -it alpine sh). Type apk add curl "
                           "and Enter, then exit; or let the buttons type them. Once the shell has exited, the "
                           "step looks at the container's changes and commits them as alpine:curl.")
                            .arg(m_containerId.left(12)));
    } else if (m_detached) {
        m_hint->setText(tr("Detached from the shell of container %1 (Ctrl-P Ctrl-Q): the container keeps running.")
                            .arg(m_containerId.left(12)));
    } else if (!m_containerId.isEmpty()) {
        m_hint->setText(tr("The shell of container %1 has exited.").arg(m_containerId.left(12)));
    } else {
        m_hint->clear();
    }
}

} // namespace Ponton::Gui
