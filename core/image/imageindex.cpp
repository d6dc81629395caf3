#include "image/imageindex.h"

#include "common/tr.h"
#include "image/jsonfieldreader.h"
#include "image/jsonoverlay.h"
#include "image/mediatypes.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace Ponton::Image {

namespace {

const QString ReferenceTypeAnnotation = u"vnd.docker.reference.type"_s;

Status readManifests(JsonFieldReader &reader, const QString &what, ImageIndex &index)
{
    QJsonArray manifests;
    if (!reader.readArray(u"manifests"_s, manifests)) {
        if (!reader.ok())
            return reader.status();
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: the index has no manifests array").arg(what));
    }
    for (qsizetype i = 0; i < manifests.size(); ++i) {
        const QString entryName = Tr::tr("%1, manifest %2").arg(what, QString::number(i));
        const Result<Descriptor> entry = Descriptor::fromJson(manifests.at(i), entryName);
        if (!entry)
            return std::unexpected(entry.error());
        index.manifests.append(*entry);
    }
    return {};
}

bool isSelectable(const Descriptor &entry)
{
    if (entry.annotations.value(ReferenceTypeAnnotation) == u"attestation-manifest")
        return false;
    return MediaType::isManifest(entry.mediaType) || MediaType::isIndex(entry.mediaType);
}

// Lower is better; nullopt when the entry cannot run on `wanted`.
std::optional<int> rankOf(const Descriptor &entry, const Platform &wanted)
{
    if (!isSelectable(entry))
        return std::nullopt;
    if (!entry.platform)
        return std::numeric_limits<int>::max();
    return wanted.matchRank(*entry.platform);
}

} // namespace

ImageIndex ImageIndex::oci(const QList<Descriptor> &manifests, const Annotations &annotations)
{
    ImageIndex index;
    index.mediaType = MediaType::OciIndex;
    index.manifests = manifests;
    index.annotations = annotations;
    return index;
}

ImageIndex ImageIndex::dockerList(const QList<Descriptor> &manifests)
{
    ImageIndex index;
    index.mediaType = MediaType::DockerManifestList;
    index.manifests = manifests;
    return index;
}

Result<ImageIndex> ImageIndex::fromJson(const QJsonObject &object, const QString &mediaType, const QString &what)
{
    ImageIndex index;
    index.mediaType = mediaType;
    JsonFieldReader reader(object, what);
    reader.read(u"schemaVersion"_s, index.schemaVersion);
    reader.read(u"annotations"_s, index.annotations);
    reader.read(u"artifactType"_s, index.artifactType);
    if (!reader.ok())
        return std::unexpected(reader.status().error());
    if (index.schemaVersion != 2)
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: unsupported schemaVersion %2 for %3")
                                                    .arg(what, QString::number(index.schemaVersion), mediaType));
    if (const Status status = readManifests(reader, what, index); !status)
        return std::unexpected(status.error());
    QJsonObject subject;
    if (reader.readObject(u"subject"_s, subject)) {
        const Result<Descriptor> descriptor = Descriptor::fromJson(subject, Tr::tr("%1, subject").arg(what));
        if (!descriptor)
            return std::unexpected(descriptor.error());
        index.subject = *descriptor;
    }
    if (!reader.ok())
        return std::unexpected(reader.status().error());
    return index;
}

QJsonObject ImageIndex::toJson() const
{
    QJsonArray entries;
    for (const Descriptor &entry : manifests)
        entries.append(entry.toJson());
    QJsonObject object{{u"schemaVersion"_s, schemaVersion}, {u"manifests"_s, entries}};
    JsonOverlay::putString(object, u"mediaType"_s, mediaType);
    JsonOverlay::putStringMap(object, u"annotations"_s, annotations);
    JsonOverlay::putString(object, u"artifactType"_s, artifactType);
    if (subject)
        object.insert(u"subject"_s, subject->toJson());
    return object;
}

Result<Descriptor> ImageIndex::select(const Platform &wanted) const
{
    const Descriptor *best = nullptr;
    int bestRank = 0;
    for (const Descriptor &entry : manifests) {
        const std::optional<int> rank = rankOf(entry, wanted);
        if (rank && (!best || *rank < bestRank)) {
            best = &entry;
            bestRank = *rank;
        }
    }
    if (best)
        return *best;
    const QStringList offered = platforms();
    return fail(ErrorCode::NotFound,
                Tr::tr("no image for the platform %1 in this index; it has: %2")
                    .arg(wanted.toString(), offered.isEmpty() ? Tr::tr("no platform") : offered.join(u", ")));
}

QStringList ImageIndex::platforms() const
{
    QStringList list;
    for (const Descriptor &entry : manifests) {
        if (entry.platform && isSelectable(entry))
            list.append(entry.platform->toString());
    }
    return list;
}

} // namespace Ponton::Image
