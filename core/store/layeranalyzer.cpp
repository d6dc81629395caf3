#include "store/layeranalyzer.h"

#include "archive/layertarreader.h"
#include "common/tr.h"
#include "store/imagestore.h"

#include <QCryptographicHash>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

LayerAnalyzer::LayerAnalyzer(const ImageStore &store, Archive::ArchiveControl control)
    : m_store(store), m_control(std::move(control))
{
}

Result<std::shared_ptr<const LayerTree>> LayerAnalyzer::analyze(const QString &nameOrId) const
{
    Result<ImageRecord> image = m_store.resolve(nameOrId);
    if (!image)
        return std::unexpected(image.error());
    Result<Image::ImageConfig> config = m_store.config(*image);
    if (!config)
        return std::unexpected(config.error());
    Result<Image::Manifest> manifest = m_store.manifest(*image);
    if (!manifest)
        return std::unexpected(manifest.error());
    Result<QList<Image::LayerHistory>> history = config->nonEmptyLayerHistory();
    QList<LayerSummary> layers;
    for (qsizetype i = 0; i < manifest->layers.size(); ++i) {
        LayerSummary layer;
        layer.digest = manifest->layers.at(i).digest;
        layer.blobSize = manifest->layers.at(i).size;
        if (i < config->rootfs.diffIds.size())
            layer.diffId = config->rootfs.diffIds.at(i);
        if (history && i < history->size())
            layer.createdBy = history->at(i).history.createdBy;
        layers.append(layer);
    }
    auto tree = std::make_shared<LayerTree>(layers);
    for (int i = 0; i < int(layers.size()); ++i) {
        if (m_control.isCanceled())
            return fail(ErrorCode::Canceled, Tr::tr("canceled"));
        m_control.report(layers.at(i).digest.toString(), i, layers.size());
        if (Status read = readLayer(*tree, i, m_store.content().blobPath(layers.at(i).digest)); !read)
            return std::unexpected(read.error());
    }
    m_control.report(QString(), layers.size(), layers.size());
    tree->finish();
    return std::shared_ptr<const LayerTree>(std::move(tree));
}

Status LayerAnalyzer::readLayer(LayerTree &tree, int index, const QString &blobPath) const
{
    const QString name = tree.layer(index).digest.toString();
    auto reader = Archive::LayerTarReader::open(blobPath, name);
    if (!reader)
        return std::unexpected(reader.error());
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (int count = 0;; ++count) {
        if (count % 512 == 0 && m_control.isCanceled())
            return fail(ErrorCode::Canceled, Tr::tr("canceled"));
        Result<std::optional<Archive::LayerEntry>> entry = (*reader)->next();
        if (!entry)
            return std::unexpected(entry.error());
        if (!*entry)
            return {};
        quint64 contentHash = 0;
        if ((*entry)->type == Archive::LayerEntry::Type::File && (*entry)->size > 0) {
            hash.reset();
            Status read = (*reader)->readData([&hash](const char *data, qint64 size) -> Status {
                hash.addData(QByteArrayView(data, size));
                return {};
            });
            if (!read)
                return read;
            contentHash = qFromBigEndian<quint64>(hash.resultView().data());
        }
        tree.addEntry(index, **entry, contentHash);
    }
}

} // namespace Ponton::Store
