#include "store/layeranalyzer.h"

#include "archive/layertarreader.h"
#include "common/tr.h"
#include "store/imagestore.h"

#include <QCryptographicHash>
#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>
#include <QtEndian>

#include <atomic>
#include <vector>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

namespace {

// One layer's entries in tar order, each with its content hash, as a reader thread lists them.
struct ListedEntry {
    Archive::LayerEntry entry;
    quint64 contentHash = 0;
};
using LayerListing = std::vector<ListedEntry>;

Result<LayerListing> listLayer(const QString &blobPath, const QString &name, const std::function<bool()> &stop)
{
    auto reader = Archive::LayerTarReader::open(blobPath, name);
    if (!reader)
        return std::unexpected(reader.error());
    LayerListing listing;
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (int count = 0;; ++count) {
        if (count % 512 == 0 && stop())
            return fail(ErrorCode::Canceled, Tr::tr("canceled"));
        Result<std::optional<Archive::LayerEntry>> entry = (*reader)->next();
        if (!entry)
            return std::unexpected(entry.error());
        if (!*entry)
            return listing;
        quint64 contentHash = 0;
        if ((*entry)->type == Archive::LayerEntry::Type::File && (*entry)->size > 0) {
            hash.reset();
            Status read = (*reader)->readData([&hash](const char *data, qint64 size) -> Status {
                hash.addData(QByteArrayView(data, size));
                return {};
            });
            if (!read)
                return std::unexpected(read.error());
            contentHash = qFromBigEndian<quint64>(hash.resultView().data());
        }
        listing.push_back({std::move(**entry), contentHash});
    }
}

} // namespace

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

    // The readers stop when the job is canceled or when this function returns early; the pool is
    // declared after what they use, so that its destruction waits for them first.
    std::atomic<bool> abandoned = false;
    const std::function<bool()> stop = [this, &abandoned] { return abandoned.load() || m_control.isCanceled(); };
    QThreadPool readers;
    readers.setMaxThreadCount(qBound(1, QThread::idealThreadCount(), int(qMax<qsizetype>(1, layers.size()))));
    std::vector<QFuture<Result<LayerListing>>> listings;
    listings.reserve(size_t(layers.size()));
    for (const LayerSummary &layer : std::as_const(layers)) {
        const QString blobPath = m_store.content().blobPath(layer.digest);
        const QString name = layer.digest.toString();
        listings.push_back(QtConcurrent::run(&readers, [blobPath, name, &stop] { return listLayer(blobPath, name, stop); }));
    }
    const auto giveUp = [&abandoned](Error error) -> Result<std::shared_ptr<const LayerTree>> {
        abandoned = true;
        return std::unexpected(std::move(error));
    };
    for (int i = 0; i < int(layers.size()); ++i) {
        m_control.report(layers.at(i).digest.toString(), i, layers.size());
        Result<LayerListing> listing = listings[size_t(i)].takeResult();
        if (!listing)
            return giveUp(listing.error());
        if (m_control.isCanceled())
            return giveUp(Error{ErrorCode::Canceled, Tr::tr("canceled"), QString()});
        for (const ListedEntry &listed : std::as_const(*listing))
            tree->addEntry(i, listed.entry, listed.contentHash);
    }
    m_control.report(QString(), layers.size(), layers.size());
    tree->finish();
    return std::shared_ptr<const LayerTree>(std::move(tree));
}

} // namespace Ponton::Store
