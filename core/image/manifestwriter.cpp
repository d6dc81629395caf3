#include "image/manifestwriter.h"

#include "common/tr.h"
#include "image/mediatypes.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Ponton::Image {

namespace {

QString typeOrEmpty(const QString &mediaType)
{
    return mediaType.isEmpty() ? Tr::tr("(none)") : mediaType;
}

Status checkDescriptor(const Descriptor &descriptor, const QString &what)
{
    if (descriptor.mediaType.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("cannot write %1 without a media type").arg(what));
    if (!descriptor.digest.isValid())
        return fail(ErrorCode::InvalidArgument, Tr::tr("cannot write %1 without a digest").arg(what));
    if (descriptor.size < 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("cannot write %1 with a negative size").arg(what),
                    descriptor.digest.toString());
    return {};
}

Status checkDescriptors(const QList<Descriptor> &descriptors, const QString &kind)
{
    for (qsizetype i = 0; i < descriptors.size(); ++i) {
        const Status status = checkDescriptor(descriptors.at(i), u"%1 %2"_s.arg(kind, QString::number(i)));
        if (!status)
            return status;
    }
    return {};
}

} // namespace

QByteArray ManifestWriter::canonicalJson(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, and the compact form has no optional whitespace.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<WrittenBlob> ManifestWriter::write(const Manifest &manifest)
{
    if (!MediaType::isManifest(manifest.mediaType))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("cannot write a manifest of media type %1").arg(typeOrEmpty(manifest.mediaType)));
    if (manifest.schemaVersion != 2)
        return fail(ErrorCode::InvalidArgument, Tr::tr("cannot write a manifest with schemaVersion %1")
                                                    .arg(manifest.schemaVersion));
    if (const Status status = checkDescriptor(manifest.config, u"config"_s); !status)
        return std::unexpected(status.error());
    if (const Status status = checkDescriptors(manifest.layers, u"layer"_s); !status)
        return std::unexpected(status.error());
    WrittenBlob blob;
    blob.bytes = canonicalJson(manifest.toJson());
    blob.descriptor = Descriptor::forData(manifest.mediaType, blob.bytes);
    return blob;
}

Result<WrittenBlob> ManifestWriter::write(const ImageIndex &index)
{
    if (!MediaType::isIndex(index.mediaType))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("cannot write an index of media type %1").arg(typeOrEmpty(index.mediaType)));
    if (index.schemaVersion != 2)
        return fail(ErrorCode::InvalidArgument, Tr::tr("cannot write an index with schemaVersion %1")
                                                    .arg(index.schemaVersion));
    if (const Status status = checkDescriptors(index.manifests, u"manifest"_s); !status)
        return std::unexpected(status.error());
    WrittenBlob blob;
    blob.bytes = canonicalJson(index.toJson());
    blob.descriptor = Descriptor::forData(index.mediaType, blob.bytes);
    return blob;
}

} // namespace Ponton::Image
