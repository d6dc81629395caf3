#pragma once

// Types of the engine's layer operations (engine/layeroperations.cpp): the analysed file tree of an
// image's layers, files read out of a layer, and the differences between two images.
#include "store/imagediff.h"
#include "store/layerfilereader.h"
#include "store/layertree.h"

#include <memory>

namespace Ponton {

// The value of Engine::analyzeLayers(): shared, read-only, safe to read from any thread.
using LayerAnalysis = std::shared_ptr<const Store::LayerTree>;

} // namespace Ponton
