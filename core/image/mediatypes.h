#pragma once

#include <QString>
#include <QStringView>

// Media types of the OCI image spec and of Docker's image manifest v2 schema 2, and the tests on them
// that the parser, the store and the registry client share.
namespace Ponton::Image::MediaType {

// OCI image spec.
inline const QString OciManifest = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
inline const QString OciIndex = QStringLiteral("application/vnd.oci.image.index.v1+json");
inline const QString OciConfig = QStringLiteral("application/vnd.oci.image.config.v1+json");
inline const QString OciLayerTar = QStringLiteral("application/vnd.oci.image.layer.v1.tar");
inline const QString OciLayerGzip = QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip");
inline const QString OciLayerZstd = QStringLiteral("application/vnd.oci.image.layer.v1.tar+zstd");
// Deprecated by the spec, still found in Windows images.
inline const QString OciLayerNondistributableTar =
    QStringLiteral("application/vnd.oci.image.layer.nondistributable.v1.tar");
inline const QString OciLayerNondistributableGzip =
    QStringLiteral("application/vnd.oci.image.layer.nondistributable.v1.tar+gzip");
inline const QString OciLayerNondistributableZstd =
    QStringLiteral("application/vnd.oci.image.layer.nondistributable.v1.tar+zstd");
inline const QString OciEmpty = QStringLiteral("application/vnd.oci.empty.v1+json");

// Docker image manifest v2, schema 2.
inline const QString DockerManifest = QStringLiteral("application/vnd.docker.distribution.manifest.v2+json");
inline const QString DockerManifestList = QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
inline const QString DockerConfig = QStringLiteral("application/vnd.docker.container.image.v1+json");
inline const QString DockerLayerGzip = QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.gzip");
inline const QString DockerLayerTar = QStringLiteral("application/vnd.docker.image.rootfs.diff.tar");
inline const QString DockerLayerZstd = QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.zstd");
inline const QString DockerForeignLayerGzip =
    QStringLiteral("application/vnd.docker.image.rootfs.foreign.diff.tar.gzip");
inline const QString DockerForeignLayerTar = QStringLiteral("application/vnd.docker.image.rootfs.foreign.diff.tar");

// Docker schema 1: recognised only to be refused with a clear message.
inline const QString DockerSchema1 = QStringLiteral("application/vnd.docker.distribution.manifest.v1+json");
inline const QString DockerSchema1Signed = QStringLiteral("application/vnd.docker.distribution.manifest.v1+prettyjws");

enum class Compression { None, Gzip, Zstd, Unknown };

// The media type without parameters (";charset=utf-8"), trimmed and in lower case: what an HTTP
// Content-Type header carries, ready to compare with the constants above.
QString essence(QStringView mediaType);

// An image manifest: OCI or Docker schema 2 (not schema 1).
bool isManifest(QStringView mediaType);
// An OCI index or a Docker manifest list.
bool isIndex(QStringView mediaType);
bool isSchema1(QStringView mediaType);
// The config of a runnable image (OCI or Docker).
bool isImageConfig(QStringView mediaType);
// Anything that claims to be a layer (the OCI or Docker layer prefixes), known or not,
// e.g. "application/vnd.oci.image.layer.v1.tar+encrypted".
bool isLayer(QStringView mediaType);
// A layer Ponton can unpack: one of the constants above.
bool isKnownLayer(QStringView mediaType);
// Foreign or non-distributable layers: fetched from their urls, never with the registry's credentials.
bool isForeignLayer(QStringView mediaType);
// The compression of a known layer; Unknown for anything else.
Compression layerCompression(QStringView mediaType);

} // namespace Ponton::Image::MediaType
