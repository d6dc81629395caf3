#pragma once

#include "reference/digest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Ponton::Runtime {

// -v HOST:CONTAINER[:ro]. The client opens `source` itself at every start (with the user's rights)
// and passes the descriptor: the helper never opens host paths for it.
struct BindMount {
    QString source;
    QString destination;
    bool readOnly = false;
};

// What to run: the helper's container.create parameters (runtime/PROTOCOL.md).
struct ContainerSpec {
    QString id;                 // 64 hex; empty: the helper picks one
    QString name;
    QList<Digest> snapshots;    // layer diff_ids, bottom first (as the config's rootfs.diff_ids)
    QStringList args;           // entrypoint + command, already combined
    QStringList env;            // "KEY=value"
    QString workingDir = QStringLiteral("/");
    QString user;               // "", "name", "uid", "name:group", "uid:gid"
    QString hostname;           // empty: the first 12 characters of the ID
    bool tty = false;
    bool networkNone = false;   // false: the host's network
    bool privileged = false;    // every capability and device, /sys writable, nothing masked
    QList<BindMount> mounts;
};

// A container as the helper reports it.
struct ContainerInfo {
    QString id;
    QString name;
    QString status;             // created, running, paused, exited
    QList<Digest> snapshots;
    QStringList args;
    bool tty = false;
    QList<BindMount> mounts;
    qint64 pid = 0;
    int exitCode = 0;
    QString error;
    qint64 created = 0;         // unix seconds
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
};

} // namespace Ponton::Runtime
