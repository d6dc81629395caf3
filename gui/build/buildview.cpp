#include "build/buildview.h"

#include "build/buildlogformatter.h"
#include "build/buildstepmodel.h"
#include "build/dockerfilechecker.h"
#include "build/dockerfileeditor.h"

#include "build/buildevent.h"
#include "engine/engine.h"

#include <QCheckBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Ponton::Build::BuildEvent;

namespace Ponton::Gui {

namespace {

constexpr auto SettingsGroup = "build"_L1;
constexpr int LogFlushMs = 30;          // how long log lines wait to be shown together
constexpr qsizetype LogBatchLines = 1000; // at most this many lines per edit of the log

QString shellQuote(const QString &word)
{
    static const QString safe = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@,+%"_s;
    const bool plain = !word.isEmpty()
        && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return safe.contains(c); });
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

QMap<QString, QString> parseArguments(const QString &text)
{
    QMap<QString, QString> arguments;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype equals = word.indexOf(u'=');
        if (equals > 0)
            arguments.insert(word.left(equals), word.mid(equals + 1));
    }
    return arguments;
}

QString joinArguments(const QMap<QString, QString> &arguments)
{
    QStringList words;
    for (auto it = arguments.cbegin(); it != arguments.cend(); ++it)
        words.append(it.key() + u'=' + it.value());
    return words.join(u' ');
}

// Reads a small text file off the GUI thread.
Result<QVariant> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, BuildView::tr("Cannot open %1: %2").arg(path, file.errorString()));
    return QVariant(file.read(4 * 1024 * 1024));
}

Result<QVariant> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::PermissionDenied, BuildView::tr("Cannot save %1: %2").arg(path, file.errorString()));
    return QVariant(path);
}

} // namespace

BuildView::BuildView(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_editor(new DockerfileEditor(this))
    , m_checker(new DockerfileChecker(engine, this))
    , m_steps(new BuildStepModel(this))
{
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(m_editor);
    main->addWidget(createResultsArea());
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"buildStatus"_s);
    m_status->setWordWrap(true);
    m_command = new QLabel(this);
    m_command->setObjectName(u"buildCommand"_s);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setStyleSheet(u"font-family: monospace;"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSettingsArea());
    layout->addWidget(main, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_command);

    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_checker->setSource(m_editor->toPlainText().toUtf8()); });
    connect(m_checker, &DockerfileChecker::checked, m_editor, &DockerfileEditor::setDiagnostics);
    if (const auto last = remembered())
        applyRequest(*last);
    retranslate();
    updateState();
}

BuildView::~BuildView()
{
    if (m_job)
        m_job->cancel();
}

QWidget *BuildView::createSettingsArea()
{
    auto *area = new QWidget(this);
    m_contextLabel = new QLabel(area);
    m_context = new QLineEdit(area);
    m_context->setObjectName(u"contextEdit"_s);
    m_folderButton = new QPushButton(area);
    m_zipButton = new QPushButton(area);
    m_dockerfileLabel = new QLabel(area);
    m_dockerfile = new QLineEdit(area);
    m_dockerfile->setObjectName(u"dockerfileEdit"_s);
    m_openButton = new QPushButton(area);
    m_tagLabel = new QLabel(area);
    m_tags = new QLineEdit(area);
    m_tags->setObjectName(u"tagEdit"_s);
    m_argsLabel = new QLabel(area);
    m_args = new QLineEdit(area);
    m_args->setObjectName(u"buildArgsEdit"_s);
    m_noCache = new QCheckBox(area);
    m_buildButton = new QPushButton(area);
    m_buildButton->setObjectName(u"buildButton"_s);
    m_rebuildButton = new QPushButton(area);
    m_rebuildButton->setObjectName(u"rebuildButton"_s);
    m_cancelButton = new QPushButton(area);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    auto *grid = new QGridLayout(area);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_contextLabel, 0, 0);
    grid->addWidget(m_context, 0, 1, 1, 3);
    grid->addWidget(m_folderButton, 0, 4);
    grid->addWidget(m_zipButton, 0, 5);
    grid->addWidget(m_dockerfileLabel, 1, 0);
    grid->addWidget(m_dockerfile, 1, 1, 1, 3);
    grid->addWidget(m_openButton, 1, 4);
    grid->addWidget(m_tagLabel, 2, 0);
    grid->addWidget(m_tags, 2, 1);
    grid->addWidget(m_argsLabel, 2, 2);
    grid->addWidget(m_args, 2, 3);
    grid->addWidget(m_noCache, 2, 4, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_buildButton);
    buttons->addWidget(m_rebuildButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    grid->addLayout(buttons, 3, 0, 1, 6);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 2);

    connect(m_folderButton, &QPushButton::clicked, this, &BuildView::chooseContextFolder);
    connect(m_zipButton, &QPushButton::clicked, this, &BuildView::chooseContextZip);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a Dockerfile"), m_context->text());
        if (!path.isEmpty())
            openDockerfile(path);
    });
    connect(m_buildButton, &QPushButton::clicked, this, &BuildView::build);
    connect(m_rebuildButton, &QPushButton::clicked, this, &BuildView::rebuild);
    connect(m_cancelButton, &QPushButton::clicked, this, &BuildView::cancel);
    for (QLineEdit *edit : {m_context, m_dockerfile, m_tags, m_args})
        connect(edit, &QLineEdit::textChanged, this, &BuildView::updateCommand);
    connect(m_noCache, &QCheckBox::toggled, this, &BuildView::updateCommand);
    return area;
}

QWidget *BuildView::createResultsArea()
{
    auto *area = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(area);
    m_timeline = new QTableView(top);
    m_timeline->setObjectName(u"stepTimeline"_s);
    m_timeline->setModel(m_steps);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->setWordWrap(false);
    m_terminalButton = new QPushButton(top);
    m_terminalButton->setObjectName(u"stepTerminalButton"_s);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_timeline, 1);
    topLayout->addWidget(m_terminalButton, 0, Qt::AlignLeft);
    m_log = new QPlainTextEdit(area);
    m_log->setObjectName(u"buildLog"_s);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(0);
    m_log->setFont(m_editor->font());
    m_logFlush = new QTimer(this);
    m_logFlush->setSingleShot(true);
    m_logFlush->setInterval(LogFlushMs);
    connect(m_logFlush, &QTimer::timeout, this, [this] { flushLog(LogBatchLines); });
    area->addWidget(top);
    area->addWidget(m_log);

    connect(m_timeline, &QTableView::clicked, this, [this](const QModelIndex &index) { showStep(index.row()); });
    connect(m_timeline->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BuildView::updateState);
    connect(m_terminalButton, &QPushButton::clicked, this, &BuildView::openTerminalInSelectedStep);
    connect(m_log, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_log->textCursor().hasSelection())
            return;
        showLogLine(m_log->textCursor().blockNumber());
    });
    return area;
}

BuildRequest BuildView::request() const
{
    BuildRequest request;
    request.context = m_context->text().trimmed();
    request.dockerfile = m_dockerfile->text().trimmed();
    request.tags = m_tags->text().split(u' ', Qt::SkipEmptyParts);
    request.buildArgs = parseArguments(m_args->text());
    request.noCache = m_noCache->isChecked();
    return request;
}

QString BuildView::command(const BuildRequest &request)
{
    QStringList words = {u"ponton"_s, u"build"_s};
    for (const QString &tag : request.tags)
        words << u"-t"_s << shellQuote(tag);
    if (!request.dockerfile.isEmpty())
        words << u"-f"_s << shellQuote(request.dockerfile);
    for (auto it = request.buildArgs.cbegin(); it != request.buildArgs.cend(); ++it)
        words << u"--build-arg"_s << shellQuote(it.key() + u'=' + it.value());
    if (request.noCache)
        words << u"--no-cache"_s;
    words << (request.context.isEmpty() ? u"."_s : shellQuote(request.context));
    return words.join(u' ');
}

QString BuildView::command() const
{
    return command(request());
}

void BuildView::setContext(const QString &path)
{
    m_context->setText(path);
    const QFileInfo info(path);
    if (info.isDir() && m_editor->document()->isEmpty()) {
        const QString dockerfile = QDir(path).filePath(u"Dockerfile"_s);
        if (QFileInfo::exists(dockerfile))
            openDockerfile(dockerfile);
    }
}

void BuildView::setDockerfilePath(const QString &path)
{
    m_dockerfile->setText(path);
}

void BuildView::setTags(const QString &tags)
{
    m_tags->setText(tags);
}

void BuildView::setBuildArgs(const QString &arguments)
{
    m_args->setText(arguments);
}

void BuildView::setNoCache(bool noCache)
{
    m_noCache->setChecked(noCache);
}

void BuildView::chooseContextFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Build context folder"), m_context->text());
    if (!path.isEmpty())
        setContext(path);
}

void BuildView::chooseContextZip()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Build context archive"), m_context->text(),
                                                      tr("Zip archives (*.zip)"));
    if (!path.isEmpty())
        setContext(path);
}

void BuildView::openDockerfile(const QString &path)
{
    Job *job = m_engine->startJob(u"read-dockerfile"_s, [path](Job &) { return readFile(path); });
    connect(job, &Job::finished, this, [this, job, path](const Ponton::JobResult &result) {
        job->deleteLater();
        if (!result.ok) {
            m_status->setText(result.error.message);
            return;
        }
        m_editor->setPlainText(QString::fromUtf8(result.value.toByteArray()));
        m_editor->document()->setModified(false);
        const QFileInfo info(path);
        const QFileInfo context(m_context->text());
        const bool inContext = context.isDir() && info.absolutePath() == context.absoluteFilePath();
        m_dockerfile->setText(inContext && info.fileName() == u"Dockerfile"_s ? QString() : path);
        m_checker->checkNow();
        emit dockerfileLoaded(path);
    });
}

QString BuildView::dockerfileTarget(const BuildRequest &request)
{
    if (!request.dockerfile.isEmpty()) {
        const QFileInfo info(request.dockerfile);
        if (info.isAbsolute())
            return request.dockerfile;
        if (QFileInfo(request.context).isDir())
            return QDir(request.context).filePath(request.dockerfile);
    }
    if (QFileInfo(request.context).isDir())
        return QDir(request.context).filePath(request.dockerfile.isEmpty() ? u"Dockerfile"_s : request.dockerfile);
    // A .zip context: the editor's text goes to a scratch file outside the archive.
    if (!m_scratch)
        m_scratch = std::make_unique<QTemporaryDir>();
    return m_scratch->filePath(u"Dockerfile"_s);
}

void BuildView::build()
{
    startBuild(request());
}

void BuildView::rebuild()
{
    const auto last = remembered();
    if (!last) {
        build();
        return;
    }
    applyRequest(*last);
    startBuild(*last);
}

void BuildView::startBuild(const BuildRequest &given)
{
    if (isBuilding())
        return;
    if (given.context.isEmpty()) {
        m_status->setText(tr("Choose the build context first: the folder (or .zip) whose files COPY and ADD "
                             "can use."));
        emit buildFinished(false, m_status->text());
        return;
    }
    BuildRequest request = given;
    remember(request);
    m_steps->clear();
    m_log->clear();
    m_logLines.clear();
    m_pendingLog.clear();
    m_pendingLogLines.clear();
    m_currentLine = 0;
    m_preparing = true;
    updateState();
    m_status->setText(tr("Saving the Dockerfile…"));
    emit buildStarted();
    // The editor's text is what gets built: it is saved first (off the GUI thread), then the build starts.
    const QString target = dockerfileTarget(request);
    const bool intoArchive = !QFileInfo(request.context).isDir();
    // An empty editor has nothing to save: the archive's or the folder's own Dockerfile is built as it is
    // (a build started before the Dockerfile was loaded must not overwrite it with nothing).
    if (m_editor->document()->isEmpty() && (intoArchive || QFileInfo::exists(target))) {
        launch(request);
        return;
    }
    if (intoArchive || QFileInfo(request.dockerfile).isAbsolute())
        request.dockerfile = target;
    const QByteArray text = m_editor->toPlainText().toUtf8();
    Job *save = m_engine->startJob(u"save-dockerfile"_s, [target, text](Job &) { return writeFile(target, text); });
    connect(save, &Job::finished, this, [this, save, request](const Ponton::JobResult &result) {
        save->deleteLater();
        if (!result.ok) {
            m_preparing = false;
            m_status->setText(result.error.message);
            updateState();
            emit buildFinished(false, result.error.message);
            return;
        }
        m_editor->document()->setModified(false);
        launch(request);
    });
}

void BuildView::launch(const BuildRequest &request)
{
    m_preparing = false;
    m_status->setText(tr("Building…"));
    m_job = m_engine->build(request);
    connect(m_job, &Job::event, this, &BuildView::onEvent);
    connect(m_job, &Job::finished, this, &BuildView::onFinished);
    updateState();
}

void BuildView::cancel()
{
    if (m_job) {
        m_job->cancel();
        m_status->setText(tr("Canceling…"));
    }
}

void BuildView::onEvent(const QVariant &value)
{
    if (!value.canConvert<BuildEvent>())
        return;
    const BuildEvent event = value.value<BuildEvent>();
    if (event.kind == BuildEvent::Kind::StepStarted)
        m_currentLine = event.line;
    m_steps->apply(event);
    const int line = event.step > 0 ? m_currentLine : 0;
    for (const QString &text : BuildLogFormatter::lines(event))
        appendLog(text, line);
    if (event.kind == BuildEvent::Kind::StepStarted)
        m_timeline->scrollToBottom();
}

void BuildView::appendLog(const QString &line, int dockerfileLine)
{
    m_pendingLog.append(line);
    m_pendingLogLines.append(dockerfileLine);
    if (!m_logFlush->isActive())
        m_logFlush->start();
}

// Shows up to `maxLines` waiting lines in one edit of the log; the rest on the next turn of the timer.
void BuildView::flushLog(qsizetype maxLines)
{
    const qsizetype count = qMin(maxLines, m_pendingLog.size());
    if (count == 0)
        return;
    const QSignalBlocker blocker(m_log);   // appending moves the cursor: that is no click
    const int blocksBefore = m_log->document()->isEmpty() ? 0 : m_log->document()->blockCount();
    m_log->appendPlainText(m_pendingLog.mid(0, count).join(u'\n'));
    // A line holding line breaks makes several blocks: the ones before its last point nowhere.
    while (m_logLines.size() < blocksBefore)
        m_logLines.append(0);
    for (qsizetype i = 0; i < count; ++i) {
        const auto breaks = m_pendingLog.at(i).count(u'\n');
        for (qsizetype extra = 0; extra < breaks; ++extra)
            m_logLines.append(0);
        m_logLines.append(m_pendingLogLines.at(i));
    }
    m_pendingLog.remove(0, count);
    m_pendingLogLines.remove(0, count);
    if (!m_pendingLog.isEmpty())
        m_logFlush->start(0);
}

void BuildView::onFinished(const Ponton::JobResult &result)
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    if (result.ok) {
        const BuildResult built = result.value.value<BuildResult>();
        const QString id = BuildLogFormatter::shortId(built.imageId.toString());
        appendLog(BuildLogFormatter::builtLine(id), 0);
        flushLog(m_pendingLog.size());   // the whole log is there when buildFinished is emitted
        m_status->setText(tr("Built %1 in %n step(s), %2 from the cache.", nullptr, built.steps)
                              .arg(id).arg(built.cacheHits));
    } else {
        appendLog(result.error.toString(), 0);
        flushLog(m_pendingLog.size());
        m_status->setText(result.error.code == ErrorCode::Canceled ? tr("Build canceled.")
                                                                   : tr("Build failed: %1").arg(result.error.message));
    }
    m_timeline->resizeColumnsToContents();
    updateState();
    emit buildFinished(result.ok, m_status->text());
}

void BuildView::showStep(int row)
{
    if (row < 0 || row >= m_steps->rowCount())
        return;
    const int line = m_steps->steps().at(row).line;
    if (line > 0)
        m_editor->showLines(line);
}

void BuildView::showLogLine(int block)
{
    if (block < 0 || block >= m_logLines.size() || m_logLines.at(block) <= 0)
        return;
    m_editor->showLines(m_logLines.at(block));
}

void BuildView::openTerminalInSelectedStep()
{
    const QModelIndexList rows = m_timeline->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString imageId = m_steps->data(rows.first(), BuildStepModel::ImageIdRole).toString();
    if (!imageId.isEmpty())
        emit terminalRequested(imageId);
}

void BuildView::remember(const BuildRequest &request)
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(u"context"_s, request.context);
    settings.setValue(u"dockerfile"_s, request.dockerfile);
    settings.setValue(u"tags"_s, request.tags);
    settings.setValue(u"buildArgs"_s, joinArguments(request.buildArgs));
    settings.setValue(u"noCache"_s, request.noCache);
}

std::optional<BuildRequest> BuildView::remembered() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    if (!settings.contains(u"context"_s))
        return std::nullopt;
    BuildRequest request;
    request.context = settings.value(u"context"_s).toString();
    request.dockerfile = settings.value(u"dockerfile"_s).toString();
    request.tags = settings.value(u"tags"_s).toStringList();
    request.buildArgs = parseArguments(settings.value(u"buildArgs"_s).toString());
    request.noCache = settings.value(u"noCache"_s).toBool();
    return request;
}

void BuildView::applyRequest(const BuildRequest &request)
{
    m_dockerfile->setText(request.dockerfile);
    m_tags->setText(request.tags.join(u' '));
    m_args->setText(joinArguments(request.buildArgs));
    m_noCache->setChecked(request.noCache);
    if (m_context->text() != request.context) {
        m_context->setText(request.context);
        const QString file = request.dockerfile.isEmpty() ? u"Dockerfile"_s : request.dockerfile;
        const QString path = QFileInfo(file).isAbsolute() ? file : QDir(request.context).filePath(file);
        if (QFileInfo(request.context).isDir() && QFileInfo::exists(path))
            openDockerfile(path);
    }
}

void BuildView::updateState()
{
    const bool building = isBuilding();
    m_buildButton->setEnabled(!building);
    m_rebuildButton->setEnabled(!building);
    m_cancelButton->setEnabled(m_job != nullptr);
    const QModelIndexList rows = m_timeline->selectionModel()->selectedRows();
    m_terminalButton->setEnabled(!rows.isEmpty()
                                 && !m_steps->data(rows.first(), BuildStepModel::ImageIdRole).toString().isEmpty());
    updateCommand();
}

void BuildView::updateCommand()
{
    m_command->setText(tr("Command: %1").arg(command()));
}

void BuildView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_checker->checkNow();   // the hints' messages come in the new language
    }
    QWidget::changeEvent(event);
}

void BuildView::retranslate()
{
    m_contextLabel->setText(tr("Context:"));
    m_context->setPlaceholderText(tr("The folder or .zip whose files the Dockerfile can COPY"));
    m_folderButton->setText(tr("Folder…"));
    m_zipButton->setText(tr("Zip…"));
    m_dockerfileLabel->setText(tr("Dockerfile:"));
    m_dockerfile->setPlaceholderText(tr("Dockerfile in the context"));
    m_openButton->setText(tr("Open…"));
    m_tagLabel->setText(tr("Tag:"));
    m_tags->setPlaceholderText(tr("name:tag (several: separated by spaces)"));
    m_argsLabel->setText(tr("Build arguments:"));
    m_args->setPlaceholderText(tr("NAME=value NAME2=value"));
    m_noCache->setText(tr("Without cache"));
    m_buildButton->setText(tr("Build"));
    m_rebuildButton->setText(tr("Rebuild"));
    m_rebuildButton->setToolTip(tr("Build again with the settings of the last build"));
    m_cancelButton->setText(tr("Cancel"));
    m_terminalButton->setText(tr("Open a terminal in this step's image"));
    m_editor->setPlaceholderText(tr("FROM alpine\nRUN apk add curl"));
    updateCommand();
}

} // namespace Ponton::Gui
