#pragma once

// The "alpine" of the container tests: Debian's busybox-static as a one-layer image (tests/support's
// BusyboxLayer) registered in a store with a shell as its command, like alpine's.

#include "support/busyboxlayer.h"

#include "image/manifestwriter.h"
#include "image/mediatypes.h"
#include "store/imagestore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ponton::Test {

inline Result<Store::ImageRecord> createBusyboxImage(const Store::ImageStore &store, const QStringList &tags)
{
    using namespace Qt::StringLiterals;
    namespace MT = Image::MediaType;
    if (Status ready = store.initialize(); !ready)
        return std::unexpected(ready.error());
    Result<QByteArray> tar = BusyboxLayer::tar();
    Result<QByteArray> gzip = BusyboxLayer::gzipTar();
    if (!tar || !gzip)
        return std::unexpected(tar ? gzip.error() : tar.error());
    if (Result<Digest> written = store.content().write(*gzip); !written)
        return std::unexpected(written.error());
    const Digest diffId = Digest::ofData(*tar);
    const QJsonObject config{
        {u"architecture"_s, u"amd64"_s},
        {u"os"_s, u"linux"_s},
        {u"created"_s, u"2026-01-01T00:00:00Z"_s},
        {u"config"_s, QJsonObject{{u"Env"_s, QJsonArray{u"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"_s}},
                                  {u"Cmd"_s, QJsonArray{u"/bin/sh"_s}}}},
        {u"rootfs"_s, QJsonObject{{u"type"_s, u"layers"_s}, {u"diff_ids"_s, QJsonArray{diffId.toString()}}}},
        {u"history"_s, QJsonArray{QJsonObject{{u"created"_s, u"2026-01-01T00:00:00Z"_s},
                                              {u"created_by"_s, u"/bin/sh -c #(nop) ADD file:busybox in / "_s}}}}};
    const QByteArray configBytes = Image::ManifestWriter::canonicalJson(config);
    if (Result<Digest> written = store.content().write(configBytes); !written)
        return std::unexpected(written.error());
    Result<Image::WrittenBlob> manifest = Image::ManifestWriter::write(Image::Manifest::oci(
        Image::Descriptor::forData(MT::OciConfig, configBytes), {Image::Descriptor::forData(MT::OciLayerGzip, *gzip)}));
    if (!manifest)
        return std::unexpected(manifest.error());
    if (Result<Digest> written = store.content().write(manifest->bytes); !written)
        return std::unexpected(written.error());
    Store::ImageRegistration registration;
    registration.manifest = manifest->descriptor;
    for (const QString &tag : tags) {
        Result<Reference> reference = Reference::parse(tag);
        if (!reference)
            return std::unexpected(reference.error());
        registration.tags.append(reference->withDefaultTag());
    }
    return store.registerImage(registration);
}

} // namespace Ponton::Test
