#include "store/layerfilereader.h"

#include "archive/layertarreader.h"
#include "archive/zipwriter.h"
#include "common/tr.h"
#include "store/imagestore.h"

#include <QHash>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

LayerFileReader::LayerFileReader(const ImageStore &store, Archive::ArchiveControl control)
    : m_store(store), m_control(std::move(control))
{
}

Status LayerFileReader::forEachFile(const Digest &layer, const QStringList &paths, const Consumer &consume) const
{
    // Wanted path → the name it is stored under (itself, or a hard link's target seen before it).
    QHash<QString, QStringList> wanted;
    for (const QString &path : paths) {
        Result<QString> normalized = Archive::LayerTarReader::normalize(path);
        if (!normalized)
            return std::unexpected(normalized.error());
        wanted[*normalized].append(*normalized);
    }
    for (int pass = 0; pass < 2 && !wanted.isEmpty(); ++pass) {
        auto reader = Archive::LayerTarReader::open(m_store.content().blobPath(layer), layer.toString());
        if (!reader)
            return std::unexpected(reader.error());
        QHash<QString, QStringList> links; // hard link targets, read in the next pass
        QSet<QString> done;
        for (int count = 0;; ++count) {
            if (count % 512 == 0 && m_control.isCanceled())
                return fail(ErrorCode::Canceled, Tr::tr("canceled"));
            Result<std::optional<Archive::LayerEntry>> entry = (*reader)->next();
            if (!entry)
                return std::unexpected(entry.error());
            if (!*entry)
                break;
            const Archive::LayerEntry &file = **entry;
            const auto it = wanted.constFind(file.path);
            if (it == wanted.constEnd() || done.contains(file.path))
                continue;
            done.insert(file.path);
            if (file.type == Archive::LayerEntry::Type::Hardlink) {
                links[file.linkTarget].append(*it);
                continue;
            }
            if (file.type != Archive::LayerEntry::Type::File)
                return fail(ErrorCode::InvalidArgument, Tr::tr("%1 is not a regular file in layer %2").arg(file.path, layer.toString()));
            for (const QString &name : *it) {
                Status consumed = consume(name, file.size, [&reader](const Archive::ByteSink &sink) {
                    return (*reader)->readData(sink);
                });
                if (!consumed)
                    return consumed;
            }
        }
        for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
            if (!done.contains(it.key()))
                return fail(ErrorCode::NotFound, Tr::tr("layer %1 holds no file %2").arg(layer.toString(), it.key()));
        }
        wanted = links;
    }
    if (!wanted.isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("layer %1 holds no file %2").arg(layer.toString(), wanted.constBegin().key()));
    return {};
}

Result<LayerFileContent> LayerFileReader::read(const LayerFileRef &file, qint64 maxBytes) const
{
    LayerFileContent content;
    Status read = forEachFile(file.layer, {file.path}, [&content, maxBytes](const QString &, qint64 size, const auto &stream) {
        content.size = size;
        return stream([&content, maxBytes](const char *data, qint64 length) -> Status {
            const qint64 room = maxBytes - content.data.size();
            content.data.append(data, qMin(room, length));
            content.truncated = content.truncated || length > room;
            return {};
        });
    });
    if (!read)
        return std::unexpected(read.error());
    return content;
}

Status LayerFileReader::extractToFile(const LayerFileRef &file, const QString &destination) const
{
    QSaveFile out(destination);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::PermissionDenied, Tr::tr("cannot create %1").arg(destination), out.errorString());
    Status read = forEachFile(file.layer, {file.path}, [&out, &destination](const QString &, qint64, const auto &stream) {
        return stream([&out, &destination](const char *data, qint64 length) -> Status {
            if (out.write(data, length) != length)
                return fail(ErrorCode::PermissionDenied, Tr::tr("cannot write %1").arg(destination), out.errorString());
            return {};
        });
    });
    if (!read) {
        out.cancelWriting();
        return read;
    }
    if (!out.commit())
        return fail(ErrorCode::PermissionDenied, Tr::tr("cannot write %1").arg(destination), out.errorString());
    return {};
}

Status LayerFileReader::exportZip(const QList<LayerFileRef> &files, const QString &zipPath) const
{
    // Each path from the layer given last for it; then one pass per layer.
    QHash<QString, Digest> source;
    QList<Digest> order;
    for (const LayerFileRef &file : files) {
        source.insert(file.path, file.layer);
        if (!order.contains(file.layer))
            order.append(file.layer);
    }
    auto zip = Archive::ZipWriter::open(zipPath);
    if (!zip)
        return std::unexpected(zip.error());
    for (const Digest &layer : order) {
        QStringList paths;
        for (auto it = source.constBegin(); it != source.constEnd(); ++it) {
            if (it.value() == layer)
                paths.append(it.key());
        }
        if (paths.isEmpty())
            continue;
        m_control.report(layer.toString(), 0, paths.size());
        Status read = forEachFile(layer, paths, [&zip](const QString &path, qint64, const auto &stream) {
            return (*zip)->addFile(path, stream);
        });
        if (!read)
            return read;
    }
    return (*zip)->finish();
}

} // namespace Ponton::Store
