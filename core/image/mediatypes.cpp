#include "image/mediatypes.h"

using namespace Qt::StringLiterals;

namespace Ponton::Image::MediaType {

namespace {

bool isOneOf(QStringView mediaType, std::initializer_list<const QString *> candidates)
{
    for (const QString *candidate : candidates) {
        if (mediaType == *candidate)
            return true;
    }
    return false;
}

} // namespace

QString essence(QStringView mediaType)
{
    const qsizetype semicolon = mediaType.indexOf(u';');
    const QStringView type = semicolon < 0 ? mediaType : mediaType.left(semicolon);
    return type.trimmed().toString().toLower();
}

bool isManifest(QStringView mediaType)
{
    return isOneOf(mediaType, {&OciManifest, &DockerManifest});
}

bool isIndex(QStringView mediaType)
{
    return isOneOf(mediaType, {&OciIndex, &DockerManifestList});
}

bool isSchema1(QStringView mediaType)
{
    return isOneOf(mediaType, {&DockerSchema1, &DockerSchema1Signed});
}

bool isImageConfig(QStringView mediaType)
{
    return isOneOf(mediaType, {&OciConfig, &DockerConfig});
}

bool isLayer(QStringView mediaType)
{
    return mediaType.startsWith(u"application/vnd.oci.image.layer.")
        || mediaType.startsWith(u"application/vnd.docker.image.rootfs.");
}

bool isKnownLayer(QStringView mediaType)
{
    return layerCompression(mediaType) != Compression::Unknown;
}

bool isForeignLayer(QStringView mediaType)
{
    return isOneOf(mediaType, {&DockerForeignLayerGzip, &DockerForeignLayerTar, &OciLayerNondistributableTar,
                               &OciLayerNondistributableGzip, &OciLayerNondistributableZstd});
}

Compression layerCompression(QStringView mediaType)
{
    if (isOneOf(mediaType, {&OciLayerTar, &OciLayerNondistributableTar, &DockerLayerTar, &DockerForeignLayerTar}))
        return Compression::None;
    if (isOneOf(mediaType, {&OciLayerGzip, &OciLayerNondistributableGzip, &DockerLayerGzip, &DockerForeignLayerGzip}))
        return Compression::Gzip;
    if (isOneOf(mediaType, {&OciLayerZstd, &OciLayerNondistributableZstd, &DockerLayerZstd}))
        return Compression::Zstd;
    return Compression::Unknown;
}

} // namespace Ponton::Image::MediaType
