#pragma once

#include "common/error.h"
#include "reference/digest.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Ponton::Test {

// A small OCI image made in memory for the registry tests: each layer a gzip tar of one file of
// pseudo-random (incompressible) bytes, an OCI config with the layers' diff_ids, an OCI manifest.
// writeLayout() puts images in an OCI image layout that skopeo can push.
class RegistryTestImage
{
public:
    struct Blob {
        QByteArray bytes;
        Digest digest;
    };

    // `layerSizes`: bytes of the file in each layer; `seed` makes different images differ.
    static Result<RegistryTestImage> make(const QList<qint64> &layerSizes, const QString &architecture = QStringLiteral("amd64"),
                                          quint32 seed = 1);

    const QList<Blob> &layers() const { return m_layers; }
    const QList<Digest> &diffIds() const { return m_diffIds; }
    const Blob &config() const { return m_config; }
    const Blob &manifest() const { return m_manifest; }
    QString architecture() const { return m_architecture; }

    // DIR/oci-layout, DIR/index.json (one entry tagged `tag`), DIR/blobs/sha256/*. With several images,
    // the tagged entry is an OCI index of them (a multi-arch image); its digest is returned.
    static Result<Digest> writeLayout(const QString &dir, const QString &tag, const QList<RegistryTestImage> &images);
    // The OCI index writeLayout makes for several images.
    static Blob indexOf(const QList<RegistryTestImage> &images);

private:
    QList<Blob> m_layers;
    QList<Digest> m_diffIds;
    Blob m_config;
    Blob m_manifest;
    QString m_architecture;
};

} // namespace Ponton::Test
