#pragma once

#include "common/error.h"
#include "image/containerconfig.h"
#include "image/history.h"
#include "image/platform.h"
#include "image/rootfs.h"
#include "image/timestamp.h"
#include "reference/digest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Ponton::Image {

// A history entry and the layer it made (none for empty_layer entries).
struct LayerHistory {
    History history;
    std::optional<int> layerIndex; // index into rootfs.diffIds
    std::optional<Digest> diffId;
};

// An image config (OCI application/vnd.oci.image.config.v1+json, Docker
// application/vnd.docker.container.image.v1+json) with every field Docker uses.
// The image ID is the digest of the config's exact bytes. Unknown fields of a parsed config are kept
// in `source` and written back by toJson(), so a config Ponton derives (commit, build) keeps what it
// came from; toJson() is canonical (compact, sorted keys): the same model gives the same bytes.
struct ImageConfig {
    QString architecture;
    QString os;
    QString variant;
    QString osVersion;
    QStringList osFeatures;
    Timestamp created;
    QString author;
    ContainerConfig config;
    RootFs rootfs;
    QList<History> history;

    QJsonObject source;

    static constexpr qsizetype MaxBytes = 4 * 1024 * 1024;

    // Refuses more than MaxBytes, non-JSON, wrong field types, rootfs.type other than "layers",
    // invalid diff_ids. `what` names the config in errors (its digest, usually).
    static Result<ImageConfig> parse(const QByteArray &bytes, const QString &what);
    static Result<ImageConfig> fromJson(const QJsonObject &object, const QString &what);
    QJsonObject toJsonObject() const;
    // Canonical compact bytes.
    QByteArray toJson() const;

    Platform platform() const;

    // Every history entry, with the layer of the non-empty ones. InvalidArgument when the
    // non-empty entries and the diff_ids do not pair up one to one. No history at all: one
    // entry without details per layer.
    Result<QList<LayerHistory>> layerHistory() const;
    // Only the entries that made a layer: exactly one per diff_id, in order.
    Result<QList<LayerHistory>> nonEmptyLayerHistory() const;

    bool operator==(const ImageConfig &other) const;
};

} // namespace Ponton::Image

Q_DECLARE_METATYPE(Ponton::Image::ImageConfig)
