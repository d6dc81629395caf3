#pragma once

// Request and result types of `exec` (engine/execoperations.cpp).

#include "runtime/runtimeclient.h"
#include "runtime/sharedfiledescriptor.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Ponton {

// `exec [-i] [-t] [-e K=V] [-w DIR] [-u USER] [--privileged] CONTAINER CMD…`. Empty fields take the container's own.
struct ContainerExecRequest {
    QString container;          // name, ID or unambiguous ID prefix
    QStringList args;
    QStringList env;            // "KEY=value", over the container's environment
    QString workingDir;
    QString user;
    bool tty = false;
    bool privileged = false;    // --privileged: every capability
    Runtime::StdioFds stdio;    // without a TTY: -1 for /dev/null (stdin) or nowhere (output)
};

// A process added to a running container: started (wait for it with Engine::waitExec), or not
// (exitCode 126/127 and why). With a TTY, its PTY master (it stays open while a copy lives).
struct ContainerExecution {
    QString containerId;
    QString execId;
    bool started = false;
    int exitCode = 0;
    QString error;
    Runtime::SharedFileDescriptor terminal;
};

} // namespace Ponton

Q_DECLARE_METATYPE(Ponton::ContainerExecution)
