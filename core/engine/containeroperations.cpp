// Engine operations on containers: records in <store root>/containers/ joined with the helper's view.
#include "engine/engine.h"

#include "common/tr.h"
#include "engine/containercommitter.h"
#include "engine/containernames.h"
#include "engine/containerrecordstore.h"
#include "runtime/runtimeclient.h"
#include "runtime/snapshotpreparer.h"
#include "runtime/upperdirchanges.h"
#include "store/imagestore.h"

#include <QDir>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton {

namespace {

QString newContainerId()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(bytes.toHex());
}

// The image's environment with the -e values laid over it (same name: replaced in place).
QStringList mergedEnv(const QStringList &image, const QStringList &overrides)
{
    Image::ContainerConfig config;
    config.env = image;
    for (const QString &entry : overrides)
        config.setEnv(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    return config.env;
}

QDateTime fromUnix(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

ContainerRow rowFor(const ContainerRecord &record, const Runtime::ContainerInfo &info)
{
    ContainerRow row;
    row.id = record.id;
    row.name = record.name;
    row.image = record.image;
    row.imageId = record.imageId;
    row.command = (record.entrypoint + record.command).join(u' ');
    row.created = record.created;
    row.status = info.status;
    row.exitCode = info.exitCode;
    row.startedAt = fromUnix(info.startedAt);
    row.finishedAt = fromUnix(info.finishedAt);
    row.tty = record.tty;
    return row;
}

QStringList nonEmpty(QStringList words)
{
    words.removeAll(QString());
    return words;
}

bool isUp(const QString &status)
{
    return status == u"running" || status == u"paused";
}

template<typename T>
Result<QVariant> toVariant(Result<T> &&value)
{
    if (!value)
        return std::unexpected(value.error());
    return QVariant::fromValue(std::move(*value));
}

Error notRunning(const QString &id)
{
    return {ErrorCode::Conflict, Tr::tr("Container %1 is not running").arg(id), {}};
}

// How long after its exit a foreground `run --rm` container is left to its client: past it, a waiter pid
// that is alive is taken to be another process that got the same pid.
constexpr qint64 ForegroundWaitSeconds = 60;

// Whether the client that ran this container in the foreground still waits for its exit code (it reads
// it, then removes the container itself): its process is alive and the exit recent.
bool clientWaits(const ContainerRecord &record, const Runtime::ContainerInfo &info)
{
    if (record.waiter <= 0)
        return false;
    if (::kill(pid_t(record.waiter), 0) != 0 && errno == ESRCH)
        return false;
    return info.finishedAt <= 0 || QDateTime::currentSecsSinceEpoch() - info.finishedAt < ForegroundWaitSeconds;
}

// `run --rm` that nobody waits for (-d, a terminal the user detached from, a client that is gone): no
// daemon watches it, so whichever engine call sees it exited first removes it, the helper's container
// then the record. A foreground client still waiting is left to remove its own (it would lose the exit
// code). `keep` is the container the caller itself works on. The records left.
QList<ContainerRecord> withoutExitedAutoRemoved(Runtime::RuntimeClient &client, const ContainerRecordStore &recordStore,
                                                const QList<ContainerRecord> &records,
                                                const QHash<QString, Runtime::ContainerInfo> &infos, const QString &keep = {})
{
    QList<ContainerRecord> left;
    for (const ContainerRecord &record : records) {
        const auto info = infos.constFind(record.id);
        if (record.autoRemove && record.id != keep && info != infos.constEnd() && info->status == u"exited"
            && !clientWaits(record, *info) && client.remove(record.id, false)) {
            (void)recordStore.remove(record.id);
            continue;
        }
        left.append(record);
    }
    return left;
}

QHash<QString, Runtime::ContainerInfo> byId(const QList<Runtime::ContainerInfo> &infos)
{
    QHash<QString, Runtime::ContainerInfo> hash;
    for (const Runtime::ContainerInfo &info : infos)
        hash.insert(info.id, info);
    return hash;
}

// The sweep above before a call that names a container, lists who uses an image or takes a name.
void sweepAutoRemoved(Runtime::RuntimeClient &client, const QString &storeRoot, const QString &keep = {})
{
    const ContainerRecordStore recordStore(storeRoot);
    Result<QList<ContainerRecord>> records = recordStore.list();
    if (!records || std::none_of(records->cbegin(), records->cend(), [](const ContainerRecord &r) { return r.autoRemove; }))
        return;
    Result<QList<Runtime::ContainerInfo>> infos = client.list();
    if (infos)
        (void)withoutExitedAutoRemoved(client, recordStore, *records, byId(*infos), keep);
}

} // namespace

Result<Runtime::RuntimeClient *> Engine::runtime()
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    if (!m_runtime) {
        Runtime::RuntimeClientOptions options;
        options.helperPath = m_options.resolvedHelperPath();
        // The helper takes absolute paths only (--root may be relative).
        options.stateDir = QDir(store().root()).absoluteFilePath(u"runtime"_s);
        m_runtime = std::make_unique<Runtime::RuntimeClient>(options);
    }
    if (Status ready = m_runtime->ensureHelper(); !ready)
        return std::unexpected(ready.error());
    return m_runtime.get();
}

Store::ContainerUsage Engine::recordedContainerUsage()
{
    return [this](const Digest &imageId) {
        QList<Store::ContainerUse> uses;
        Result<Runtime::RuntimeClient *> client = runtime();
        if (client)
            sweepAutoRemoved(**client, store().root());
        Result<QList<ContainerRecord>> records = ContainerRecordStore(store().root()).list();
        if (!records)
            return uses;
        for (const ContainerRecord &record : *records) {
            if (record.imageId == imageId)
                uses.append({record.id, false});
        }
        if (uses.isEmpty())
            return uses;
        Result<QList<Runtime::ContainerInfo>> infos = client ? (*client)->list() : std::unexpected(client.error());
        if (!infos)
            return uses;
        for (Store::ContainerUse &use : uses) {
            for (const Runtime::ContainerInfo &info : *infos) {
                if (info.id == use.id)
                    use.running = isUp(info.status);
            }
        }
        return uses;
    };
}

Result<bool> Engine::prepareSnapshots(Job &job, const Digest &imageId,
                                      const std::function<void(const Runtime::SnapshotEvent &)> &observer)
{
    if (::geteuid() != 0)
        return false;  // the helper cannot be started by this user: snapshots are made at the first run
    Result<Store::ImageRecord> image = store().findById(imageId);
    if (!image)
        return std::unexpected(image.error());
    Result<Runtime::RuntimeClient *> client = runtime();
    if (!client)
        return false;  // no helper here (not installed): the first run unpacks
    Runtime::SnapshotPreparer preparer(**client, store());
    preparer.setCanceled([&job] { return job.isCanceled(); });
    Result<Runtime::PreparedImage> prepared = preparer.prepare(*image, [&job, &observer](const Runtime::SnapshotEvent &event) {
        if (observer)
            observer(event);
        else if (event.state == Runtime::SnapshotEvent::State::Extracting)
            job.reportProgress({event.layer.toString(), u"extracting"_s, 0, 0, {}});
    });
    if (!prepared)
        return std::unexpected(prepared.error());
    return true;
}

namespace {

// Everything a container operation starts from: its record, the helper, the helper's view of it.
struct Target {
    ContainerRecord record;
    Runtime::RuntimeClient *client = nullptr;
    Runtime::ContainerInfo info;
};

Result<Target> findTarget(Engine &engine, const QString &nameOrId)
{
    Result<ContainerRecord> record = ContainerRecordStore(engine.store().root()).resolve(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    Result<Runtime::RuntimeClient *> client = engine.runtime();
    if (!client)
        return std::unexpected(client.error());
    sweepAutoRemoved(**client, engine.store().root(), record->id);
    Result<Runtime::ContainerInfo> info = (*client)->inspect(record->id);
    if (!info && info.error().code == ErrorCode::NotFound)
        return fail(ErrorCode::NotFound, Tr::tr("No such container: %1").arg(nameOrId), info.error().toString());
    if (!info)
        return std::unexpected(info.error());
    return Target{*record, *client, *info};
}

Result<ContainerRecord> recordForRun(const Store::ImageRecord &image, const Image::ImageConfig &config,
                                     const ContainerRunRequest &request, const QList<ContainerRecord> &existing)
{
    ContainerRecord record;
    record.id = newContainerId();
    record.image = request.image;
    record.imageId = image.id;
    record.entrypoint = request.entrypoint ? nonEmpty(*request.entrypoint) : config.config.entrypoint;
    // As Docker: a new entrypoint drops the image's Cmd; the command after IMAGE replaces it.
    record.command = !request.command.isEmpty() ? request.command : (request.entrypoint ? QStringList() : config.config.cmd);
    if (record.entrypoint.isEmpty() && record.command.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("no command specified"));
    record.env = mergedEnv(config.config.env, request.env);
    record.workingDir = !request.workingDir.isEmpty() ? request.workingDir : config.config.workingDir;
    record.user = !request.user.isEmpty() ? request.user : config.config.user;
    record.tty = request.tty;
    record.interactive = request.interactive;
    record.autoRemove = request.autoRemove;
    record.waiter = request.autoRemove ? request.waiter : 0;
    record.created = QDateTime::currentDateTimeUtc();
    QSet<QString> taken;
    for (const ContainerRecord &other : existing)
        taken.insert(other.name);
    if (request.name.isEmpty()) {
        record.name = ContainerNames::generate(taken);
    } else {
        record.name = request.name.startsWith(u'/') ? request.name.mid(1) : request.name;
        if (!ContainerNames::isValid(record.name))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Invalid container name (%1), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed").arg(request.name));
        for (const ContainerRecord &other : existing) {
            if (other.name == record.name)
                return fail(ErrorCode::Conflict, Tr::tr("Conflict. The container name \"/%1\" is already in use by container \"%2\". "
                                                        "You have to remove (or rename) that container to be able to reuse that name.")
                                                     .arg(record.name, other.id));
        }
    }
    return record;
}

Runtime::ContainerSpec specFor(const ContainerRecord &record, const Runtime::PreparedImage &prepared,
                               const ContainerRunRequest &request)
{
    Runtime::ContainerSpec spec;
    spec.id = record.id;
    spec.name = record.name;
    spec.snapshots = prepared.snapshots;
    spec.args = record.entrypoint + record.command;
    spec.env = record.env;
    spec.workingDir = record.workingDir.isEmpty() ? u"/"_s : record.workingDir;
    spec.user = record.user;
    spec.hostname = request.hostname;
    spec.tty = record.tty;
    spec.networkNone = request.networkNone;
    spec.privileged = request.privileged;
    spec.mounts = request.mounts;
    return spec;
}

} // namespace

Job *Engine::createContainer(const ContainerRunRequest &request)
{
    return startJob(u"create"_s, [this, request](Job &job) -> Result<QVariant> {
        Result<Store::ImageRecord> image = store().resolve(request.image);
        if (!image)
            return std::unexpected(image.error());
        Result<Image::ImageConfig> config = store().config(*image);
        if (!config)
            return std::unexpected(config.error());
        Result<Runtime::RuntimeClient *> client = runtime();
        if (!client)
            return std::unexpected(client.error());
        sweepAutoRemoved(**client, store().root());  // their names are free again
        const ContainerRecordStore records(store().root());
        Result<QList<ContainerRecord>> existing = records.list();
        if (!existing)
            return std::unexpected(existing.error());
        Result<ContainerRecord> record = recordForRun(*image, *config, request, *existing);
        if (!record)
            return std::unexpected(record.error());
        Runtime::SnapshotPreparer preparer(**client, store());
        preparer.setCanceled([&job] { return job.isCanceled(); });
        Result<Runtime::PreparedImage> prepared = preparer.prepare(*image, [&job](const Runtime::SnapshotEvent &event) {
            job.reportProgress({event.layer.toString(), Runtime::SnapshotEvent::stateName(event.state), event.uncompressedSize, 0, {}});
        });
        if (!prepared)
            return std::unexpected(prepared.error());
        // The record first: a crash before the helper's create leaves a record without a container,
        // which listings skip and rm removes; never a container the engine does not know.
        if (Status saved = records.save(*record); !saved)
            return std::unexpected(saved.error());
        Result<Runtime::ContainerInfo> created = (*client)->create(specFor(*record, *prepared, request));
        if (!created) {
            (void)records.remove(record->id);
            return std::unexpected(created.error());
        }
        return QVariant::fromValue(*record);
    });
}

Job *Engine::startContainer(const QString &container, const ContainerStartOptions &options)
{
    return startJob(u"start"_s, [this, container, options](Job &) -> Result<QVariant> {
        Result<Target> target = findTarget(*this, container);
        if (!target)
            return std::unexpected(target.error());
        // As Docker: starting a running container does nothing (its terminal is given when it has one).
        const bool up = isUp(target->info.status);
        Result<Runtime::FileDescriptor> terminal = !up ? target->client->start(target->record.id, options.stdio)
                                                 : target->record.tty ? target->client->attach(target->record.id)
                                                                      : Result<Runtime::FileDescriptor>(Runtime::FileDescriptor());
        if (!terminal)
            return std::unexpected(terminal.error());
        return QVariant::fromValue(ContainerTerminal{target->record.id, target->record.tty,
                                                     Runtime::SharedFileDescriptor(std::move(*terminal))});
    });
}

Job *Engine::attachContainer(const QString &container)
{
    return startJob(u"attach"_s, [this, container](Job &) -> Result<QVariant> {
        Result<Target> target = findTarget(*this, container);
        if (!target)
            return std::unexpected(target.error());
        if (!isUp(target->info.status))
            return fail(ErrorCode::Conflict, Tr::tr("You cannot attach to a stopped container, start it first"));
        if (!target->record.tty)
            return fail(ErrorCode::InvalidArgument, Tr::tr("Container %1 has no terminal to attach to.").arg(container));
        Result<Runtime::FileDescriptor> terminal = target->client->attach(target->record.id);
        if (!terminal)
            return std::unexpected(terminal.error());
        return QVariant::fromValue(ContainerTerminal{target->record.id, true, Runtime::SharedFileDescriptor(std::move(*terminal))});
    });
}

Job *Engine::waitContainer(const QString &container)
{
    return startJob(u"wait"_s, [this, container](Job &) -> Result<QVariant> {
        Result<Target> target = findTarget(*this, container);
        if (!target)
            return std::unexpected(target.error());
        // The helper may be another CLI's child that stops when that CLI exits: the container, whose
        // monitor belongs to no helper, is waited for again through a helper of our own.
        Result<int> exited = target->client->wait(target->record.id);
        for (int attempt = 0; attempt < 3 && !exited && exited.error().code == ErrorCode::Unavailable; ++attempt) {
            QThread::msleep(100);
            Result<Runtime::RuntimeClient *> client = runtime();
            if (client)
                exited = (*client)->wait(target->record.id);
        }
        return toVariant(std::move(exited));
    });
}

Job *Engine::inspectContainer(const QString &container)
{
    return startJob(u"inspect-container"_s, [this, container](Job &) -> Result<QVariant> {
        Result<Target> target = findTarget(*this, container);
        if (!target)
            return std::unexpected(target.error());
        return QVariant::fromValue(rowFor(target->record, target->info));
    });
}

Job *Engine::listContainers(bool all)
{
    return startJob(u"ps"_s, [this, all](Job &) -> Result<QVariant> {
        Result<QList<ContainerRecord>> records = ContainerRecordStore(store().root()).list();
        if (!records)
            return std::unexpected(records.error());
        QList<ContainerRow> rows;
        if (records->isEmpty())
            return QVariant::fromValue(rows);
        Result<Runtime::RuntimeClient *> client = runtime();
        if (!client)
            return std::unexpected(client.error());
        Result<QList<Runtime::ContainerInfo>> infos = (*client)->list();
        if (!infos)
            return std::unexpected(infos.error());
        const QHash<QString, Runtime::ContainerInfo> infoOf = byId(*infos);
        const QList<ContainerRecord> left = withoutExitedAutoRemoved(**client, ContainerRecordStore(store().root()), *records, infoOf);
        for (const ContainerRecord &record : left) {
            const auto info = infoOf.constFind(record.id);
            if (info == infoOf.constEnd())
                continue;
            if (!all && !isUp(info->status))
                continue;
            rows.append(rowFor(record, *info));
        }
        return QVariant::fromValue(rows);
    });
}

Job *Engine::stopContainer(const QString &container, int timeoutSeconds)
{
    return startJob(u"stop"_s, [this, container, timeoutSeconds](Job &) -> Result<QVariant> {
        Result<Target> target = findTarget(*this, container);
        if (!target)
            return std::unexpected(target.error());
        const QString id = target->record.id;
        Runtime::RuntimeClient &client = *target->client;
        if (!isUp(target->info.status))
            return QVariant(id);
        if (Status signaled = client.kill(id, SIGTERM); !signaled)
            return std::unexpected(signaled.error());
        if (target->info.status == u"paused")
            (void)client.unpause(id);  // a frozen process cannot take its signal
        for (int waited = 0; waited < timeoutSeconds * 1000; waited += 50) {
            Result<Runtime::ContainerInfo> info = client.inspect(id);
            if (!info)
                return std::unexpected(info.error());
            if (!isUp(info->status))
                return QVariant(id);
            QThread::msleep(50);
        }
        if (Status killed = client.kill(id, SIGKILL); !killed)
            return std::unexpected(killed.error());
        if (Result<int> exited = client.wait(id); !exited)
            return std::unexpected(exited.error());
        return QVariant(id);
    });
}

Job *Engine::killContainer(const QString &container, int signal)
{
    return startJob(u"kill"_s, [this, container, signal](Job &) -> Result<QVariant> {
        Result<Target> target = findTarget(*this, container);
        if (!target)
            return std::unexpected(target.error());
        if (!isUp(target->info.status))
            return fail(ErrorCode::Conflict, Tr::tr("Cannot kill container: %1: Container %2 is not running")
                                                 .arg(container, target->record.id));
        if (Status killed = target->client->kill(target->record.id, signal); !killed)
            return std::unexpected(killed.error());
        return QVariant(target->record.id);
    });
}

Job *Engine::pauseContainer(const QString &container)
{
    return startJob(u"pause"_s, [this, container](Job &) -> Result<QVariant> {
        Result<Target> target = findTarget(*this, container);
        if (!target)
            return std::unexpected(target.error());
        if (target->info.status == u"paused")
            return fail(ErrorCode::Conflict, Tr::tr("Container %1 is already paused").arg(target->record.id));
        if (target->info.status != u"running")
            return std::unexpected(notRunning(target->record.id));
        if (Status paused = target->client->pause(target->record.id); !paused)
            return std::unexpected(paused.error());
        return QVariant(target->record.id);
    });
}

Job *Engine::unpauseContainer(const QString &container)
{
    return startJob(u"unpause"_s, [this, container](Job &) -> Result<QVariant> {
        Result<Target> target = findTarget(*this, container);
        if (!target)
            return std::unexpected(target.error());
        if (target->info.status != u"paused")
            return fail(ErrorCode::Conflict, Tr::tr("Container %1 is not paused").arg(target->record.id));
        if (Status resumed = target->client->unpause(target->record.id); !resumed)
            return std::unexpected(resumed.error());
        return QVariant(target->record.id);
    });
}

Job *Engine::removeContainers(const QStringList &containers, bool force)
{
    return startJob(u"rm"_s, [this, containers, force](Job &) -> Result<QVariant> {
        ContainerRemoval removal;
        const ContainerRecordStore records(store().root());
        for (const QString &name : containers) {
            Result<ContainerRecord> record = records.resolve(name);
            if (!record) {
                removal.errors.append(record.error());
                continue;
            }
            Result<Runtime::RuntimeClient *> client = runtime();
            if (!client) {
                removal.errors.append(client.error());
                continue;
            }
            Result<Runtime::ContainerInfo> info = (*client)->inspect(record->id);
            if (info && isUp(info->status) && !force) {
                removal.errors.append({ErrorCode::Conflict,
                                       Tr::tr("cannot remove container \"/%1\": container is %2: stop the container before removing or force remove")
                                           .arg(record->name, info->status),
                                       {}});
                continue;
            }
            if (info) {
                if (Status removed = (*client)->remove(record->id, force); !removed && removed.error().code != ErrorCode::NotFound) {
                    removal.errors.append(removed.error());
                    continue;
                }
            }
            if (Status forgotten = records.remove(record->id, ContainerRecordStore::durabilityOf(*record)); !forgotten) {
                removal.errors.append(forgotten.error());
                continue;
            }
            removal.removed.append(name);
        }
        return QVariant::fromValue(removal);
    });
}

Job *Engine::containerChanges(const QString &container)
{
    return startJob(u"diff"_s, [this, container](Job &) -> Result<QVariant> {
        Result<Target> target = findTarget(*this, container);
        if (!target)
            return std::unexpected(target.error());
        return toVariant(Runtime::UpperDirChanges(*target->client, target->record.id).scan());
    });
}

Job *Engine::containerLogs(const QString &container)
{
    return startJob(u"logs"_s, [this, container](Job &) -> Result<QVariant> {
        Result<Target> target = findTarget(*this, container);
        if (!target)
            return std::unexpected(target.error());
        Result<Runtime::HelperConnection::Reply> reply = target->client->call(u"container.logs"_s, {{u"id"_s, target->record.id}});
        if (!reply)
            return std::unexpected(reply.error());
        if (reply->fds.empty())
            return fail(ErrorCode::Internal, Tr::tr("The runtime helper sent no log."));
        return QVariant::fromValue(Runtime::SharedFileDescriptor(std::move(reply->fds.front())));
    });
}

Job *Engine::commitContainer(const CommitRequest &request)
{
    return startJob(u"commit"_s, [this, request](Job &job) -> Result<QVariant> {
        Result<Target> target = findTarget(*this, request.container);
        if (!target)
            return std::unexpected(target.error());
        ContainerCommitter committer(*target->client, store());
        committer.setCanceled([&job] { return job.isCanceled(); });
        return toVariant(committer.commit(target->record, request));
    });
}

} // namespace Ponton
