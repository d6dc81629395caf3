#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace Ponton {

// Small durable file operations: the rules a crash at any instant must not break.
namespace AtomicFile {

// Writes `data` to a temporary file beside `path`, fsyncs it, renames it over `path`, fsyncs the folder.
Status write(const QString &path, const QByteArray &data);
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
