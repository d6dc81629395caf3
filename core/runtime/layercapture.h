#pragma once

#include "common/error.h"
#include "image/descriptor.h"
#include "reference/digest.h"

#include <QString>

#include <functional>
#include <optional>

namespace Ponton::Store { class ImageStore; }

namespace Ponton::Runtime {

class RuntimeClient;

// A container's changes captured as a layer: the gzip blob now in the store and the snapshot the
// helper adopted for its diff_id.
struct CapturedLayer {
    Image::Descriptor layer;     // application/vnd.oci.image.layer.v1.tar+gzip, digest and size of the blob
    Digest diffId;               // of the uncompressed tar
    qint64 uncompressedSize = 0;
};

// Captures the upper dir of a paused or stopped container (or of a running one, live) as a new layer: the
// helper streams it as a tar (RuntimeClient::diff) through a pipe into the fast gzip compressor and a store
// blob writer (hashed on the way, fsynced, renamed), then the helper adopts the upper dir as the snapshot
// of that diff_id, so the layer is never unpacked again. The caller holds the store's ingest lock until it has registered an
// image using the blob (ImageStore::holdForIngest), or garbage collection may take it. Blocking.
class LayerCapture
{
public:
    LayerCapture(RuntimeClient &client, const Store::ImageStore &store);

    void setCanceled(std::function<bool()> canceled) { m_canceled = std::move(canceled); }
    // SOURCE_DATE_EPOCH: file times after it are clamped to it in the layer (see RuntimeClient::diff).
    void setMtimeClamp(std::optional<qint64> clamp) { m_mtimeClamp = clamp; }
    // A running container read without freezing it (commit --pause=false): see RuntimeClient::diff.
    void setLive(bool live) { m_live = live; }
    Result<CapturedLayer> capture(const QString &containerId);

private:
    RuntimeClient &m_client;
    const Store::ImageStore &m_store;
    std::function<bool()> m_canceled;
    std::optional<qint64> m_mtimeClamp;
    bool m_live = false;
};

} // namespace Ponton::Runtime
