#pragma once

#include "common/error.h"
#include "reference/digest.h"
#include "runtime/filedescriptor.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

#include <sys/stat.h>

namespace Ponton::Runtime { class RuntimeClient; }

namespace Ponton::Build {

// What lstat says of one path of a source tree or an image's file system.
struct PathInfo {
    enum class Type { File, Directory, Symlink, Other };
    Type type = Type::Other;
    uint mode = 0;         // permission bits (07777)
    uint uid = 0;
    uint gid = 0;
    qint64 size = 0;
    qint64 mtime = 0;      // seconds since the epoch
    QString linkTarget;    // Symlink
    QString hostPath;      // the host file, for a build context; empty inside an image

    bool isDirectory() const { return type == Type::Directory; }
    static PathInfo fromStat(const struct stat &st);
};

// Read-only view of an image's file system, its snapshots merged as overlayfs does, through the runtime
// helper (rootfs.list, rootfs.open): what COPY --from copies, where --chown names are looked up
// (/etc/passwd, /etc/group) and how COPY knows that a destination is an existing folder. The helper
// resolves every path inside a snapshot, so this works for a user who cannot read its state folder.
// Paths are absolute inside the image; `..` never leaves the root, symbolic links are not followed.
// One rootfs.list per folder looked at, cached; files opened 16 at a time (rootfs.open's `also`), the
// descriptors not asked for yet kept for the next open. Copies share both. Not thread-safe.
class RootfsView
{
public:
    using RuntimeAccess = std::function<Result<Runtime::RuntimeClient *>()>;

    // snapshots: bottom first (rootfs.diff_ids order). No snapshot: an empty file system, no helper needed.
    RootfsView(RuntimeAccess runtime, const QList<Digest> &snapshots);

    // The entry at `path`, nullopt when absent or whited out (or when the helper cannot answer).
    std::optional<PathInfo> locate(const QString &path) const;
    // The names inside the folder `path`, merged over every snapshot, sorted.
    QStringList list(const QString &path) const;
    // A read-only descriptor of the regular file at `path`.
    Result<Runtime::FileDescriptor> open(const QString &path) const;
    // A small file's contents (/etc/passwd), nullopt when it cannot be read.
    std::optional<QByteArray> read(const QString &path, qint64 maxBytes = 4 << 20) const;
    // Clean absolute form: "/a/b" (no "." or "..", no trailing slash).
    static QString clean(const QString &path);

private:
    struct Folder {
        bool exists = false;
        std::optional<PathInfo> self;
        QHash<QString, PathInfo> entries;
        QStringList names;  // sorted
    };
    struct Shared;
    const Folder &folder(const QString &cleanPath) const;
    // The regular files after `cleanPath` in its folder's listing, when that listing is cached: opened
    // with it in one round trip, as COPY --from reads a folder's files in order.
    QStringList nextFiles(const QString &cleanPath) const;

    std::shared_ptr<Shared> m_shared;
};

} // namespace Ponton::Build
