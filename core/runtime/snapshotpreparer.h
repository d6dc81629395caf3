#pragma once

#include "common/error.h"
#include "image/descriptor.h"
#include "reference/digest.h"
#include "store/imagerecord.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Ponton::Store { class ImageStore; }

namespace Ponton::Runtime {

class RuntimeClient;

// One layer's state while an image is made ready: Extracting when its blob goes to the helper, Done
// when its snapshot exists (uncompressedSize is the unpacked size; 0 when it existed before and the
// helper did not read it again).
struct SnapshotEvent {
    enum class State { Extracting, Done };
    Digest layer;     // the compressed blob's digest (as pull shows it)
    Digest diffId;
    State state = State::Extracting;
    qint64 uncompressedSize = 0;
    bool existed = false;

    static QString stateName(State state);  // "extracting", "done"
};

// What prepare() made: the snapshots to mount (bottom first) and the layers' uncompressed sizes.
struct PreparedImage {
    QList<Digest> snapshots;
    QList<qint64> layerSizes;
};

// Makes an image's layers ready as helper snapshots: every layer blob of the store is unpacked by its
// diff_id through RuntimeClient::unpack, a few at a time (they are independent directories); existing
// snapshots are skipped. The unpacked sizes are written back to the image's index entry, so `images`
// shows the uncompressed SIZE as Docker does. Blocking: run it on a worker thread. The progress
// callback is called from the worker threads (it must be thread-safe; Job::reportProgress is).
class SnapshotPreparer
{
public:
    using Progress = std::function<void(const SnapshotEvent &event)>;

    SnapshotPreparer(RuntimeClient &client, const Store::ImageStore &store);

    void setParallelism(int threads) { m_threads = qMax(1, threads); }
    void setCanceled(std::function<bool()> canceled) { m_canceled = std::move(canceled); }

    Result<PreparedImage> prepare(const Store::ImageRecord &image, const Progress &progress = {});
    // Unpacks the layer blobs of the store (bottom first, with their diff_ids) whose diff_id `unpacked`
    // does not name (the layers already unpacked, with their sizes). Returns every layer's unpacked size:
    // from `unpacked`, from the helper, or -1 when its snapshot existed and was not read.
    Result<QList<qint64>> unpackLayers(const QList<Image::Descriptor> &layers, const QList<Digest> &diffIds,
                                       const QHash<Digest, qint64> &unpacked, const Progress &progress = {});

private:
    struct LayerJob {
        Digest layer;
        Digest diffId;
        QString mediaType;
    };
    Result<qint64> unpackLayer(const LayerJob &layer, const Progress &progress);
    Status recordSizes(const Store::ImageRecord &image, const QList<qint64> &sizes);

    RuntimeClient &m_client;
    const Store::ImageStore &m_store;
    int m_threads = 3;
    std::function<bool()> m_canceled;
};

} // namespace Ponton::Runtime
