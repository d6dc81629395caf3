#include "store/imagestore.h"

#include "store/indexedit.h"

#include "common/atomicfile.h"
#include "common/tr.h"
#include "image/imageindex.h"
#include "image/manifestparser.h"
#include "image/manifestwriter.h"
#include "image/mediatypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

namespace {

const QString OciLayoutContent = u"{\"imageLayoutVersion\":\"1.0.0\"}"_s;

bool isHexPrefix(QStringView text)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{1,64}$"_s);
    return pattern.match(text).hasMatch();
}

// The tag an index entry carries, normalised; invalid when the entry is untagged.
Reference entryTag(const Image::Descriptor &entry)
{
    const QString name = entry.refName();
    if (name.isEmpty())
        return {};
    Result<Reference> parsed = Reference::parse(name);
    return parsed ? parsed->withDefaultTag() : Reference();
}

// Sizes from the entry's annotations; the layer blob sizes when they are missing or do not fit.
void applySizes(ImageRecord &record, const Image::Descriptor &entry)
{
    bool ok = false;
    const qint64 total = entry.annotations.value(Annotation::Size).toLongLong(&ok);
    if (ok)
        record.size = total;
    QList<qint64> sizes;
    for (const QString &text : entry.annotations.value(Annotation::LayerSizes).split(u',', Qt::SkipEmptyParts))
        sizes.append(text.toLongLong());
    if (sizes.size() == record.layerSizes.size())
        record.layerSizes = sizes;
}

Image::Descriptor untaggedCopy(Image::Descriptor entry)
{
    entry.annotations.remove(Image::RefNameAnnotation);
    return entry;
}

} // namespace

ImageStore::ImageStore(const QString &root) : m_content(root) {}

Status ImageStore::initialize() const
{
    const QString base = root();
    for (const QString &dir : QStringList{base, base + u"/blobs/sha256"_s, base + u"/ingest"_s}) {
        if (Status made = AtomicFile::makePath(dir); !made)
            return made;
    }
    if (!QFileInfo::exists(base + u"/oci-layout"_s)) {
        if (Status written = AtomicFile::write(base + u"/oci-layout"_s, OciLayoutContent.toUtf8()); !written)
            return written;
    }
    if (QFileInfo::exists(base + u"/index.json"_s))
        return {};
    Result<FileLock> lock = FileLock::acquire(base + u"/index.lock"_s, FileLock::Mode::Exclusive);
    if (!lock)
        return std::unexpected(lock.error());
    if (QFileInfo::exists(base + u"/index.json"_s))
        return {};
    return writeIndex({});
}

Result<FileLock> ImageStore::holdForIngest() const
{
    if (Status ready = initialize(); !ready)
        return std::unexpected(ready.error());
    return FileLock::acquire(root() + u"/gc.lock"_s, FileLock::Mode::Shared);
}

Result<QList<Image::Descriptor>> ImageStore::readIndex() const
{
    QFile file(root() + u"/index.json"_s);
    if (!file.exists())
        return QList<Image::Descriptor>();
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, Tr::tr("cannot read %1").arg(file.fileName()), file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return fail(ErrorCode::Internal, Tr::tr("the store's index.json is not a JSON object"), parseError.errorString());
    Result<Image::ImageIndex> index = Image::ImageIndex::fromJson(document.object(), Image::MediaType::OciIndex, u"index.json"_s);
    if (!index)
        return std::unexpected(index.error());
    return index->manifests;
}

Status ImageStore::writeIndex(const QList<Image::Descriptor> &entries) const
{
    const Image::ImageIndex index = Image::ImageIndex::oci(entries);
    return AtomicFile::write(root() + u"/index.json"_s, Image::ManifestWriter::canonicalJson(index.toJson()));
}

Status ImageStore::mutateIndex(const std::function<Status(QList<Image::Descriptor> &entries)> &change) const
{
    if (Status ready = initialize(); !ready)
        return ready;
    Result<FileLock> lock = FileLock::acquire(root() + u"/index.lock"_s, FileLock::Mode::Exclusive);
    if (!lock)
        return std::unexpected(lock.error());
    Result<QList<Image::Descriptor>> entries = readIndex();
    if (!entries)
        return std::unexpected(entries.error());
    if (Status changed = change(*entries); !changed)
        return changed;
    return writeIndex(*entries);
}

Result<ImageRecord> ImageStore::recordFor(const Image::Descriptor &entry) const
{
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto cached = m_cache.constFind(entry.digest);
        if (cached != m_cache.constEnd()) {
            ImageRecord record;
            record.id = cached->id;
            record.created = cached->created;
            record.layers = cached->layers;
            record.layerSizes = cached->layerSizes;
            record.diffIds = cached->diffIds;
            record.size = cached->layersSize;
            record.platform = cached->platform;
            return record;
        }
    }
    const QString what = entry.digest.toString();
    Result<QByteArray> bytes = m_content.read(entry.digest);
    if (!bytes)
        return std::unexpected(bytes.error());
    Result<Image::Manifest> manifest = Image::ManifestParser::parseManifest(*bytes, entry.mediaType, what);
    if (!manifest)
        return std::unexpected(manifest.error());
    Result<QByteArray> configBytes = m_content.read(manifest->config.digest);
    if (!configBytes)
        return std::unexpected(configBytes.error());
    Result<Image::ImageConfig> config = Image::ImageConfig::parse(*configBytes, manifest->config.digest.toString());
    if (!config)
        return std::unexpected(config.error());
    CachedImage cached{manifest->config.digest, config->created.toDateTime(), {}, {}, config->rootfs.diffIds, manifest->layersSize(),
                       Image::Platform{config->os, config->architecture, config->variant, config->osVersion, {}}};
    for (const Image::Descriptor &layer : manifest->layers) {
        cached.layers.append(layer.digest);
        cached.layerSizes.append(layer.size);
    }
    {
        QMutexLocker lock(&m_cacheMutex);
        m_cache.insert(entry.digest, cached);
    }
    return recordFor(entry);
}

QList<ImageRecord> ImageStore::groupEntries(const QList<Image::Descriptor> &entries, QList<Error> *problems) const
{
    QList<ImageRecord> records;
    QHash<Digest, qsizetype> positions; // manifest digest -> index in records
    for (const Image::Descriptor &entry : entries) {
        auto known = positions.constFind(entry.digest);
        if (known == positions.constEnd()) {
            Result<ImageRecord> record = recordFor(entry);
            if (!record) {
                if (problems)
                    problems->append(record.error());
                continue;
            }
            record->manifest = untaggedCopy(entry);
            record->manifest.annotations.clear();
            record->parent = Digest::parse(entry.annotations.value(Annotation::Parent)).value_or(Digest());
            applySizes(*record, entry);
            const QString repoDigests = entry.annotations.value(Annotation::RepoDigests);
            record->repoDigests = repoDigests.isEmpty() ? QStringList() : repoDigests.split(u',');
            record->index = Digest::parse(entry.annotations.value(Annotation::Index)).value_or(Digest());
            known = positions.insert(entry.digest, records.size());
            records.append(*record);
        }
        const Reference tag = entryTag(entry);
        if (tag.isValid())
            records[*known].tags.append(tag);
    }
    return records;
}

Result<QList<ImageRecord>> ImageStore::images() const
{
    Result<QList<Image::Descriptor>> entries = readIndex();
    if (!entries)
        return std::unexpected(entries.error());
    return groupEntries(*entries, nullptr);
}

Result<ImageRecord> ImageStore::findById(const Digest &id) const
{
    Result<QList<ImageRecord>> all = images();
    if (!all)
        return std::unexpected(all.error());
    for (const ImageRecord &record : *all) {
        if (record.id == id)
            return record;
    }
    return fail(ErrorCode::NotFound, Tr::tr("No such image: %1").arg(id.toString()));
}

Result<ImageRecord> ImageStore::resolve(const QString &nameOrId) const
{
    Result<QList<ImageRecord>> all = images();
    if (!all)
        return std::unexpected(all.error());
    QString idText = nameOrId;
    if (idText.startsWith(u"sha256:"))
        idText = idText.mid(7);
    else if (Result<Reference> reference = Reference::parse(nameOrId)) {
        const Reference wanted = reference->hasDigest() ? *reference : reference->withDefaultTag();
        for (const ImageRecord &record : *all) {
            if (wanted.hasDigest() && record.manifest.digest == wanted.digest())
                return record;
            if (!wanted.hasDigest() && record.tags.contains(wanted))
                return record;
        }
    }
    if (isHexPrefix(idText)) {
        QList<ImageRecord> matches;
        for (const ImageRecord &record : *all) {
            if (record.id.hex().startsWith(idText) && (matches.isEmpty() || matches.first().id != record.id))
                matches.append(record);
        }
        if (matches.size() == 1)
            return matches.first();
        if (matches.size() > 1)
            return fail(ErrorCode::Conflict, Tr::tr("short image ID %1 is ambiguous: it matches %2 images").arg(nameOrId).arg(matches.size()));
    }
    QString shown = nameOrId;
    if (Result<Reference> reference = Reference::parse(nameOrId); reference && !reference->hasDigest())
        shown = reference->withDefaultTag().familiarString();
    return fail(ErrorCode::NotFound, Tr::tr("No such image: %1").arg(shown));
}

Result<Image::Manifest> ImageStore::manifest(const ImageRecord &image) const
{
    Result<QByteArray> bytes = m_content.read(image.manifest.digest);
    if (!bytes)
        return std::unexpected(bytes.error());
    return Image::ManifestParser::parseManifest(*bytes, image.manifest.mediaType, image.manifest.digest.toString());
}

Result<Image::ImageConfig> ImageStore::config(const ImageRecord &image) const
{
    Result<QByteArray> bytes = m_content.read(image.id);
    if (!bytes)
        return std::unexpected(bytes.error());
    return Image::ImageConfig::parse(*bytes, image.id.toString());
}

Result<QList<ImageRecord>> ImageStore::children(const Digest &id) const
{
    Result<QList<ImageRecord>> all = images();
    if (!all)
        return std::unexpected(all.error());
    QList<ImageRecord> result;
    for (const ImageRecord &record : *all) {
        if (record.parent == id)
            result.append(record);
    }
    return result;
}

namespace {

Status checkLayers(const ContentStore &content, const Image::Manifest &manifest, const Image::ImageConfig &config,
                   const QString &what)
{
    if (config.rootfs.diffIds.size() != manifest.layers.size())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("image %1 is inconsistent: its manifest lists %2 layers but its config %3 diff_ids")
                        .arg(what).arg(manifest.layers.size()).arg(config.rootfs.diffIds.size()));
    for (const Image::Descriptor &layer : manifest.layers) {
        Result<qint64> size = content.size(layer.digest);
        if (!size)
            return fail(ErrorCode::NotFound, Tr::tr("layer %1 of image %2 is not in the store").arg(layer.digest.toString(), what));
        if (*size != layer.size)
            return fail(ErrorCode::DigestMismatch, Tr::tr("layer %1 of image %2 is %3 bytes, its descriptor says %4")
                                                       .arg(layer.digest.toString(), what, QString::number(*size), QString::number(layer.size)));
    }
    return {};
}

} // namespace

Result<ImageRecord> ImageStore::registerImage(const ImageRegistration &registration) const
{
    const Image::Descriptor &descriptor = registration.manifest;
    const QString what = descriptor.digest.toString();
    Result<QByteArray> bytes = m_content.read(descriptor.digest);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (bytes->size() != descriptor.size)
        return fail(ErrorCode::DigestMismatch, Tr::tr("manifest %1 is %2 bytes, its descriptor says %3")
                                                   .arg(what, QString::number(bytes->size()), QString::number(descriptor.size)));
    Result<Image::Manifest> manifest = Image::ManifestParser::parseManifest(*bytes, descriptor.mediaType, what);
    if (!manifest)
        return std::unexpected(manifest.error());
    if (Status runnable = manifest->checkImage(what); !runnable)
        return std::unexpected(runnable.error());
    Result<QByteArray> configBytes = m_content.read(manifest->config.digest);
    if (!configBytes)
        return std::unexpected(configBytes.error());
    Result<Image::ImageConfig> config = Image::ImageConfig::parse(*configBytes, manifest->config.digest.toString());
    if (!config)
        return std::unexpected(config.error());
    if (Status layers = checkLayers(m_content, *manifest, *config, what); !layers)
        return std::unexpected(layers.error());

    Image::Descriptor entry;
    entry.mediaType = descriptor.mediaType;
    entry.digest = descriptor.digest;
    entry.size = descriptor.size;
    if (registration.parent.isValid())
        entry.annotations.insert(Annotation::Parent, registration.parent.toString());
    if (!registration.layerSizes.isEmpty() && registration.layerSizes.size() != manifest->layers.size())
        return fail(ErrorCode::InvalidArgument, Tr::tr("image %1: %2 layer sizes given for %3 layers")
                                                    .arg(what).arg(registration.layerSizes.size()).arg(manifest->layers.size()));
    qint64 size = 0;
    QStringList sizes;
    for (qsizetype i = 0; i < manifest->layers.size(); ++i) {
        const qint64 layerSize = registration.layerSizes.isEmpty() ? manifest->layers.at(i).size : registration.layerSizes.at(i);
        size += layerSize;
        sizes.append(QString::number(layerSize));
    }
    entry.annotations.insert(Annotation::Size, QString::number(size));
    entry.annotations.insert(Annotation::LayerSizes, sizes.join(u','));
    if (!registration.repoDigests.isEmpty())
        entry.annotations.insert(Annotation::RepoDigests, registration.repoDigests.join(u','));
    if (registration.index.isValid()) {
        if (!m_content.contains(registration.index))
            return fail(ErrorCode::NotFound, Tr::tr("image %1: its index %2 is not in the store").arg(what, registration.index.toString()));
        entry.annotations.insert(Annotation::Index, registration.index.toString());
    }
    Status changed = mutateIndex([&](QList<Image::Descriptor> &entries) -> Status {
        IndexEdit edit(entries);
        edit.ensureImage(entry);
        for (const Reference &tag : registration.tags)
            edit.setTag(entry.digest, tag);
        return {};
    });
    if (!changed)
        return std::unexpected(changed.error());
    return findById(manifest->config.digest);
}

Status ImageStore::tag(const Digest &imageId, const Reference &tag) const
{
    if (!tag.hasTag() && !tag.isNameOnly())
        return fail(ErrorCode::InvalidArgument, Tr::tr("cannot tag with a digest reference: %1").arg(tag.toString()));
    Result<ImageRecord> image = findById(imageId);
    if (!image)
        return std::unexpected(image.error());
    return mutateIndex([&](QList<Image::Descriptor> &entries) -> Status {
        IndexEdit edit(entries);
        edit.setTag(image->manifest.digest, tag.withDefaultTag());
        return {};
    });
}

Status ImageStore::untag(const Reference &tag) const
{
    return mutateIndex([&](QList<Image::Descriptor> &entries) -> Status {
        IndexEdit edit(entries);
        if (!edit.removeTag(tag))
            return fail(ErrorCode::NotFound, Tr::tr("No such image: %1").arg(tag.withDefaultTag().familiarString()));
        return {};
    });
}

Status ImageStore::removeImage(const Digest &imageId) const
{
    Result<QList<ImageRecord>> all = images();
    if (!all)
        return std::unexpected(all.error());
    QList<Digest> manifests;
    for (const ImageRecord &record : *all) {
        if (record.id == imageId)
            manifests.append(record.manifest.digest);
    }
    if (manifests.isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("No such image: %1").arg(imageId.toString()));
    return mutateIndex([&](QList<Image::Descriptor> &entries) -> Status {
        IndexEdit edit(entries);
        for (const Digest &manifest : manifests)
            edit.removeImage(manifest);
        return {};
    });
}

Result<QList<Digest>> ImageStore::removeImages(const ImageChoice &choose) const
{
    QList<Digest> chosen;
    Status changed = mutateIndex([&](QList<Image::Descriptor> &entries) -> Status {
        const QList<ImageRecord> images = groupEntries(entries, nullptr);
        chosen = choose(images);
        IndexEdit edit(entries);
        for (const ImageRecord &image : images) {
            if (chosen.contains(image.id))
                edit.removeImage(image.manifest.digest);
        }
        return {};
    });
    if (!changed)
        return std::unexpected(changed.error());
    return chosen;
}

Result<ImageStore::GarbageReport> ImageStore::collectGarbage(qint64 ingestAgeSeconds) const
{
    if (Status ready = initialize(); !ready)
        return std::unexpected(ready.error());
    Result<FileLock> gcLock = FileLock::acquire(root() + u"/gc.lock"_s, FileLock::Mode::Exclusive);
    if (!gcLock)
        return std::unexpected(gcLock.error());
    Result<FileLock> indexLock = FileLock::acquire(root() + u"/index.lock"_s, FileLock::Mode::Shared);
    if (!indexLock)
        return std::unexpected(indexLock.error());
    Result<QList<Image::Descriptor>> entries = readIndex();
    if (!entries)
        return std::unexpected(entries.error());
    QSet<Digest> reachable;
    QList<Image::Descriptor> pending = *entries;
    while (!pending.isEmpty()) {
        const Image::Descriptor entry = pending.takeLast();
        if (reachable.contains(entry.digest))
            continue;
        reachable.insert(entry.digest);
        // The index an image was chosen from stays with it (the Layers view offers its other platforms).
        if (const auto index = Digest::parse(entry.annotations.value(Annotation::Index)); index)
            reachable.insert(*index);
        Result<QByteArray> bytes = m_content.read(entry.digest);
        if (!bytes)
            continue; // a missing or corrupt manifest keeps nothing alive; system check reports it
        Result<Image::ParsedManifest> parsed = Image::ManifestParser::parse(*bytes, entry.mediaType, entry.digest.toString());
        if (!parsed)
            continue;
        if (parsed->isIndex()) {
            pending.append(parsed->index.manifests);
            continue;
        }
        reachable.insert(parsed->manifest.config.digest);
        for (const Image::Descriptor &layer : parsed->manifest.layers)
            reachable.insert(layer.digest);
    }
    GarbageReport report;
    Result<QList<Digest>> blobs = m_content.list();
    if (!blobs)
        return std::unexpected(blobs.error());
    for (const Digest &blob : *blobs) {
        if (reachable.contains(blob))
            continue;
        report.bytesFreed += m_content.size(blob).value_or(0);
        if (Status removed = m_content.remove(blob); !removed)
            return std::unexpected(removed.error());
        ++report.blobsRemoved;
    }
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-ingestAgeSeconds);
    for (const QString &ingest : m_content.ingests()) {
        if (QFileInfo(root() + u"/ingest/"_s + ingest).lastModified() > cutoff)
            continue;
        m_content.removeIngest(ingest);
        ++report.ingestsRemoved;
    }
    return report;
}

} // namespace Ponton::Store
