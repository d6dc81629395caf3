#include "runtime/snapshotpreparer.h"

#include "common/tr.h"
#include "runtime/filedescriptor.h"
#include "runtime/runtimeclient.h"
#include "store/imagestore.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <fcntl.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Ponton::Runtime {

QString SnapshotEvent::stateName(State state)
{
    return state == State::Extracting ? u"extracting"_s : u"done"_s;
}

SnapshotPreparer::SnapshotPreparer(RuntimeClient &client, const Store::ImageStore &store)
    : m_client(client), m_store(store)
{
}

Result<qint64> SnapshotPreparer::unpackLayer(const LayerJob &layer, const Progress &progress)
{
    if (progress)
        progress({layer.layer, layer.diffId, SnapshotEvent::State::Extracting, 0, false});
    const QString path = m_store.content().blobPath(layer.layer);
    FileDescriptor blob(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    if (!blob.isValid())
        return fail(ErrorCode::NotFound, Tr::tr("layer %1 is missing from the store").arg(layer.layer.toString()),
                    u"open %1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    Result<UnpackResult> unpacked = m_client.unpack(layer.diffId, blob.get(), layer.mediaType);
    if (!unpacked) {
        Error error = unpacked.error();
        return std::unexpected(std::move(error).withContext(u"unpack layer %1"_s.arg(layer.layer.toString())));
    }
    if (progress)
        progress({layer.layer, layer.diffId, SnapshotEvent::State::Done, unpacked->uncompressedSize, unpacked->existed});
    return unpacked->existed ? qint64(-1) : unpacked->uncompressedSize;
}

Result<PreparedImage> SnapshotPreparer::prepare(const Store::ImageRecord &image, const Progress &progress)
{
    Result<Image::Manifest> manifest = m_store.manifest(image);
    if (!manifest)
        return std::unexpected(manifest.error());
    if (manifest->layers.size() != image.diffIds.size())
        return fail(ErrorCode::InvalidArgument, Tr::tr("image %1: %2 layers but %3 diff_ids in its config")
                                                    .arg(image.id.shortId()).arg(manifest->layers.size()).arg(image.diffIds.size()));
    Result<QList<qint64>> sizes = unpackLayers(manifest->layers, image.diffIds, {}, progress);
    if (!sizes)
        return std::unexpected(sizes.error());

    PreparedImage prepared;
    prepared.snapshots = image.diffIds;
    bool changed = false;
    for (qsizetype i = 0; i < sizes->size(); ++i) {
        const qint64 known = i < image.layerSizes.size() ? image.layerSizes.at(i) : 0;
        const qint64 unpacked = sizes->at(i);
        prepared.layerSizes.append(unpacked >= 0 ? unpacked : known);
        changed = changed || (unpacked >= 0 && unpacked != known);
    }
    if (changed) {
        if (Status recorded = recordSizes(image, prepared.layerSizes); !recorded)
            return std::unexpected(recorded.error());
    }
    return prepared;
}

Result<QList<qint64>> SnapshotPreparer::unpackLayers(const QList<Image::Descriptor> &descriptors, const QList<Digest> &diffIds,
                                                     const QHash<Digest, qint64> &unpacked, const Progress &progress)
{
    if (descriptors.size() != diffIds.size())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1 layers but %2 diff_ids in the image config")
                                                    .arg(descriptors.size()).arg(diffIds.size()));
    QList<LayerJob> layers;
    for (qsizetype i = 0; i < descriptors.size(); ++i)
        layers.append({descriptors.at(i).digest, diffIds.at(i), descriptors.at(i).mediaType});

    std::vector<std::optional<qint64>> sizes(layers.size());
    std::atomic<qsizetype> next{0};
    std::atomic<bool> stop{false};
    QMutex errorLock;
    std::optional<Error> firstError;
    auto worker = [&] {
        for (qsizetype i = next++; i < layers.size() && !stop.load(); i = next++) {
            if (const auto known = unpacked.constFind(layers.at(i).diffId); known != unpacked.cend()) {
                sizes[size_t(i)] = *known;
                continue;
            }
            if (m_canceled && m_canceled()) {
                QMutexLocker lock(&errorLock);
                if (!firstError)
                    firstError = Error{ErrorCode::Canceled, Tr::tr("canceled"), {}};
                stop = true;
                return;
            }
            Result<qint64> size = unpackLayer(layers.at(i), progress);
            if (!size) {
                QMutexLocker lock(&errorLock);
                if (!firstError)
                    firstError = size.error();
                stop = true;
                return;
            }
            sizes[size_t(i)] = *size;
        }
    };
    qsizetype missing = 0;
    for (const LayerJob &layer : std::as_const(layers))
        missing += unpacked.contains(layer.diffId) ? 0 : 1;
    const int threads = int(qMin<qsizetype>(m_threads, qMax<qsizetype>(1, missing)));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &thread : pool)
        thread.join();
    if (firstError)
        return std::unexpected(*firstError);
    QList<qint64> result;
    for (const std::optional<qint64> &size : sizes)
        result.append(size.value_or(-1));
    return result;
}

Status SnapshotPreparer::recordSizes(const Store::ImageRecord &image, const QList<qint64> &sizes)
{
    Store::ImageRegistration registration;
    registration.manifest = image.manifest;
    registration.parent = image.parent;
    registration.layerSizes = sizes;
    Result<Store::ImageRecord> updated = m_store.registerImage(registration);
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

} // namespace Ponton::Runtime
