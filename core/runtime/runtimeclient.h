#pragma once

#include "common/error.h"
#include "reference/digest.h"
#include "runtime/containerspec.h"
#include "runtime/execspec.h"
#include "runtime/filedescriptor.h"
#include "runtime/helperconnection.h"

#include <QMutex>
#include <QString>

#include <sys/types.h>

#include <optional>

namespace Ponton::Runtime {

// The system helper's socket (packaging/systemd/ponton-helper.socket), for users who are not root.
inline constexpr char kSystemHelperSocket[] = "/run/ponton/helper.sock";

struct RuntimeClientOptions {
    QString helperPath;     // the ponton-helper binary, for starting it on demand
    QString stateDir;       // --state-dir: <store root>/runtime
    // Empty: $PONTON_HELPER_SOCKET, else <stateDir>/helper.sock for root, kSystemHelperSocket for others.
    QString socketPath;
    bool startHelper = true;  // start the helper (detached, see spawnHelper) when none answers and we are root

    QString resolvedSocketPath() const;
};

// Stdio for a container without a TTY; -1 for each stream the helper should handle itself
// (stdin from /dev/null, output appended to the container's log).
struct StdioFds {
    int in = -1;
    int out = -1;
    int err = -1;
};

struct UnpackResult {
    bool existed = false;        // already unpacked; the blob was not read
    qint64 uncompressedSize = 0;
};

// Blocking client of ponton-helper. Every call opens its own connection, so calls may run from
// several engine worker threads at once; none may run on the GUI thread.
class RuntimeClient
{
public:
    explicit RuntimeClient(RuntimeClientOptions options);
    RuntimeClient(const RuntimeClient &) = delete;
    RuntimeClient &operator=(const RuntimeClient &) = delete;

    // Connects, starting the helper first when needed and allowed.
    Status ensureHelper();
    Result<QJsonObject> ping();
    // Stops the helper that serves this client's socket (root only) and waits until it has gone;
    // nothing to do when none answers. The next call starts a new one.
    Status shutdownHelper();

    Result<UnpackResult> unpack(const Digest &diffId, int blobFd, const QString &mediaType);
    Result<bool> hasSnapshot(const Digest &diffId);
    Result<QList<Digest>> snapshots();
    Status removeSnapshot(const Digest &diffId);

    Result<ContainerInfo> create(const ContainerSpec &spec);
    // Starts (or restarts) a container; returns the PTY master for a container with a TTY.
    // Bind mount sources are opened here, with this process's rights, at every start.
    Result<FileDescriptor> start(const QString &id, const StdioFds &stdio = {});
    Result<FileDescriptor> attach(const QString &id);
    Result<int> wait(const QString &id);
    // A read-only descriptor of the container's output log (container.logs), at its start.
    Result<FileDescriptor> logs(const QString &id);
    // Adds a process to a running container (Conflict when it is not running or paused); stdio as for
    // start(), ignored with a TTY (the reply carries the PTY master then).
    Result<ExecProcess> exec(const QString &id, const ExecSpec &spec, const StdioFds &stdio = {});
    // The exit code of an exec's process, once it has ended.
    Result<int> waitExec(const QString &id, const QString &execId);
    Status kill(const QString &id, int signal);
    Status pause(const QString &id);
    Status unpause(const QString &id);
    Status remove(const QString &id, bool force = false);
    Result<ContainerInfo> inspect(const QString &id);
    Result<QList<ContainerInfo>> list();

    // Streams the container's upper dir as an uncompressed OCI layer tar to outFd (the container
    // must be paused or stopped, unless `live`) and returns its diff_id. clampMtime: modification times at
    // or after it are written as it (SOURCE_DATE_EPOCH), in the tar and the snapshot adopt() makes of it.
    // live: a running container's upper dir read as it changes (commit --pause=false; see PROTOCOL.md).
    Result<Digest> diff(const QString &id, int outFd, std::optional<qint64> clampMtime = std::nullopt, bool live = false);
    // Makes the upper dir captured by the last diff() the snapshot of diffId.
    Status adopt(const QString &id, const Digest &diffId);

    // A raw call, for tests and for methods without a wrapper yet.
    Result<HelperConnection::Reply> call(const QString &method, const QJsonObject &params,
                                         const std::vector<int> &fds = {});

private:
    Result<HelperConnection> connect();
    Result<std::vector<FileDescriptor>> openMountSources(const QString &id);
    Status spawnHelper();

    RuntimeClientOptions m_options;
    QMutex m_spawnLock;
};

// How long a helper started on demand serves without any client before it leaves: 60 s, or
// $PONTON_HELPER_IDLE_EXIT seconds (tests make it short).
int onDemandIdleExitSeconds();

} // namespace Ponton::Runtime
