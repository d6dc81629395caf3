#include "runtime/runtimeclient.h"
#include "runtime/systemhelperlauncher.h"

#include "common/tr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char **environ;

using namespace Qt::StringLiterals;

namespace Ponton::Runtime {

namespace {

ContainerInfo containerFromJson(const QJsonObject &o)
{
    ContainerInfo info;
    info.id = o.value(u"id"_s).toString();
    info.name = o.value(u"name"_s).toString();
    info.status = o.value(u"status"_s).toString();
    for (const QJsonValue &s : o.value(u"snapshots"_s).toArray()) {
        if (auto digest = Digest::parse(u"sha256:"_s + s.toString()))
            info.snapshots.append(*digest);
    }
    for (const QJsonValue &a : o.value(u"args"_s).toArray())
        info.args.append(a.toString());
    info.tty = o.value(u"tty"_s).toBool();
    for (const QJsonValue &m : o.value(u"mounts"_s).toArray()) {
        const QJsonObject mount = m.toObject();
        info.mounts.append({mount.value(u"source"_s).toString(), mount.value(u"destination"_s).toString(),
                            mount.value(u"readOnly"_s).toBool()});
    }
    info.pid = o.value(u"pid"_s).toInteger();
    info.exitCode = o.value(u"exitCode"_s).toInt();
    info.error = o.value(u"error"_s).toString();
    info.created = o.value(u"created"_s).toInteger();
    info.startedAt = o.value(u"startedAt"_s).toInteger();
    info.finishedAt = o.value(u"finishedAt"_s).toInteger();
    return info;
}

QJsonObject specToJson(const ContainerSpec &spec)
{
    QJsonArray snapshots;
    for (const Digest &d : spec.snapshots)
        snapshots.append(d.toString());
    QJsonObject params{{u"snapshots"_s, snapshots},
                       {u"args"_s, QJsonArray::fromStringList(spec.args)},
                       {u"env"_s, QJsonArray::fromStringList(spec.env)},
                       {u"cwd"_s, spec.workingDir.isEmpty() ? u"/"_s : spec.workingDir},
                       {u"user"_s, spec.user},
                       {u"hostname"_s, spec.hostname},
                       {u"name"_s, spec.name},
                       {u"tty"_s, spec.tty},
                       {u"network"_s, spec.networkNone ? u"none"_s : u"host"_s},
                       {u"privileged"_s, spec.privileged}};
    QJsonArray mounts;
    for (const BindMount &m : spec.mounts)
        mounts.append(QJsonObject{{u"source"_s, m.source}, {u"destination"_s, m.destination}, {u"readOnly"_s, m.readOnly}});
    params.insert(u"mounts"_s, mounts);
    if (!spec.id.isEmpty())
        params.insert(u"id"_s, spec.id);
    return params;
}

constexpr int kOnDemandIdleExitSeconds = 60;
constexpr int kReadyTimeoutMs = 10000;

// Waits up to timeoutMs for "ready\n" on fd; false on EOF or timeout.
bool waitReady(int fd, int timeoutMs)
{
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0)
        return false;
    char buffer[16] = {};
    return ::read(fd, buffer, sizeof buffer - 1) > 0 && std::strncmp(buffer, "ready", 5) == 0;
}

// The helper is no child of ours: once it ends, init reaps it (a zombie counts as gone).
bool processGone(pid_t pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName < 0 || line.mid(afterName + 2, 1) == "Z";
}

Status discard(Result<HelperConnection::Reply> reply)
{
    if (!reply)
        return std::unexpected(reply.error());
    return {};
}

} // namespace

QString RuntimeClientOptions::resolvedSocketPath() const
{
    if (!socketPath.isEmpty())
        return socketPath;
    if (const QString fromEnvironment = qEnvironmentVariable("PONTON_HELPER_SOCKET"); !fromEnvironment.isEmpty())
        return fromEnvironment;
    // Root runs the helper of its own store; other users reach the system helper (packaging/systemd).
    return ::geteuid() == 0 ? QDir(stateDir).filePath(u"helper.sock"_s) : QString::fromLatin1(kSystemHelperSocket);
}

namespace {

// What a user who is not root can do when the system helper's socket refuses them or is missing.
Error explainSystemHelperError(Error error, const QString &socketPath)
{
    if (error.code == ErrorCode::PermissionDenied) {
        const passwd *entry = ::getpwuid(::geteuid());
        const QString user = entry ? QString::fromLocal8Bit(entry->pw_name) : u"$USER"_s;
        error.message = Tr::tr("Permission denied on the Ponton runtime helper's socket %1: only root and members of "
                               "the \"ponton\" group may use it. Join the group with \"sudo usermod -aG ponton %2\", "
                               "then log in again.").arg(socketPath, user);
    } else if (error.code == ErrorCode::Unavailable) {
        error.message = Tr::tr("The Ponton runtime helper is not running (no answer at %1). Start it with "
                               "\"sudo systemctl enable --now ponton-helper.socket\".").arg(socketPath);
    }
    return error;
}

} // namespace

RuntimeClient::RuntimeClient(RuntimeClientOptions options) : m_options(std::move(options)) {}

int onDemandIdleExitSeconds()
{
    bool valid = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("PONTON_HELPER_IDLE_EXIT", &valid);
    return valid && fromEnvironment > 0 ? fromEnvironment : kOnDemandIdleExitSeconds;
}

Result<HelperConnection> RuntimeClient::connect()
{
    auto connection = HelperConnection::connectTo(m_options.resolvedSocketPath());
    if (!connection && ::geteuid() != 0 && connection.error().code == ErrorCode::Unavailable && m_options.startHelper) {
        QMutexLocker locker(&m_spawnLock);
        connection = HelperConnection::connectTo(m_options.resolvedSocketPath());  // another thread may have started it
        if (!connection) {
            if (Status started = SystemHelperLauncher::start(m_options.helperPath, m_options.resolvedSocketPath()); !started)
                return std::unexpected(started.error());
            connection = HelperConnection::connectTo(m_options.resolvedSocketPath());
        }
    }
    if (!connection && ::geteuid() != 0)
        return std::unexpected(explainSystemHelperError(connection.error(), m_options.resolvedSocketPath()));
    if (connection || !m_options.startHelper)
        return connection;
    if (connection.error().code == ErrorCode::PermissionDenied)
        return connection;
    if (auto spawned = spawnHelper(); !spawned)
        return std::unexpected(spawned.error());
    return HelperConnection::connectTo(m_options.resolvedSocketPath());
}

// The helper detaches itself (--detach: it forks, the child starts a session of its own with its
// output in <stateDir>/helper.log), so it is no child of this process and outlives it; the first
// process waited for here ends at once. It says "ready" on the pipe once it listens, or once it saw
// that another helper, started by a client racing with this one, serves the socket already.
Status RuntimeClient::spawnHelper()
{
    QMutexLocker locker(&m_spawnLock);
    if (HelperConnection::connectTo(m_options.resolvedSocketPath()))
        return {};  // another thread started it meanwhile
    if (m_options.helperPath.isEmpty() || m_options.stateDir.isEmpty())
        return fail(ErrorCode::Unavailable, Tr::tr("The runtime helper is not running and cannot be started."),
                    u"no helper path or state directory configured"_s);
    QDir().mkpath(m_options.stateDir);
    int ready[2];
    if (::pipe2(ready, O_CLOEXEC) < 0)
        return fail(ErrorCode::Internal, Tr::tr("Cannot start the runtime helper."), u"pipe2 failed"_s);
    FileDescriptor readEnd(ready[0]), writeEnd(ready[1]);
    const QByteArray helper = m_options.helperPath.toLocal8Bit(), state = m_options.stateDir.toLocal8Bit(),
                     socket = m_options.resolvedSocketPath().toLocal8Bit(),
                     idle = QByteArray::number(onDemandIdleExitSeconds());
    char *argv[] = {const_cast<char *>(helper.constData()), const_cast<char *>("--state-dir"),
                    const_cast<char *>(state.constData()), const_cast<char *>("--socket"),
                    const_cast<char *>(socket.constData()), const_cast<char *>("--ready-fd"),
                    const_cast<char *>("3"), const_cast<char *>("--idle-exit"), const_cast<char *>(idle.constData()),
                    const_cast<char *>("--detach"), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, writeEnd.get(), 3);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    writeEnd.reset();
    if (spawned != 0)
        return fail(ErrorCode::Unavailable, Tr::tr("Cannot start the runtime helper %1.").arg(m_options.helperPath),
                    u"posix_spawn: "_s + QString::fromLocal8Bit(std::strerror(spawned)));
    while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
    }
    if (!waitReady(readEnd.get(), kReadyTimeoutMs))
        return fail(ErrorCode::Unavailable, Tr::tr("The runtime helper did not start."),
                    u"no ready signal from %1; see %2"_s.arg(m_options.helperPath,
                                                             QDir(m_options.stateDir).filePath(u"helper.log"_s)));
    return {};
}

Status RuntimeClient::shutdownHelper()
{
    pid_t pid = 0;
    {
        auto connection = HelperConnection::connectTo(m_options.resolvedSocketPath());
        if (!connection)
            return {};
        auto stopped = connection->call(u"shutdown"_s, {});
        if (!stopped)
            return std::unexpected(stopped.error());
        pid = pid_t(stopped->result.value(u"pid"_s).toInteger());
    }
    for (int waited = 0; pid > 0 && !processGone(pid); waited += 10) {
        if (waited >= kReadyTimeoutMs)
            return fail(ErrorCode::Internal, Tr::tr("The runtime helper did not stop."), u"pid %1"_s.arg(pid));
        ::usleep(10000);
    }
    return {};
}

Status RuntimeClient::ensureHelper()
{
    auto connection = connect();
    if (!connection)
        return std::unexpected(connection.error());
    return {};
}

Result<HelperConnection::Reply> RuntimeClient::call(const QString &method, const QJsonObject &params,
                                                    const std::vector<int> &fds)
{
    auto connection = connect();
    if (!connection)
        return std::unexpected(connection.error());
    return connection->call(method, params, fds);
}

Result<QJsonObject> RuntimeClient::ping()
{
    auto reply = call(u"ping"_s, {});
    if (!reply)
        return std::unexpected(reply.error());
    return reply->result;
}

Result<UnpackResult> RuntimeClient::unpack(const Digest &diffId, int blobFd, const QString &mediaType)
{
    auto reply = call(u"snapshot.unpack"_s,
                      {{u"diffId"_s, diffId.toString()}, {u"mediaType"_s, mediaType}, {u"blob"_s, 0}}, {blobFd});
    if (!reply)
        return std::unexpected(reply.error());
    return UnpackResult{reply->result.value(u"existed"_s).toBool(), reply->result.value(u"size"_s).toInteger()};
}

Result<bool> RuntimeClient::hasSnapshot(const Digest &diffId)
{
    auto reply = call(u"snapshot.stat"_s, {{u"diffId"_s, diffId.toString()}});
    if (!reply && reply.error().code == ErrorCode::NotFound)
        return false;
    if (!reply)
        return std::unexpected(reply.error());
    return true;
}

Result<QList<Digest>> RuntimeClient::snapshots()
{
    auto reply = call(u"snapshot.list"_s, {});
    if (!reply)
        return std::unexpected(reply.error());
    QList<Digest> digests;
    for (const QJsonValue &v : reply->result.value(u"snapshots"_s).toArray()) {
        if (auto digest = Digest::parse(v.toString()))
            digests.append(*digest);
    }
    return digests;
}

Status RuntimeClient::removeSnapshot(const Digest &diffId)
{
    return discard(call(u"snapshot.remove"_s, {{u"diffId"_s, diffId.toString()}}));
}

Result<ContainerInfo> RuntimeClient::create(const ContainerSpec &spec)
{
    auto reply = call(u"container.create"_s, specToJson(spec));
    if (!reply)
        return std::unexpected(reply.error());
    return containerFromJson(reply->result);
}

Result<std::vector<FileDescriptor>> RuntimeClient::openMountSources(const QString &id)
{
    auto info = inspect(id);
    if (!info)
        return std::unexpected(info.error());
    std::vector<FileDescriptor> sources;
    for (const BindMount &mount : info->mounts) {
        FileDescriptor fd(::open(QFile::encodeName(mount.source).constData(),
                                  O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
        if (!fd.isValid())
            return fail(errno == EACCES ? ErrorCode::PermissionDenied : ErrorCode::NotFound,
                        Tr::tr("Cannot open the bind mount source %1.").arg(mount.source),
                        u"open: "_s + QString::fromLocal8Bit(std::strerror(errno)));
        sources.push_back(std::move(fd));
    }
    return sources;
}

Result<FileDescriptor> RuntimeClient::start(const QString &id, const StdioFds &stdio)
{
    auto sources = openMountSources(id);
    if (!sources)
        return std::unexpected(sources.error());
    QJsonObject params{{u"id"_s, id}};
    std::vector<int> fds;
    QJsonArray mountIndexes;
    for (const FileDescriptor &source : *sources) {
        mountIndexes.append(int(fds.size()));
        fds.push_back(source.get());
    }
    params.insert(u"mounts"_s, mountIndexes);
    const std::pair<const char16_t *, int> streams[] = {{u"stdin", stdio.in}, {u"stdout", stdio.out}, {u"stderr", stdio.err}};
    for (const auto &[key, fd] : streams) {
        if (fd < 0)
            continue;
        params.insert(QString::fromUtf16(key), int(fds.size()));
        fds.push_back(fd);
    }
    auto reply = call(u"container.start"_s, params, fds);
    if (!reply)
        return std::unexpected(reply.error());
    return reply->fds.empty() ? FileDescriptor() : std::move(reply->fds.front());
}

Result<FileDescriptor> RuntimeClient::attach(const QString &id)
{
    auto reply = call(u"container.attach"_s, {{u"id"_s, id}});
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->fds.empty())
        return fail(ErrorCode::Internal, Tr::tr("The runtime helper sent no terminal."));
    return std::move(reply->fds.front());
}

Result<int> RuntimeClient::wait(const QString &id)
{
    auto reply = call(u"container.wait"_s, {{u"id"_s, id}});
    if (!reply)
        return std::unexpected(reply.error());
    return reply->result.value(u"exitCode"_s).toInt();
}

Result<FileDescriptor> RuntimeClient::logs(const QString &id)
{
    auto reply = call(u"container.logs"_s, {{u"id"_s, id}});
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->fds.empty())
        return fail(ErrorCode::Internal, Tr::tr("The runtime helper sent no log."));
    return std::move(reply->fds.front());
}

Result<ExecProcess> RuntimeClient::exec(const QString &id, const ExecSpec &spec, const StdioFds &stdio)
{
    QJsonObject params{{u"id"_s, id},
                       {u"args"_s, QJsonArray::fromStringList(spec.args)},
                       {u"env"_s, QJsonArray::fromStringList(spec.env)},
                       {u"cwd"_s, spec.workingDir},
                       {u"user"_s, spec.user},
                       {u"tty"_s, spec.tty},
                       {u"privileged"_s, spec.privileged}};
    std::vector<int> fds;
    const std::pair<const char16_t *, int> streams[] = {{u"stdin", stdio.in}, {u"stdout", stdio.out}, {u"stderr", stdio.err}};
    for (const auto &[key, fd] : streams) {
        if (fd < 0 || spec.tty)
            continue;
        params.insert(QString::fromUtf16(key), int(fds.size()));
        fds.push_back(fd);
    }
    auto reply = call(u"container.exec"_s, params, fds);
    if (!reply)
        return std::unexpected(reply.error());
    ExecProcess process;
    process.execId = reply->result.value(u"exec"_s).toString();
    process.pid = reply->result.value(u"pid"_s).toInteger();
    process.exitCode = reply->result.value(u"exitCode"_s).toInt();
    process.error = reply->result.value(u"error"_s).toString();
    if (!reply->fds.empty())
        process.terminal = std::move(reply->fds.front());
    return process;
}

Result<int> RuntimeClient::waitExec(const QString &id, const QString &execId)
{
    auto reply = call(u"container.execWait"_s, {{u"id"_s, id}, {u"exec"_s, execId}});
    if (!reply)
        return std::unexpected(reply.error());
    return reply->result.value(u"exitCode"_s).toInt();
}

Status RuntimeClient::kill(const QString &id, int signal)
{
    return discard(call(u"container.kill"_s, {{u"id"_s, id}, {u"signal"_s, signal}}));
}

Status RuntimeClient::pause(const QString &id)
{
    return discard(call(u"container.pause"_s, {{u"id"_s, id}}));
}

Status RuntimeClient::unpause(const QString &id)
{
    return discard(call(u"container.unpause"_s, {{u"id"_s, id}}));
}

Status RuntimeClient::remove(const QString &id, bool force)
{
    return discard(call(u"container.delete"_s, {{u"id"_s, id}, {u"force"_s, force}}));
}

Result<ContainerInfo> RuntimeClient::inspect(const QString &id)
{
    auto reply = call(u"container.inspect"_s, {{u"id"_s, id}});
    if (!reply)
        return std::unexpected(reply.error());
    return containerFromJson(reply->result);
}

Result<QList<ContainerInfo>> RuntimeClient::list()
{
    auto reply = call(u"container.list"_s, {});
    if (!reply)
        return std::unexpected(reply.error());
    QList<ContainerInfo> containers;
    for (const QJsonValue &v : reply->result.value(u"containers"_s).toArray())
        containers.append(containerFromJson(v.toObject()));
    return containers;
}

Result<Digest> RuntimeClient::diff(const QString &id, int outFd, std::optional<qint64> clampMtime, bool live)
{
    QJsonObject params{{u"id"_s, id}, {u"output"_s, 0}};
    if (clampMtime)
        params.insert(u"clampMtime"_s, *clampMtime);
    if (live)
        params.insert(u"live"_s, true);
    auto reply = call(u"container.diff"_s, params, {outFd});
    if (!reply)
        return std::unexpected(reply.error());
    return Digest::parse(reply->result.value(u"diffId"_s).toString());
}

Status RuntimeClient::adopt(const QString &id, const Digest &diffId)
{
    return discard(call(u"container.adopt"_s, {{u"id"_s, id}, {u"diffId"_s, diffId.toString()}}));
}

} // namespace Ponton::Runtime
