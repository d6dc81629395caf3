#pragma once

#include "archive/bytesink.h"
#include "common/error.h"

#include <QString>

#include <memory>
#include <optional>

struct archive;

namespace Ponton::Archive {

// One entry of a layer tar as an image's file system sees it. Unlike an image archive's entries, a
// layer's symbolic links may point anywhere (absolute targets are normal): the target is kept as written.
struct LayerEntry {
    enum class Type : quint8 { File, Directory, Symlink, Hardlink, Other };
    QString path;        // normalised, relative to the root: "etc/passwd"
    Type type = Type::Other;
    qint64 size = 0;     // regular files only
    quint32 mode = 0;    // permission bits
    qint64 uid = 0;
    qint64 gid = 0;
    QString linkTarget;  // Symlink: as written; Hardlink: the normalised path it links to
};

// Reads a layer blob (plain, gzip or zstd tar) sequentially from a file, through libarchive.
// Names climbing out of the root ("..") are refused with the layer and the entry named.
class LayerTarReader
{
public:
    // `layerName` names the layer in errors (its digest, usually).
    static Result<std::unique_ptr<LayerTarReader>> open(const QString &path, const QString &layerName);
    ~LayerTarReader();
    LayerTarReader(const LayerTarReader &) = delete;
    LayerTarReader &operator=(const LayerTarReader &) = delete;

    // The next entry, or nullopt at the end of the layer. Entries naming the root itself are skipped.
    Result<std::optional<LayerEntry>> next();
    // Streams the current regular file's data into `sink`.
    Status readData(const ByteSink &sink);

    // "./a//b/" → "a/b"; empty for the root; InvalidArgument for ".." components and NUL bytes.
    static Result<QString> normalize(const QString &name);

private:
    explicit LayerTarReader(QString layerName);
    Error archiveError(const QString &what) const;

    QString m_name;
    archive *m_archive = nullptr;
    QString m_current;
};

} // namespace Ponton::Archive
