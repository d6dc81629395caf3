#pragma once

#include "common/error.h"
#include "image/descriptor.h"
#include "image/imageindex.h"
#include "image/manifest.h"

#include <QByteArray>

namespace Ponton::Image {

// Bytes written, and the descriptor of exactly those bytes.
struct WrittenBlob {
    QByteArray bytes;
    Descriptor descriptor;
};

// Writes new manifests and indexes as canonical JSON: compact, keys in a stable (sorted) order, so that
// the same model always gives the same bytes and the same digest.
class ManifestWriter
{
public:
    // Refuses what would not parse back: a media type that is not a manifest (or an index), invalid
    // digests, negative sizes.
    static Result<WrittenBlob> write(const Manifest &manifest);
    static Result<WrittenBlob> write(const ImageIndex &index);
    // Compact canonical bytes of any JSON object (also used for configs).
    static QByteArray canonicalJson(const QJsonObject &object);
};

} // namespace Ponton::Image
