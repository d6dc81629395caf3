#pragma once

// Request and result types of the engine's container operations (engine/containeroperations.cpp).

#include "common/error.h"
#include "reference/digest.h"
#include "runtime/containerspec.h"
#include "runtime/runtimeclient.h"
#include "runtime/sharedfiledescriptor.h"
#include "runtime/upperdirchanges.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ponton {

// `run` / `create`: what to run, Docker's flags. The image must be in the store (the CLI pulls first).
struct ContainerRunRequest {
    QString image;                           // as the user typed it ("alpine", "alpine:curl", an ID)
    QString name;                            // empty: a generated Docker-style name
    std::optional<QStringList> entrypoint;   // --entrypoint (an empty string clears it)
    QStringList command;                     // after IMAGE; empty: the image's Cmd
    QStringList env;                         // -e KEY=VALUE (or KEY: taken from `hostEnv`), --env-file lines
    QString workingDir;                      // -w
    QString user;                            // -u USER[:GROUP]
    QString hostname;                        // --hostname
    bool tty = false;                        // -t
    bool interactive = false;                // -i (recorded; stdin is given at start)
    bool networkNone = false;                // --network none
    bool privileged = false;                 // --privileged
    bool autoRemove = false;                 // --rm (recorded; the front end removes after the wait)
    qint64 waiter = 0;                       // pid of the foreground client that waits for the exit code then removes (run --rm); 0: none
    QList<Runtime::BindMount> mounts;        // -v HOST:CONTAINER[:ro]
};

// What the engine knows about one of its containers, joined with the helper's view.
struct ContainerRecord {
    QString id;                              // 64 hex
    QString name;
    QString image;                           // as the user typed it
    Digest imageId;
    QStringList entrypoint;                  // what the container runs, as Docker's Config
    QStringList command;
    QStringList env;
    QString workingDir;
    QString user;
    bool tty = false;
    bool interactive = false;
    bool autoRemove = false;
    qint64 waiter = 0;                       // as ContainerRunRequest::waiter: others leave it to that client
    QDateTime created;
};

// One `ps` row.
struct ContainerRow {
    QString id;
    QString name;
    QString image;                           // as typed at run
    Digest imageId;
    QString command;                         // entrypoint + command, as one line
    QDateTime created;
    QString status;                          // created, running, paused, exited
    int exitCode = 0;
    QDateTime startedAt;                     // invalid when never started
    QDateTime finishedAt;
    bool tty = false;
};

// `start` / `run`: how the caller wants the container's stdio. Without a TTY the given descriptors become
// the container's stdin/stdout/stderr (-1: /dev/null for stdin, the container's log for output).
struct ContainerStartOptions {
    Runtime::StdioFds stdio;
};

// What start and attach give: the container's PTY master when it has a TTY (take it out of the
// job's QVariant; it stays open while a copy lives).
struct ContainerTerminal {
    QString id;
    bool tty = false;
    Runtime::SharedFileDescriptor terminal;
};

// `rm`: per argument, its ID or its error.
struct ContainerRemoval {
    QStringList removed;                     // the arguments as given, like Docker prints them
    QList<Error> errors;
};

// `diff`: Docker's A/C/D lines.
using ContainerChange = Runtime::PathChange;

// `commit [-m] [-a] [-c CHANGE]… [--no-pause] CONTAINER [REPO[:TAG]]`.
struct CommitRequest {
    QString container;                       // name or ID (a prefix)
    QString reference;                       // empty: untagged
    QString message;                         // -m: the history entry's comment
    QString author;                          // -a
    QStringList changes;                     // -c "CMD [\"sh\"]", "ENV A=b", ...
    bool pause = true;                       // false: --pause=false, read live (a file being written may be caught half written)
};

struct CommitResult {
    Digest imageId;
    QString reference;                       // the tag given, normalised; empty when untagged
    Digest diffId;
    qint64 layerSize = 0;                    // uncompressed
};

} // namespace Ponton

Q_DECLARE_METATYPE(Ponton::ContainerRecord)
Q_DECLARE_METATYPE(Ponton::ContainerRow)
Q_DECLARE_METATYPE(Ponton::ContainerTerminal)
Q_DECLARE_METATYPE(Ponton::ContainerRemoval)
Q_DECLARE_METATYPE(Ponton::CommitRequest)
Q_DECLARE_METATYPE(Ponton::CommitResult)
