#pragma once

#include "common/error.h"
#include "image/descriptor.h"
#include "image/platform.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Ponton::Image {

// An OCI image index or a Docker manifest list; also the index.json of an OCI image layout.
struct ImageIndex {
    int schemaVersion = 2;
    QString mediaType;
    QList<Descriptor> manifests;
    Annotations annotations;
    std::optional<Descriptor> subject;
    QString artifactType;

    static ImageIndex oci(const QList<Descriptor> &manifests, const Annotations &annotations = {});
    static ImageIndex dockerList(const QList<Descriptor> &manifests);

    static Result<ImageIndex> fromJson(const QJsonObject &object, const QString &mediaType, const QString &what);
    QJsonObject toJson() const;

    // The manifest (or nested index) that runs best on `wanted` (Platform::matchRank); among equals the
    // first. Entries without a platform are the last resort; attestation manifests are never chosen.
    // NotFound when nothing fits, naming `wanted` and listing the platforms the index offers.
    Result<Descriptor> select(const Platform &wanted) const;
    // The platforms of the entries, as toString() ("linux/amd64", "linux/arm/v7"), in index order.
    QStringList platforms() const;

    friend bool operator==(const ImageIndex &, const ImageIndex &) = default;
};

} // namespace Ponton::Image

Q_DECLARE_METATYPE(Ponton::Image::ImageIndex)
