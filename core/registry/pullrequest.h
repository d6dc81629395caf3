#pragma once

#include "common/error.h"
#include "image/descriptor.h"
#include "image/platform.h"
#include "reference/digest.h"
#include "reference/reference.h"
#include "store/imagerecord.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Ponton::Registry {

class LayerDownload;

struct PullRequest {
    Reference reference;              // "alpine" is pulled as docker.io/library/alpine:latest
    std::optional<Image::Platform> platform; // empty: the host's
    // Polled about ten times a second on the network thread; true stops the pull (partial downloads stay
    // resumable). Must be thread-safe (Job::isCanceled is).
    std::function<bool()> isCanceled;
    // Called on the network thread for each layer this pull downloads, once the verified config has
    // named its diff_id (the download may have begun): lets the caller unpack the layer while it arrives.
    // Must return at once. Every download ends (completed or ended) before the pull's result is delivered.
    std::function<void(const Image::Descriptor &layer, const Digest &diffId, std::shared_ptr<LayerDownload> download)>
        onLayerDownload = {};
    // Called on the network thread once the manifest is known, before the pull first reads or writes
    // the store: the caller may still be making a new store's files durable meanwhile. An error ends the
    // pull with it.
    std::function<Status()> prepareStore = {};
    // False: the pull writes every blob but does not register the image; the caller registers
    // PullResult::registration (holding ImageStore::holdForIngest() from before the pull until then).
    bool registerImage = true;
};

struct PullResult {
    Reference reference;      // what was pulled, with its tag (or digest)
    Digest manifestDigest;    // the platform manifest's digest ("Digest: sha256:..." in Docker's output)
    Digest indexDigest;       // the index's, when the reference named an index
    Digest imageId;           // the config's digest
    bool upToDate = false;    // the store already had this manifest under this reference
    QString repoDigest;       // "docker.io/library/alpine@sha256:..."
    QList<Digest> layers;
    QList<Image::Descriptor> layerBlobs; // the manifest's layers
    QList<Digest> diffIds;    // the config's, bottom first, when onLayerDownload was given
    Store::ImageRegistration registration; // what was (or, without PullRequest::registerImage, is to be) registered
};

} // namespace Ponton::Registry

Q_DECLARE_METATYPE(Ponton::Registry::PullResult)
