#pragma once

#include "runtime/filedescriptor.h"

#include <QString>
#include <QStringList>

namespace Ponton::Runtime {

// A process to add to a running container (container.exec, runtime/PROTOCOL.md). Empty fields take
// the container's own: working directory, user; env is added over the container's environment.
struct ExecSpec {
    QStringList args;
    QStringList env;      // "KEY=value"
    QString workingDir;
    QString user;         // "", "name", "uid", "name:group", "uid:gid"
    bool tty = false;
    bool privileged = false;  // every capability
};

// What container.exec reports: a started process, or the exit code and reason of one that could not
// start (127: not found, 126: not executable, unknown user, missing working directory).
struct ExecProcess {
    QString execId;
    qint64 pid = 0;           // 0: it did not start
    FileDescriptor terminal;  // the PTY master, with a TTY
    int exitCode = 0;
    QString error;

    bool started() const { return pid > 0; }
};

} // namespace Ponton::Runtime
