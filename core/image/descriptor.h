#pragma once

#include "common/error.h"
#include "image/platform.h"
#include "reference/digest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ponton::Image {

using Annotations = QMap<QString, QString>;

// An OCI content descriptor: what a manifest or an index says about one blob.
struct Descriptor {
    QString mediaType;
    Digest digest;
    qint64 size = 0;
    QStringList urls;
    Annotations annotations;
    std::optional<Platform> platform;
    QString artifactType;

    // The descriptor of exactly these bytes (digest and size computed over them).
    static Descriptor forData(const QString &mediaType, const QByteArray &bytes);
    // Strict: mediaType a non-empty string, digest valid, size an integer >= 0, urls strings,
    // annotations string values, platform valid. `what` names the object in errors ("layer 2").
    static Result<Descriptor> fromJson(const QJsonValue &value, const QString &what);
    QJsonObject toJson() const;

    // The org.opencontainers.image.ref.name annotation (a tag in an OCI layout), or empty.
    QString refName() const;

    friend bool operator==(const Descriptor &, const Descriptor &) = default;
};

inline const QString RefNameAnnotation = QStringLiteral("org.opencontainers.image.ref.name");

} // namespace Ponton::Image

Q_DECLARE_METATYPE(Ponton::Image::Descriptor)
