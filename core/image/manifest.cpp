#include "image/manifest.h"

#include "common/tr.h"
#include "image/jsonfieldreader.h"
#include "image/jsonoverlay.h"
#include "image/mediatypes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ponton::Image {

namespace {

Status readLayers(JsonFieldReader &reader, const QString &what, Manifest &manifest)
{
    QJsonArray layers;
    if (!reader.readArray(u"layers"_s, layers))
        return reader.status();
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const QString layerName = Tr::tr("%1, layer %2").arg(what, QString::number(i));
        const Result<Descriptor> layer = Descriptor::fromJson(layers.at(i), layerName);
        if (!layer)
            return std::unexpected(layer.error());
        manifest.layers.append(*layer);
    }
    return {};
}

Status readSubject(JsonFieldReader &reader, const QString &what, std::optional<Descriptor> &subject)
{
    QJsonObject object;
    if (!reader.readObject(u"subject"_s, object))
        return reader.status();
    const Result<Descriptor> descriptor = Descriptor::fromJson(object, Tr::tr("%1, subject").arg(what));
    if (!descriptor)
        return std::unexpected(descriptor.error());
    subject = *descriptor;
    return {};
}

} // namespace

Manifest Manifest::oci(const Descriptor &config, const QList<Descriptor> &layers, const Annotations &annotations)
{
    Manifest manifest;
    manifest.mediaType = MediaType::OciManifest;
    manifest.config = config;
    manifest.layers = layers;
    manifest.annotations = annotations;
    return manifest;
}

Manifest Manifest::docker(const Descriptor &config, const QList<Descriptor> &layers)
{
    Manifest manifest;
    manifest.mediaType = MediaType::DockerManifest;
    manifest.config = config;
    manifest.layers = layers;
    return manifest;
}

Result<Manifest> Manifest::fromJson(const QJsonObject &object, const QString &mediaType, const QString &what)
{
    Manifest manifest;
    manifest.mediaType = mediaType;
    JsonFieldReader reader(object, what);
    reader.read(u"schemaVersion"_s, manifest.schemaVersion);
    reader.read(u"annotations"_s, manifest.annotations);
    reader.read(u"artifactType"_s, manifest.artifactType);
    if (!reader.ok())
        return std::unexpected(reader.status().error());
    if (manifest.schemaVersion != 2)
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: unsupported schemaVersion %2 for %3")
                                                    .arg(what, QString::number(manifest.schemaVersion), mediaType));
    if (!object.value(u"config"_s).isObject())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: the manifest has no config").arg(what));
    const Result<Descriptor> config = Descriptor::fromJson(object.value(u"config"_s), Tr::tr("%1, config").arg(what));
    if (!config)
        return std::unexpected(config.error());
    manifest.config = *config;
    if (const Status status = readLayers(reader, what, manifest); !status)
        return std::unexpected(status.error());
    if (const Status status = readSubject(reader, what, manifest.subject); !status)
        return std::unexpected(status.error());
    return manifest;
}

QJsonObject Manifest::toJson() const
{
    QJsonArray layerArray;
    for (const Descriptor &layer : layers)
        layerArray.append(layer.toJson());
    QJsonObject object{
        {u"schemaVersion"_s, schemaVersion},
        {u"config"_s, config.toJson()},
        {u"layers"_s, layerArray},
    };
    JsonOverlay::putString(object, u"mediaType"_s, mediaType);
    JsonOverlay::putStringMap(object, u"annotations"_s, annotations);
    JsonOverlay::putString(object, u"artifactType"_s, artifactType);
    if (subject)
        object.insert(u"subject"_s, subject->toJson());
    return object;
}

Status Manifest::checkImage(const QString &what) const
{
    if (!MediaType::isImageConfig(config.mediaType))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("%1 is not a container image: its config has the media type %2")
                        .arg(what, config.mediaType),
                    config.digest.toString());
    for (const Descriptor &layer : layers) {
        if (!MediaType::isKnownLayer(layer.mediaType))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("%1: unsupported layer media type %2 (layer %3)")
                            .arg(what, layer.mediaType, layer.digest.toString()));
    }
    return {};
}

qint64 Manifest::layersSize() const
{
    qint64 total = 0;
    for (const Descriptor &layer : layers)
        total += layer.size;
    return total;
}

} // namespace Ponton::Image
