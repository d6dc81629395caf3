#pragma once

#include "reference/digest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ponton::Build {

// Read-only view of an image's file system through its snapshots in the helper's state folder
// (<state>/snapshots/<diff_id hex>), top layer first: what COPY --from copies, where --chown names are
// looked up (/etc/passwd, /etc/group) and how COPY knows that a destination is an existing folder.
// Overlay whiteouts (character devices 0:0) hide what lies below; the engine runs on the helper's host.
// Paths are absolute inside the image; `..` never leaves the root, symbolic links are not followed.
class RootfsView
{
public:
    RootfsView(const QString &stateDir, const QList<Digest> &snapshots);

    // The host path of `path` in the topmost snapshot that has it, nullopt when absent or whited out.
    std::optional<QString> locate(const QString &path) const;
    // The names inside the folder `path`, merged over every snapshot, sorted.
    QStringList list(const QString &path) const;
    // Clean absolute form: "/a/b" (no "." or "..", no trailing slash).
    static QString clean(const QString &path);

private:
    QStringList m_layers; // top first
};

} // namespace Ponton::Build
