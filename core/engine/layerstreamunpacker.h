#pragma once

#include "common/error.h"
#include "image/descriptor.h"
#include "runtime/snapshotpreparer.h"

#include <QHash>

#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Ponton::Registry { class LayerDownload; }
namespace Ponton::Runtime { class RuntimeClient; }

namespace Ponton {

// Unpacks layers into helper snapshots while they download: for each layer, a worker thread asks the
// helper to unpack a pipe, and a follower thread copies the growing ingest file into that pipe (splice,
// from the page cache, no buffer in memory) as the download reports bytes on disk. The helper checks the
// uncompressed stream against the diff_id and publishes the snapshot only then, so a snapshot made here
// has verified content. When the download restarts, fails or is cancelled, the follower closes the pipe
// early: the helper's unpack fails and leaves nothing; that layer is unpacked from its verified blob
// afterwards (SnapshotPreparer). The helper is asked for at once, on a thread of its own.
class LayerStreamUnpacker
{
public:
    using Helper = std::function<Runtime::RuntimeClient *()>; // nullptr: no helper, nothing is streamed
    using Progress = std::function<void(const Runtime::SnapshotEvent &)>;

    LayerStreamUnpacker(Helper helper, Progress progress);
    ~LayerStreamUnpacker();
    LayerStreamUnpacker(const LayerStreamUnpacker &) = delete;
    LayerStreamUnpacker &operator=(const LayerStreamUnpacker &) = delete;

    // Starts unpacking `layer` from `download`; returns at once (any thread).
    void start(const Image::Descriptor &layer, const Digest &diffId, std::shared_ptr<Registry::LayerDownload> download);
    // Waits for every stream (their downloads must end: the pull's result guarantees it). Returns the
    // layers whose snapshot exists now: diff_id -> unpacked size, -1 when the snapshot existed already.
    QHash<Digest, qint64> finish();

private:
    void unpack(const Image::Descriptor &layer, const Digest &diffId, const std::shared_ptr<Registry::LayerDownload> &download);
    Runtime::RuntimeClient *helper();

    Helper m_helperSource;
    Progress m_progress;
    std::once_flag m_helperAsked;
    Runtime::RuntimeClient *m_helper = nullptr;
    std::mutex m_mutex;
    bool m_finished = false;
    std::vector<std::thread> m_threads;
    QHash<Digest, qint64> m_unpacked;
};

} // namespace Ponton
