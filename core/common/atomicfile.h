#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace Ponton {

// Small durable file operations: the rules a crash at any instant must not break.
namespace AtomicFile {

// Synced: durable once the call returns. Unsynced: still all or nothing (the rename), but the file may be
// missing or empty after a crash; only for files that are worthless after one.
enum class Durability { Synced, Unsynced };

// Writes `data` to a temporary file beside `path`, fsyncs it, renames it over `path`, fsyncs the folder
// (no fsync when Unsynced).
Status write(const QString &path, const QByteArray &data, Durability durability = Durability::Synced);
// fsync of a folder, so that a rename or a new entry in it is durable.
Status syncDirectory(const QString &dir);
// rename(2) then fsync of the target's folder.
Status rename(const QString &from, const QString &to);
// mkdir -p with mode 0755 (0700 when `privateDir`).
Status makePath(const QString &dir, bool privateDir = false);

} // namespace AtomicFile

// "strerror(errno)" as a QString, for Error::detail.
QString errnoText(int error);

} // namespace Ponton
