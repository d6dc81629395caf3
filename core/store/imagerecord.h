#pragma once

#include "image/descriptor.h"
#include "image/platform.h"
#include "reference/digest.h"
#include "reference/reference.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Ponton::Store {

// Annotations Ponton puts on the entries of index.json, besides org.opencontainers.image.ref.name
// (the tag, as its familiar string "alpine:curl").
namespace Annotation {
inline const QString Parent = QStringLiteral("io.ponton.image.parent");             // parent image ID
inline const QString Size = QStringLiteral("io.ponton.image.size");                 // uncompressed bytes
inline const QString LayerSizes = QStringLiteral("io.ponton.image.layer-sizes");    // uncompressed, comma-separated
inline const QString RepoDigests = QStringLiteral("io.ponton.image.repo-digests");  // comma-separated
// The multi-platform index the image was chosen from (its blob is kept in the store with the image).
inline const QString Index = QStringLiteral("io.ponton.image.index");
} // namespace Annotation

// One image of the store as index.json, its manifest and its config describe it.
struct ImageRecord {
    Digest id;                    // the config's digest, as Docker's image ID
    Image::Descriptor manifest;   // manifest blob (mediaType, digest, size), without annotations
    QList<Reference> tags;        // full references with a tag, in index order
    QStringList repoDigests;      // "docker.io/library/alpine@sha256:..."
    Digest parent;                // invalid when none
    QDateTime created;            // from the config
    qint64 size = 0;              // uncompressed size of the layers (Docker's SIZE)
    QList<qint64> layerSizes;     // uncompressed size of each layer, bottom first (compressed when unknown)
    QList<Digest> layers;         // layer blob digests, bottom first
    QList<Digest> diffIds;        // from the config, bottom first
    Digest index;                 // the multi-platform index it was chosen from; invalid when none
    Image::Platform platform;     // from the config: os, architecture, variant

    bool isTagged() const { return !tags.isEmpty(); }
};

// What registering an image needs: the manifest blob (already in the content store with its config and
// layers) and what Ponton knows about it.
struct ImageRegistration {
    Image::Descriptor manifest;   // mediaType, digest, size of the manifest blob
    QList<Reference> tags;        // tags to point at it (moved from other images that had them)
    Digest parent;
    QList<qint64> layerSizes;     // uncompressed size of each layer; empty: the layer blob sizes
    QStringList repoDigests;
    Digest index;                 // the index the manifest was chosen from (its blob in the content store)
};

} // namespace Ponton::Store

Q_DECLARE_METATYPE(Ponton::Store::ImageRecord)
