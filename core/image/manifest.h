#pragma once

#include "common/error.h"
#include "image/descriptor.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Ponton::Image {

// An image manifest: OCI (application/vnd.oci.image.manifest.v1+json) or Docker schema 2.
// Parse pulled bytes with ManifestParser; write new manifests with ManifestWriter. The digest of a
// manifest is always the digest of the bytes received or written, never of toJson().
struct Manifest {
    int schemaVersion = 2;
    QString mediaType;
    Descriptor config;
    QList<Descriptor> layers;
    Annotations annotations;
    std::optional<Descriptor> subject;
    QString artifactType;

    // A new OCI / Docker schema 2 manifest (media types of config and layers as given).
    static Manifest oci(const Descriptor &config, const QList<Descriptor> &layers, const Annotations &annotations = {});
    static Manifest docker(const Descriptor &config, const QList<Descriptor> &layers);

    // Strict reading of a manifest object whose media type is already known (ManifestParser decides).
    static Result<Manifest> fromJson(const QJsonObject &object, const QString &mediaType, const QString &what);
    QJsonObject toJson() const;

    // A runnable image: the config is an image config, every layer a known layer media type.
    // The error names the first offending media type and its digest.
    Status checkImage(const QString &what) const;
    // Sum of the layers' sizes (compressed, as stored).
    qint64 layersSize() const;

    friend bool operator==(const Manifest &, const Manifest &) = default;
};

} // namespace Ponton::Image

Q_DECLARE_METATYPE(Ponton::Image::Manifest)
