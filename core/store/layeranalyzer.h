#pragma once

#include "archive/archivecontrol.h"
#include "common/error.h"
#include "store/layertree.h"

#include <memory>

namespace Ponton::Store {

class ImageStore;

// Reads every layer tar of an image from the store into a LayerTree: each entry's version, whiteouts
// and opaque folders, and a content hash of each regular file (for image diffs). The layers are read
// in parallel (each tar is decompressed and listed on its own thread) and merged into the tree bottom
// first, each as soon as it and the layers below it are read. Runs on a worker thread; checks `control`
// for cancellation between entries and reports one progress step per layer (item = the layer's digest).
class LayerAnalyzer
{
public:
    explicit LayerAnalyzer(const ImageStore &store, Archive::ArchiveControl control = {});

    Result<std::shared_ptr<const LayerTree>> analyze(const QString &nameOrId) const;

private:
    const ImageStore &m_store;
    Archive::ArchiveControl m_control;
};

} // namespace Ponton::Store
