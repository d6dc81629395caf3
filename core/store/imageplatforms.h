#pragma once

#include "common/error.h"
#include "image/platform.h"
#include "store/imagerecord.h"

#include <QList>
#include <QMetaType>

#include <optional>

namespace Ponton::Store {

class ImageStore;

// One platform of the multi-platform index an image was pulled from, and whether the store has it.
struct PlatformChoice {
    Image::Platform platform;
    Digest manifest;                     // the platform's manifest in the index
    std::optional<ImageRecord> image;    // the store's image with that manifest, when it has one
    QString pullReference;               // what `ponton pull` takes to get it: "repo@sha256:…"; empty when unknown
    bool current = false;                // the platform of the image asked about
};

// The platforms an image could be seen as: the entries of the index recorded with it (pull and load keep
// the index blob and name it in the image's index.json entry), each with the store's image of that
// platform when it was pulled too. Empty for an image that did not come from an index.
class ImagePlatforms
{
public:
    explicit ImagePlatforms(const ImageStore &store);

    Result<QList<PlatformChoice>> list(const QString &nameOrId) const;

private:
    const ImageStore &m_store;
};

} // namespace Ponton::Store

Q_DECLARE_METATYPE(Ponton::Store::PlatformChoice)
