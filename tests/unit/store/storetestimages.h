#pragma once

// Images made directly in a store for the store's own tests: uncompressed layers of given bytes
// (the store never looks inside a layer), a config whose diff_ids are the layers' digests, an OCI manifest.
#include "image/imageconfig.h"
#include "image/manifest.h"
#include "image/manifestwriter.h"
#include "image/mediatypes.h"
#include "store/imagestore.h"

#include <QTest>

namespace StoreTestImages {

struct Made {
    Ponton::Digest id;
    Ponton::Image::Descriptor manifest;
    QList<Ponton::Image::Descriptor> layers;
};

inline Made make(const Ponton::Store::ImageStore &store, const QList<QByteArray> &layers,
                 const QStringList &createdBy = {}, const QDateTime &created = QDateTime::currentDateTimeUtc())
{
    using namespace Ponton;
    Made made;
    Image::ImageConfig config;
    config.architecture = QStringLiteral("amd64");
    config.os = QStringLiteral("linux");
    config.created = created;
    for (qsizetype i = 0; i < layers.size(); ++i) {
        Result<Digest> blob = store.content().write(layers.at(i));
        Q_ASSERT(blob);
        made.layers.append(Image::Descriptor::forData(Image::MediaType::OciLayerTar, layers.at(i)));
        config.rootfs.diffIds.append(*blob);
        Image::History entry;
        entry.created = created;
        entry.createdBy = createdBy.value(i, QStringLiteral("/bin/sh -c step %1").arg(i));
        config.history.append(entry);
    }
    const QByteArray configBytes = config.toJson();
    made.id = *store.content().write(configBytes);
    const Image::Descriptor configDescriptor = Image::Descriptor::forData(Image::MediaType::OciConfig, configBytes);
    const Result<Image::WrittenBlob> manifest = Image::ManifestWriter::write(Image::Manifest::oci(configDescriptor, made.layers));
    Q_ASSERT(manifest);
    (void)store.content().write(manifest->bytes);
    made.manifest = manifest->descriptor;
    return made;
}

inline Ponton::Reference ref(const QString &text)
{
    return Ponton::Reference::parse(text)->withDefaultTag();
}

inline Ponton::Store::ImageRecord registered(const Ponton::Store::ImageStore &store, const Made &made,
                                             const QStringList &tags, const Ponton::Digest &parent = {})
{
    Ponton::Store::ImageRegistration registration;
    registration.manifest = made.manifest;
    for (const QString &tag : tags)
        registration.tags.append(ref(tag));
    registration.parent = parent;
    auto record = store.registerImage(registration);
    if (!record)
        qFatal("registerImage failed: %s", qPrintable(record.error().toString()));
    return *record;
}

} // namespace StoreTestImages
