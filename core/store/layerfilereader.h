#pragma once

#include "archive/archivecontrol.h"
#include "archive/bytesink.h"
#include "common/error.h"
#include "reference/digest.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

namespace Ponton::Store {

class ImageStore;

// A file as one layer stores it.
struct LayerFileRef {
    Digest layer;   // the layer blob
    QString path;   // "etc/passwd"
};

// The content of a file of one layer.
struct LayerFileContent {
    QByteArray data;
    qint64 size = 0;        // the file's whole size
    bool truncated = false; // data holds only the first bytes
};

// Reads files out of the layer blobs of the store: the bytes of one file (to show it), one file into a
// file of the host, or several files of several layers into a zip. Hard links are followed inside
// their layer. Every error names the layer and the path.
class LayerFileReader
{
public:
    explicit LayerFileReader(const ImageStore &store, Archive::ArchiveControl control = {});

    Result<LayerFileContent> read(const LayerFileRef &file, qint64 maxBytes) const;
    Status extractToFile(const LayerFileRef &file, const QString &destination) const;
    // Entries are named by their path; a path given twice keeps the last one given.
    Status exportZip(const QList<LayerFileRef> &files, const QString &zipPath) const;

private:
    using Consumer = std::function<Status(const QString &path, qint64 size, const std::function<Status(const Archive::ByteSink &)> &stream)>;
    // Streams the wanted regular files of `layer` to `consume`; NotFound for those the layer lacks.
    Status forEachFile(const Digest &layer, const QStringList &paths, const Consumer &consume) const;

    const ImageStore &m_store;
    Archive::ArchiveControl m_control;
};

} // namespace Ponton::Store

Q_DECLARE_METATYPE(Ponton::Store::LayerFileContent)
Q_DECLARE_METATYPE(Ponton::Store::LayerFileRef)
