#pragma once

#include "common/error.h"
#include "image/descriptor.h"
#include "image/imageindex.h"
#include "image/manifest.h"

#include <QByteArray>
#include <QString>

namespace Ponton::Image {

// What a manifest blob turned out to be.
struct ParsedManifest {
    enum class Kind { Manifest, Index };
    Kind kind = Kind::Manifest;
    // mediaType (the effective one), digest and size of exactly the bytes parsed.
    Descriptor descriptor;
    Manifest manifest; // when kind == Manifest
    ImageIndex index;  // when kind == Index

    bool isIndex() const { return kind == Kind::Index; }
};

// Decides what manifest bytes are and parses them, as strictly as containerd:
// - more than MaxBytes → refused; bytes that are not a JSON object → refused;
// - the declared media type (an HTTP Content-Type, may be empty or generic like application/json)
//   and the body's "mediaType" must agree; without either, the shape decides (OCI allows it);
// - schema 1, unknown media types, a manifest that is really an index (or the reverse) → refused.
// Every error names the media type and `what` (a digest, a reference: what was being parsed).
class ManifestParser
{
public:
    static constexpr qsizetype MaxBytes = 4 * 1024 * 1024;

    static Result<ParsedManifest> parse(const QByteArray &bytes, const QString &declaredMediaType, const QString &what);
    // When the caller expects one kind: the same checks, then an error if it is the other kind.
    static Result<Manifest> parseManifest(const QByteArray &bytes, const QString &declaredMediaType,
                                          const QString &what);
    static Result<ImageIndex> parseIndex(const QByteArray &bytes, const QString &declaredMediaType,
                                         const QString &what);
};

} // namespace Ponton::Image
