#include "tutorial/enginetutorialactions.h"

#include "build/buildlogformatter.h"
#include "terminal/ptysession.h"

#include "build/buildevent.h"
#include "engine/engine.h"
#include "engine/layerrequests.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

namespace {

constexpr auto Alpine = "alpine"_L1;
constexpr auto PulledImage = "nginx:stable-alpine"_L1;
constexpr auto CommittedImage = "alpine:curl"_L1;
constexpr auto BuiltImage = "alpinecurl"_L1;
constexpr auto BetterImage = "alpinecurl:better"_L1;
constexpr auto CurlPath = "usr/bin/curl"_L1;

Result<QVariant> writeDockerfile(const QString &folder, const QByteArray &text)
{
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::PermissionDenied, EngineTutorialActions::tr("Cannot create the folder %1.").arg(folder));
    QSaveFile file(QDir(folder).filePath(u"Dockerfile"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return fail(ErrorCode::PermissionDenied,
                    EngineTutorialActions::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return QVariant(folder);
}

QJsonObject firstInspected(const Ponton::JobResult &result)
{
    const auto inspected = result.value.value<Store::InspectResult>();
    return inspected.objects.isEmpty() ? QJsonObject() : inspected.objects.first().toObject();
}

} // namespace

EngineTutorialActions::EngineTutorialActions(Engine *engine, QObject *parent)
    : TutorialActions(parent)
    , m_engine(engine)
    , m_workspace(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"tutorial"_s))
{
}

QByteArray EngineTutorialActions::firstDockerfile()
{
    return "FROM alpine\nRUN apk update\nRUN apk add curl\n";
}

QByteArray EngineTutorialActions::betterDockerfile()
{
    return "FROM alpine\nRUN apk update && apk add curl\n";
}

TutorialOutcome EngineTutorialActions::succeeded(const QString &message)
{
    return {TutorialOutcome::Status::Succeeded, message, {}};
}

TutorialOutcome EngineTutorialActions::failed(const QString &message, const QString &detail)
{
    return {TutorialOutcome::Status::Failed, message, detail};
}

TutorialOutcome EngineTutorialActions::fromError(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Canceled:
        return {TutorialOutcome::Status::Canceled, error.message, error.detail};
    case ErrorCode::Unavailable:
    case ErrorCode::PermissionDenied:
        return {TutorialOutcome::Status::Unavailable, error.message, error.detail};
    default:
        return {TutorialOutcome::Status::Failed, error.message, error.detail};
    }
}

void EngineTutorialActions::output(const QString &line)
{
    if (!m_busy.isEmpty())
        emit stepOutput(m_busy, line);
}

void EngineTutorialActions::follow(Job *job, Next next)
{
    m_job = job;
    connect(job, &Job::log, this, [this](const QString &line) { output(line); });
    connect(job, &Job::progress, this, [this](const Ponton::ProgressEvent &event) {
        output(u"%1: %2"_s.arg(event.item.mid(event.item.indexOf(u':') + 1, 12), event.state));
    });
    connect(job, &Job::event, this, [this](const QVariant &value) {
        if (value.canConvert<Build::BuildEvent>()) {
            for (const QString &line : BuildLogFormatter::lines(value.value<Build::BuildEvent>()))
                output(line);
        }
    });
    connect(job, &Job::finished, this, [this, job, next](const Ponton::JobResult &result) {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        if (m_canceled && !result.ok) {
            finishStep({TutorialOutcome::Status::Canceled, tr("The step was canceled."), {}});
            return;
        }
        next(result);
    });
}

void EngineTutorialActions::finishStep(const TutorialOutcome &outcome)
{
    const QString chapter = m_busy;
    m_busy.clear();
    m_job = nullptr;
    m_canceled = false;
    m_shell.clear();
    if (m_session) {
        // The terminal stays on the page with what it showed; the session goes with the step.
        m_session->disconnect(this);
        m_session->close();
        m_session->deleteLater();
        m_session = nullptr;
    }
    if (!chapter.isEmpty())
        emit stepFinished(chapter, outcome);
}

void EngineTutorialActions::failStep(const Error &error)
{
    output(error.toString());
    finishStep(fromError(error));
}

void EngineTutorialActions::finishCheck(const QString &chapterId, const TutorialOutcome &outcome)
{
    emit checkFinished(chapterId, outcome);
}

void EngineTutorialActions::cancel()
{
    if (m_busy.isEmpty())
        return;
    m_canceled = true;
    if (m_session && m_session->isOpen())
        return killShell();
    if (m_job)
        m_job->cancel();
}

void EngineTutorialActions::detachShell()
{
    if (!m_session || !m_session->isOpen() || m_shell.isEmpty() || m_canceled)
        return;
    const QString containerId = m_shell;
    // Only this terminal lets go: the container and its shell keep running, and the step goes on with what
    // the shell has changed so far (the commit freezes the running container while it reads its changes).
    m_session->disconnect(this);
    m_session->close();
    output(tr("Detached from %1: it keeps running.").arg(containerId.left(12)));
    checkShellChanges(containerId);
}

void EngineTutorialActions::runStep(const QString &chapterId)
{
    if (!m_busy.isEmpty()) {
        emit stepFinished(chapterId, failed(tr("Another step is still running.")));
        return;
    }
    m_busy = chapterId;
    m_canceled = false;
    emit stepStarted(chapterId);
    if (chapterId == u"pull"_s)
        return runPull();
    if (chapterId == u"commit"_s)
        return runCommit();
    if (chapterId == u"build"_s) {
        return runBuild(QDir(m_workspace).filePath(u"alpinecurl"_s), firstDockerfile(), BuiltImage,
                        [this](const BuildResult &result) {
                            finishStep(succeeded(tr("Built %1 in %n step(s).", nullptr, result.steps)
                                                     .arg(result.imageId.shortId())));
                        });
    }
    if (chapterId == u"images"_s)
        return runImages();
    if (chapterId == u"layers"_s)
        return runLayers();
    if (chapterId == u"tags"_s)
        return runTags();
    if (chapterId == u"rmi"_s)
        return runRmi();
    if (chapterId == u"definition"_s)
        return runDefinition();
    finishStep(failed(tr("This chapter has no step to do.")));
}

void EngineTutorialActions::ensureImage(const QString &reference, std::function<void()> then)
{
    follow(m_engine->inspectImages({reference}), [this, reference, then](const Ponton::JobResult &result) {
        if (result.ok && result.value.value<Store::InspectResult>().errors.isEmpty())
            return then();
        output(u"Unable to find image '%1' locally"_s.arg(reference));
        follow(m_engine->pull(reference, {}), [this, then](const Ponton::JobResult &pulled) {
            if (!pulled.ok)
                return failStep(pulled.error);
            then();
        });
    });
}

void EngineTutorialActions::runPull()
{
    output(u"ponton pull %1"_s.arg(PulledImage));
    follow(m_engine->pull(PulledImage, {}), [this](const Ponton::JobResult &result) {
        if (!result.ok)
            return failStep(result.error);
        output(u"Status: Downloaded newer image for %1"_s.arg(PulledImage));
        finishStep(succeeded(tr("%1 is in the local store.").arg(PulledImage)));
    });
}

void EngineTutorialActions::runCommit()
{
    // What the chapter does by hand: a shell in a new container of alpine, in a terminal the page shows;
    // the user installs curl in it and exits; then the container's changes become the image alpine:curl.
    ensureImage(Alpine, [this] {
        ContainerRunRequest request;
        request.image = Alpine;
        request.command = {u"sh"_s};
        request.tty = true;
        request.interactive = true;
        output(u"ponton run -it alpine sh"_s);
        follow(m_engine->createContainer(request), [this](const Ponton::JobResult &created) {
            if (!created.ok)
                return failStep(created.error);
            const QString id = created.value.value<ContainerRecord>().id;
            m_shell = id;
            follow(m_engine->startContainer(id), [this, id](const Ponton::JobResult &started) {
                if (!started.ok)
                    return failStep(started.error);
                openShell(id, started);
            });
        });
    });
}

void EngineTutorialActions::openShell(const QString &containerId, const Ponton::JobResult &started)
{
    auto terminal = started.value.value<ContainerTerminal>();
    if (!terminal.tty || !terminal.terminal.isValid())
        return finishStep(failed(tr("The container %1 started without a terminal.").arg(containerId.left(12))));
    m_session = new PtySession(terminal.terminal.take(), this);
    // The shell has exited (or its container was killed) once the PTY's other side is gone.
    connect(m_session, &PtySession::closed, this, [this, containerId] { onShellEnded(containerId); });
    if (m_canceled)
        return killShell();
    emit terminalOpened(m_busy, containerId, m_session);
}

void EngineTutorialActions::killShell()
{
    // The shell is the user's: it ends when its container is killed, and the step then ends canceled.
    Job *kill = m_engine->killContainer(m_shell);
    connect(kill, &Job::finished, kill, &QObject::deleteLater);
}

void EngineTutorialActions::onShellEnded(const QString &containerId)
{
    if (m_shell != containerId)
        return;
    // The PTY closes when the shell's last process has gone; the exit code comes at once then.
    follow(m_engine->waitContainer(containerId), [this, containerId](const Ponton::JobResult &waited) {
        if (!waited.ok)
            return failStep(waited.error);
        if (m_canceled)
            return finishStep({TutorialOutcome::Status::Canceled, tr("The step was canceled."), {}});
        // Whatever the shell's exit code, what counts is what the container changed.
        checkShellChanges(containerId);
    });
}

void EngineTutorialActions::checkShellChanges(const QString &containerId)
{
    output(u"ponton diff %1"_s.arg(containerId.left(12)));
    follow(m_engine->containerChanges(containerId), [this, containerId](const Ponton::JobResult &listed) {
        if (!listed.ok)
            return failStep(listed.error);
        const auto changes = listed.value.value<QList<ContainerChange>>();
        bool installed = false;
        for (const ContainerChange &change : changes) {
            output(u"%1 %2"_s.arg(change.letter(), change.path));
            installed = installed || (change.path == u'/' + CurlPath && change.kind != ContainerChange::Kind::Deleted);
        }
        if (!installed) {
            return finishStep(failed(tr("The container's changes hold no /%1: type apk add curl in its shell before "
                                        "exit. Nothing was committed.").arg(CurlPath),
                                     tr("%n change(s) in container %1.", nullptr, int(changes.size()))
                                         .arg(containerId.left(12))));
        }
        commitInstalled(containerId);
    });
}

void EngineTutorialActions::commitInstalled(const QString &id)
{
    CommitRequest commit;
    commit.container = id;
    commit.reference = CommittedImage;
    commit.message = u"install curl"_s;
    output(u"ponton commit -m \"install curl\" %1 %2"_s.arg(id.left(12), CommittedImage));
    follow(m_engine->commitContainer(commit), [this](const Ponton::JobResult &committed) {
        if (!committed.ok)
            return failStep(committed.error);
        const CommitResult made = committed.value.value<CommitResult>();
        output(made.imageId.toString());
        finishStep(succeeded(tr("New image %1 (%2).").arg(CommittedImage, made.imageId.shortId())));
    });
}

void EngineTutorialActions::runBuild(const QString &folder, const QByteArray &dockerfile, const QString &tag,
                                     std::function<void(const BuildResult &)> then)
{
    ensureImage(Alpine, [this, folder, dockerfile, tag, then] {
        Job *write = m_engine->startJob(u"tutorial-dockerfile"_s,
                                        [folder, dockerfile](Job &) { return writeDockerfile(folder, dockerfile); });
        follow(write, [this, folder, tag, then](const Ponton::JobResult &written) {
            if (!written.ok)
                return failStep(written.error);
            BuildRequest request;
            request.context = folder;
            request.tags = {tag};
            output(u"ponton build -t %1 %2"_s.arg(tag, folder));
            follow(m_engine->build(request), [this, then](const Ponton::JobResult &built) {
                if (!built.ok)
                    return failStep(built.error);
                const BuildResult result = built.value.value<BuildResult>();
                output(BuildLogFormatter::builtLine(result.imageId.shortId()));
                then(result);
            });
        });
    });
}

void EngineTutorialActions::runImages()
{
    follow(m_engine->listImages({}), [this](const Ponton::JobResult &result) {
        if (!result.ok)
            return failStep(result.error);
        const auto rows = result.value.value<QList<Store::ImageRow>>();
        output(u"REPOSITORY          TAG       IMAGE ID"_s);
        for (const Store::ImageRow &row : rows)
            output(u"%1 %2 %3"_s.arg(row.repository, -19).arg(row.tag, -9).arg(row.id.shortId()));
        finishStep(succeeded(tr("%n image(s) in the store.", nullptr, int(rows.size()))));
    });
}

void EngineTutorialActions::runLayers()
{
    // The better Dockerfile, built twice: the second build takes every step from the cache.
    const QString folder = QDir(m_workspace).filePath(u"alpinecurl-better"_s);
    runBuild(folder, betterDockerfile(), BetterImage, [this, folder](const BuildResult &first) {
        m_busy = u"layers"_s;
        output(u"--- the same build again ---"_s);
        runBuild(folder, betterDockerfile(), BetterImage, [this, first](const BuildResult &second) {
            QSettings settings;
            settings.setValue(u"tutorial/layers/image"_s, second.imageId.toString());
            settings.setValue(u"tutorial/layers/cacheHits"_s, second.cacheHits);
            settings.setValue(u"tutorial/layers/steps"_s, second.steps);
            finishStep(succeeded(tr("Built twice: the second build took %1 of its %2 step(s) from the cache "
                                    "and gave the same image (%3).")
                                     .arg(second.cacheHits).arg(second.steps)
                                     .arg(first.imageId == second.imageId ? second.imageId.shortId() : tr("a different one"))));
        });
    });
}

void EngineTutorialActions::runTags()
{
    output(u"ponton tag alpinecurl alpinecurl:1.0"_s);
    follow(m_engine->tagImage(BuiltImage, u"alpinecurl:1.0"_s), [this](const Ponton::JobResult &result) {
        if (!result.ok)
            return failStep(result.error);
        finishStep(succeeded(tr("alpinecurl:1.0 names the image of alpinecurl:latest.")));
    });
}

void EngineTutorialActions::runRmi()
{
    output(u"ponton rmi alpinecurl"_s);
    follow(m_engine->removeImages({BuiltImage}, false, true), [this](const Ponton::JobResult &result) {
        if (!result.ok)
            return failStep(result.error);
        const auto removal = result.value.value<Store::RemovalResult>();
        for (const Store::RemovalLine &line : removal.lines)
            output(u"%1: %2"_s.arg(line.kind == Store::RemovalLine::Kind::Untagged ? u"Untagged"_s : u"Deleted"_s,
                                  line.subject));
        if (!removal.errors.isEmpty())
            return failStep(removal.errors.first());
        finishStep(succeeded(tr("The tag alpinecurl:latest is removed; alpinecurl:1.0 still names the image.")));
    });
}

void EngineTutorialActions::runDefinition()
{
    follow(m_engine->inspectImages({CommittedImage}), [this](const Ponton::JobResult &result) {
        if (!result.ok)
            return failStep(result.error);
        const auto inspected = result.value.value<Store::InspectResult>();
        if (!inspected.errors.isEmpty())
            return failStep(inspected.errors.first());
        const QJsonObject image = firstInspected(result);
        output(u"Id: %1"_s.arg(image.value(u"Id"_s).toString()));
        const QJsonArray layers = image.value(u"RootFS"_s).toObject().value(u"Layers"_s).toArray();
        for (const QJsonValue &layer : layers)
            output(u"Layer: %1"_s.arg(layer.toString()));
        finishStep(succeeded(tr("%1 is made of %n layer(s).", nullptr, int(layers.size())).arg(CommittedImage)));
    });
}

// --- Checks

void EngineTutorialActions::checkStep(const QString &chapterId)
{
    if (chapterId == u"pull"_s)
        return checkPulled(chapterId);
    if (chapterId == u"commit"_s)
        return checkLastLayerHolds(chapterId, CommittedImage, CurlPath);
    if (chapterId == u"build"_s)
        return checkLastLayerHolds(chapterId, BuiltImage, CurlPath);
    if (chapterId == u"images"_s)
        return checkImages(chapterId);
    if (chapterId == u"layers"_s)
        return checkLayers(chapterId);
    if (chapterId == u"tags"_s)
        return checkTags(chapterId);
    if (chapterId == u"rmi"_s)
        return checkRemoved(chapterId);
    if (chapterId == u"definition"_s)
        return checkDefinition(chapterId);
    QMetaObject::invokeMethod(this, [this, chapterId] {
        finishCheck(chapterId, failed(tr("This chapter has nothing to check.")));
    }, Qt::QueuedConnection);
}

void EngineTutorialActions::checkPulled(const QString &chapterId)
{
    // The image is there, and every blob of the store reads back with its digest (ponton system check).
    Job *job = m_engine->inspectImages({PulledImage});
    connect(job, &Job::finished, this, [this, job, chapterId](const Ponton::JobResult &result) {
        job->deleteLater();
        const auto inspected = result.value.value<Store::InspectResult>();
        if (!result.ok || !inspected.errors.isEmpty() || inspected.objects.isEmpty())
            return finishCheck(chapterId, result.ok ? failed(tr("%1 is not in the local store yet.").arg(PulledImage))
                                                    : fromError(result.error));
        Job *verify = m_engine->checkStore();
        connect(verify, &Job::finished, this, [this, verify, chapterId](const Ponton::JobResult &checked) {
            verify->deleteLater();
            if (!checked.ok)
                return finishCheck(chapterId, fromError(checked.error));
            const auto report = checked.value.value<Store::CheckReport>();
            if (!report.problems.isEmpty())
                return finishCheck(chapterId, failed(tr("The store has a problem: %1").arg(report.problems.first())));
            finishCheck(chapterId, succeeded(tr("%1 is in the store; its %n blob(s) read back with their digests.",
                                                nullptr, report.blobsChecked).arg(PulledImage)));
        });
    });
}

void EngineTutorialActions::checkLastLayerHolds(const QString &chapterId, const QString &image, const QString &path)
{
    Job *job = m_engine->analyzeLayers(image);
    connect(job, &Job::finished, this, [this, job, chapterId, image, path](const Ponton::JobResult &result) {
        job->deleteLater();
        if (!result.ok) {
            return finishCheck(chapterId, result.error.code == ErrorCode::NotFound
                                              ? failed(tr("The image %1 does not exist yet.").arg(image), result.error.message)
                                              : fromError(result.error));
        }
        const LayerAnalysis tree = result.value.value<LayerAnalysis>();
        const int last = tree ? tree->layerCount() - 1 : -1;
        const auto node = tree ? tree->find(path) : std::nullopt;
        bool written = false;
        if (node) {
            for (const Store::LayerTree::Version &version : tree->versions(*node)) {
                written = written || (version.layer == last && version.change != Store::FileChange::Removed);
            }
        }
        if (!written)
            return finishCheck(chapterId, failed(tr("The last layer of %1 does not hold /%2.").arg(image, path)));
        finishCheck(chapterId, succeeded(tr("The last layer of %1 (%n layer(s)) holds /%2.", nullptr, tree->layerCount())
                                             .arg(image, path)));
    });
}

void EngineTutorialActions::checkImages(const QString &chapterId)
{
    Job *job = m_engine->listImages({});
    connect(job, &Job::finished, this, [this, job, chapterId](const Ponton::JobResult &result) {
        job->deleteLater();
        if (!result.ok)
            return finishCheck(chapterId, fromError(result.error));
        QStringList names;
        for (const Store::ImageRow &row : result.value.value<QList<Store::ImageRow>>())
            names << row.repository + u':' + row.tag << row.repository;
        QStringList missing;
        for (const QString &wanted : {u"alpine:latest"_s, u"alpine:curl"_s, u"alpinecurl"_s}) {
            if (!names.contains(wanted))
                missing.append(wanted);
        }
        if (!missing.isEmpty())
            return finishCheck(chapterId, failed(tr("Not in the list yet: %1.").arg(missing.join(u", "_s))));
        finishCheck(chapterId, succeeded(tr("The list holds alpine, alpine:curl and alpinecurl.")));
    });
}

void EngineTutorialActions::checkLayers(const QString &chapterId)
{
    Store::ImageListRequest request;
    request.all = true;
    Job *job = m_engine->listImages(request);
    connect(job, &Job::finished, this, [this, job, chapterId](const Ponton::JobResult &result) {
        job->deleteLater();
        if (!result.ok)
            return finishCheck(chapterId, fromError(result.error));
        const auto rows = result.value.value<QList<Store::ImageRow>>();
        const int intermediate = int(std::count_if(rows.cbegin(), rows.cend(),
                                                   [](const Store::ImageRow &row) { return row.intermediate; }));
        QSettings settings;
        const QString built = settings.value(u"tutorial/layers/image"_s).toString();
        const int hits = settings.value(u"tutorial/layers/cacheHits"_s).toInt();
        const bool present = std::any_of(rows.cbegin(), rows.cend(),
                                         [&](const Store::ImageRow &row) { return row.id.toString() == built; });
        if (built.isEmpty() || !present)
            return finishCheck(chapterId, failed(tr("The better Dockerfile has not been built twice yet.")));
        if (hits < 1)
            return finishCheck(chapterId, failed(tr("The second build did not use the cache.")));
        if (intermediate < 1)
            return finishCheck(chapterId, failed(tr("ponton images -a shows no intermediate image.")));
        finishCheck(chapterId, succeeded(tr("The second build took %1 step(s) from the cache; images -a shows %2 "
                                            "intermediate image(s).").arg(hits).arg(intermediate)));
    });
}

void EngineTutorialActions::checkTags(const QString &chapterId)
{
    Job *job = m_engine->inspectImages({u"alpinecurl:1.0"_s, u"alpinecurl:latest"_s});
    connect(job, &Job::finished, this, [this, job, chapterId](const Ponton::JobResult &result) {
        job->deleteLater();
        if (!result.ok)
            return finishCheck(chapterId, fromError(result.error));
        const auto inspected = result.value.value<Store::InspectResult>();
        if (!inspected.errors.isEmpty() || inspected.objects.size() != 2)
            return finishCheck(chapterId, failed(tr("alpinecurl:1.0 and alpinecurl:latest do not both exist.")));
        const QString first = inspected.objects.at(0).toObject().value(u"Id"_s).toString();
        const QString second = inspected.objects.at(1).toObject().value(u"Id"_s).toString();
        if (first != second)
            return finishCheck(chapterId, failed(tr("The two tags name different images.")));
        finishCheck(chapterId, succeeded(tr("Both tags name the image %1.").arg(first.mid(7, 12))));
    });
}

void EngineTutorialActions::checkRemoved(const QString &chapterId)
{
    Job *job = m_engine->inspectImages({u"alpinecurl:latest"_s});
    connect(job, &Job::finished, this, [this, job, chapterId](const Ponton::JobResult &result) {
        job->deleteLater();
        if (!result.ok)
            return finishCheck(chapterId, fromError(result.error));
        const auto inspected = result.value.value<Store::InspectResult>();
        if (inspected.errors.isEmpty() && !inspected.objects.isEmpty())
            return finishCheck(chapterId, failed(tr("alpinecurl:latest still exists.")));
        finishCheck(chapterId, succeeded(tr("alpinecurl:latest is gone; other tags of the image, if any, still name it.")));
    });
}

void EngineTutorialActions::checkDefinition(const QString &chapterId)
{
    Job *job = m_engine->inspectImages({Alpine, CommittedImage});
    connect(job, &Job::finished, this, [this, job, chapterId](const Ponton::JobResult &result) {
        job->deleteLater();
        if (!result.ok)
            return finishCheck(chapterId, fromError(result.error));
        const auto inspected = result.value.value<Store::InspectResult>();
        if (!inspected.errors.isEmpty() || inspected.objects.size() != 2)
            return finishCheck(chapterId, failed(tr("alpine and alpine:curl must both exist.")));
        const auto layers = [&](int index) {
            return inspected.objects.at(index).toObject().value(u"RootFS"_s).toObject().value(u"Layers"_s).toArray();
        };
        const QJsonArray base = layers(0);
        const QJsonArray derived = layers(1);
        bool prefix = derived.size() == base.size() + 1;
        for (int i = 0; prefix && i < base.size(); ++i)
            prefix = base.at(i) == derived.at(i);
        if (!prefix)
            return finishCheck(chapterId, failed(tr("alpine:curl is not alpine's layers plus one.")));
        finishCheck(chapterId, succeeded(tr("alpine:curl holds alpine's %n layer(s), in the same order, and one more.",
                                            nullptr, int(base.size()))));
    });
}

} // namespace Ponton::Gui
