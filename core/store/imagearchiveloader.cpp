#include "store/imagearchiveloader.h"

#include "archive/archivepath.h"
#include "archive/decompressor.h"
#include "archive/layerdigester.h"
#include "common/atomicfile.h"
#include "common/tr.h"
#include "image/imageconfig.h"
#include "image/imageindex.h"
#include "image/manifestparser.h"
#include "image/manifestwriter.h"
#include "reference/sha256hasher.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

namespace {
using Compression = Image::MediaType::Compression;
constexpr qsizetype MagicSize = 4;
constexpr int MaxLinkHops = 16;
constexpr int MaxIndexDepth = 4;
const QString ContainerdNameAnnotation = u"io.containerd.image.name"_s;

bool isMetadata(const QString &name)
{
    return name == u"manifest.json" || name == u"index.json" || name == u"oci-layout" || name == u"repositories";
}

// The legacy per-layer files of old docker-archives (<id>/json, <id>/VERSION): not needed.
bool isLegacyLayerFile(const QString &name)
{
    return name.count(u'/') == 1 && (name.endsWith(u"/json") || name.endsWith(u"/VERSION"));
}

// The digest an entry's name promises: blobs/sha256/<hex> (OCI), <hex>.json (docker-archive configs).
std::optional<Digest> digestInName(const QString &name)
{
    static const QRegularExpression pattern(u"^(?:blobs/sha256/([0-9a-f]{64})|([0-9a-f]{64})\\.json)$"_s);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    const QString hex = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    Result<Digest> digest = Digest::parse(u"sha256:"_s + hex);
    return digest ? std::optional<Digest>(*digest) : std::nullopt;
}

QString layerMediaType(Compression compression)
{
    switch (compression) {
    case Compression::Gzip: return Image::MediaType::OciLayerGzip;
    case Compression::Zstd: return Image::MediaType::OciLayerZstd;
    default: return Image::MediaType::OciLayerTar;
    }
}

Result<Reference> parseTag(const QString &text, const QString &where)
{
    Result<Reference> reference = Reference::parse(text);
    if (!reference || (reference->hasDigest() && !reference->hasTag()))
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: invalid tag \"%2\"").arg(where, text),
                    reference ? QString() : reference.error().message);
    return reference->withDefaultTag();
}

// Closes a descriptor at scope exit.
struct FdCloser {
    int fd;
    ~FdCloser() { if (fd >= 0) ::close(fd); }
};
} // namespace

ImageArchiveLoader::ImageArchiveLoader(const ImageStore &store, Archive::ArchiveControl control)
    : m_store(store), m_control(std::move(control))
{
}

ImageArchiveLoader::~ImageArchiveLoader() = default;

Error ImageArchiveLoader::inArchive(const Error &error) const
{
    return Error{error.code, Tr::tr("archive %1: %2").arg(m_archiveName, error.message), error.detail};
}

Result<LoadResult> ImageArchiveLoader::loadFile(const QString &path)
{
    FdCloser file{::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0)
        return fail(errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Internal, Tr::tr("cannot open %1").arg(path),
                    u"open: "_s + errnoText(errno));
    struct stat info = {};
    if (::fstat(file.fd, &info) == 0 && S_ISREG(info.st_mode))
        m_totalBytes = qint64(info.st_size);
    ::posix_fadvise(file.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    return load(file.fd, path);
}

Result<LoadResult> ImageArchiveLoader::load(int fd, const QString &archiveName)
{
    m_archiveName = archiveName;
    m_blobs.clear();
    m_links.clear();
    m_metadata.clear();
    m_byDigest.clear();
    m_notes.clear();
    Result<FileLock> ingest = m_store.holdForIngest();
    if (!ingest)
        return std::unexpected(ingest.error());
    Result<std::unique_ptr<Archive::TarReader>> reader = Archive::TarReader::open(fd, archiveName);
    if (!reader)
        return std::unexpected(reader.error());
    if (Status read = readEntries(**reader); !read)
        return std::unexpected(read.error());
    Result<QList<Candidate>> candidates;
    if (m_metadata.contains(u"index.json"_s) && m_metadata.contains(u"oci-layout"_s))
        candidates = planOci();
    else if (m_metadata.contains(u"manifest.json"_s))
        candidates = planDocker(m_metadata.value(u"manifest.json"_s));
    else
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("archive %1 is neither a docker-archive (no manifest.json) nor an OCI archive (no index.json and oci-layout)")
                        .arg(archiveName));
    if (!candidates)
        return std::unexpected(candidates.error());
    if (candidates->isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("archive %1 holds no image").arg(archiveName));
    return registerAll(*candidates);
}

Status ImageArchiveLoader::readEntries(Archive::TarReader &reader)
{
    for (;;) {
        if (m_control.isCanceled())
            return fail(ErrorCode::Canceled, Tr::tr("load canceled"));
        Result<std::optional<Archive::TarEntry>> entry = reader.next();
        if (!entry)
            return std::unexpected(entry.error());
        if (!entry->has_value())
            return {};
        const Archive::TarEntry &current = **entry;
        if (!current.name.isEmpty() && (m_blobs.contains(current.name) || m_links.contains(current.name)
                                        || m_metadata.contains(current.name)))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("archive %1: entry \"%2\" appears twice").arg(m_archiveName, current.name));
        if (Status read = readEntry(reader, current); !read)
            return read;
    }
}

Status ImageArchiveLoader::readEntry(Archive::TarReader &reader, const Archive::TarEntry &entry)
{
    switch (entry.type) {
    case Archive::TarEntry::Type::Directory:
        return {};
    case Archive::TarEntry::Type::Symlink:
    case Archive::TarEntry::Type::Hardlink:
        m_links.insert(entry.name, entry.linkTarget);
        return {};
    case Archive::TarEntry::Type::Other:
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("archive %1: entry \"%2\" is neither a file, a folder nor a link").arg(m_archiveName, entry.name));
    case Archive::TarEntry::Type::File:
        break;
    }
    if (isMetadata(entry.name))
        return readMetadata(reader, entry);
    if (isLegacyLayerFile(entry.name))
        return {};
    return readBlob(reader, entry);
}

Status ImageArchiveLoader::readMetadata(Archive::TarReader &reader, const Archive::TarEntry &entry)
{
    if (entry.size > ContentStore::MaxMetadataSize)
        return fail(ErrorCode::InvalidArgument, Tr::tr("archive %1: entry \"%2\" is larger than %3 bytes")
                                                    .arg(m_archiveName, entry.name).arg(ContentStore::MaxMetadataSize));
    QByteArray data;
    Status read = reader.readData([&data](const char *bytes, qint64 size) -> Status {
        if (data.size() + size > ContentStore::MaxMetadataSize)
            return fail(ErrorCode::InvalidArgument, Tr::tr("entry too large"));
        data.append(bytes, size);
        return {};
    });
    if (!read)
        return read;
    m_metadata.insert(entry.name, data);
    return {};
}

namespace {

// The way one archive file enters the store: into a BlobWriter (or only through a hasher when the store
// already holds the digest its name promises), and, when its first bytes say it is compressed, through a
// LayerDigester as well, so that a compressed layer is inflated while it streams by.
class BlobIntake
{
public:
    BlobIntake(std::unique_ptr<BlobWriter> writer, QString entry) : m_writer(std::move(writer)), m_entry(std::move(entry)) {}
    ~BlobIntake()
    {
        if (m_writer)
            m_writer->discard();
    }

    Status write(const char *data, qint64 size)
    {
        if (m_writer) {
            if (Status written = m_writer->write(data, size); !written)
                return written;
        } else {
            m_hasher.addData(data, size_t(size));
        }
        m_size += size;
        if (m_decided) {
            feedDigester(data, size);
            return {};
        }
        m_head.append(data, size);
        if (m_head.size() >= MagicSize)
            decide();
        return {};
    }

    // Commits (or checks) the blob and fills in what the archive entry turned out to be.
    Result<ImageArchiveLoader::ArchiveBlob> finish(const std::optional<Digest> &expected, qint64 declaredSize)
    {
        if (!m_decided)
            decide();
        ImageArchiveLoader::ArchiveBlob blob;
        if (m_writer) {
            Result<Digest> committed = m_writer->commit(expected, declaredSize);
            m_writer.reset();
            if (!committed)
                return std::unexpected(committed.error());
            blob.digest = *committed;
        } else {
            blob.digest = m_hasher.finish();
            if (expected && blob.digest != *expected)
                return fail(ErrorCode::DigestMismatch, Tr::tr("blob %1 failed verification: got %2").arg(expected->toString(), blob.digest.toString()));
        }
        blob.size = m_size;
        blob.compression = m_compression;
        blob.diffId = blob.digest;
        blob.uncompressedSize = m_size;
        if (m_digester) {
            Result<Archive::LayerDigest> digest = m_digester->finish();
            if (digest) {
                blob.diffId = digest->diffId;
                blob.uncompressedSize = digest->uncompressedSize;
            } else {
                m_error = digest.error();
            }
        }
        blob.streamError = m_error;
        return blob;
    }

private:
    void decide()
    {
        m_decided = true;
        m_compression = Archive::Decompressor::detect(m_head);
        if (m_compression != Compression::None)
            m_digester = std::make_unique<Archive::LayerDigester>(u"\"%1\""_s.arg(m_entry), m_compression);
        const QByteArray head = std::exchange(m_head, {});
        feedDigester(head.constData(), head.size());
    }
    void feedDigester(const char *data, qint64 size)
    {
        if (!m_digester)
            return;
        if (Status written = m_digester->write(data, size); !written) {
            m_error = written.error(); // only an error if the entry is used as a layer
            m_digester.reset();
        }
    }

    std::unique_ptr<BlobWriter> m_writer;
    QString m_entry;
    Sha256Hasher m_hasher;
    qint64 m_size = 0;
    QByteArray m_head;
    bool m_decided = false;
    Compression m_compression = Compression::None;
    std::unique_ptr<Archive::LayerDigester> m_digester;
    std::optional<Error> m_error;
};

} // namespace

Status ImageArchiveLoader::readBlob(Archive::TarReader &reader, const Archive::TarEntry &entry)
{
    const std::optional<Digest> expected = digestInName(entry.name);
    std::unique_ptr<BlobWriter> writer;
    if (!expected || !m_store.content().contains(*expected)) {
        Result<std::unique_ptr<BlobWriter>> opened =
            m_store.content().openWriter(u"load-"_s + QUuid::createUuid().toString(QUuid::Id128));
        if (!opened)
            return std::unexpected(opened.error());
        writer = std::move(*opened);
    }
    BlobIntake intake(std::move(writer), entry.name);
    qint64 entryDone = 0;
    Status read = reader.readData([&](const char *data, qint64 size) -> Status {
        if (m_control.isCanceled())
            return fail(ErrorCode::Canceled, Tr::tr("load canceled"));
        m_control.report(entry.name, reader.bytesRead(), m_totalBytes);
        entryDone += size;
        m_control.reportEntry(entry.name, entryDone, entry.size);
        return intake.write(data, size);
    });
    if (!read)
        return read;
    Result<ArchiveBlob> blob = intake.finish(expected, entry.size);
    if (!blob)
        return std::unexpected(Error{blob.error().code, Tr::tr("archive %1, entry \"%2\": %3")
                                                            .arg(m_archiveName, entry.name, blob.error().message),
                                     blob.error().detail});
    m_blobs.insert(entry.name, *blob);
    if (!m_byDigest.contains(blob->digest))
        m_byDigest.insert(blob->digest, entry.name);
    return {};
}

const ImageArchiveLoader::ArchiveBlob *ImageArchiveLoader::find(const QString &name) const
{
    Result<QString> path = Archive::ArchivePath::normalize(name);
    if (!path)
        return nullptr;
    QString current = *path;
    for (int hop = 0; hop < MaxLinkHops && m_links.contains(current); ++hop)
        current = m_links.value(current);
    const auto found = m_blobs.constFind(current);
    return found == m_blobs.constEnd() ? nullptr : &*found;
}

const ImageArchiveLoader::ArchiveBlob *ImageArchiveLoader::findDigest(const Digest &digest) const
{
    return find(u"blobs/sha256/"_s + digest.hex());
}

Result<QByteArray> ImageArchiveLoader::readSmallBlob(const ArchiveBlob &blob, const QString &entry) const
{
    if (blob.size > ContentStore::MaxMetadataSize)
        return fail(ErrorCode::InvalidArgument, Tr::tr("archive %1: entry \"%2\" is larger than %3 bytes")
                                                    .arg(m_archiveName, entry).arg(ContentStore::MaxMetadataSize));
    return m_store.content().read(blob.digest);
}

Status ImageArchiveLoader::checkLayer(const ArchiveBlob &blob, const Digest &expectedDiffId, int index,
                                      const QString &entry) const
{
    if (blob.streamError)
        return std::unexpected(inArchive(*blob.streamError));
    if (blob.diffId != expectedDiffId)
        return fail(ErrorCode::DigestMismatch,
                    Tr::tr("archive %1: layer %2 (\"%3\") has the diff_id %4, but the config says %5")
                        .arg(m_archiveName).arg(index + 1).arg(entry, blob.diffId.toString(), expectedDiffId.toString()));
    return {};
}

Result<QList<ImageArchiveLoader::Candidate>> ImageArchiveLoader::planDocker(const QByteArray &manifestJson)
{
    Result<QList<Archive::DockerArchiveImage>> images = Archive::DockerArchiveManifest::parse(manifestJson);
    if (!images)
        return std::unexpected(inArchive(images.error()));
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < images->size(); ++i) {
        Result<Candidate> candidate = planDockerImage(images->at(i), int(i + 1));
        if (!candidate)
            return std::unexpected(candidate.error());
        candidates.append(*candidate);
    }
    return candidates;
}

Result<ImageArchiveLoader::Candidate> ImageArchiveLoader::planDockerImage(const Archive::DockerArchiveImage &image,
                                                                          int position)
{
    const ArchiveBlob *config = find(image.config);
    if (!config)
        return fail(ErrorCode::NotFound, Tr::tr("archive %1: manifest.json refers to the config \"%2\", which is not in the archive")
                                             .arg(m_archiveName, image.config));
    if (const std::optional<Digest> named = digestInName(image.config); named && *named != config->digest)
        return fail(ErrorCode::DigestMismatch, Tr::tr("archive %1: config \"%2\" hashes to %3")
                                                   .arg(m_archiveName, image.config, config->digest.toString()));
    Result<QByteArray> bytes = readSmallBlob(*config, image.config);
    if (!bytes)
        return std::unexpected(bytes.error());
    Result<Image::ImageConfig> parsed = Image::ImageConfig::parse(*bytes, u"\"%1\" (%2)"_s.arg(image.config, config->digest.toString()));
    if (!parsed)
        return std::unexpected(inArchive(parsed.error()));
    if (parsed->rootfs.diffIds.size() != image.layers.size())
        return fail(ErrorCode::InvalidArgument, Tr::tr("archive %1: image %2 of manifest.json lists %3 layers, its config %4 diff_ids")
                                                    .arg(m_archiveName).arg(position).arg(image.layers.size())
                                                    .arg(parsed->rootfs.diffIds.size()));
    Candidate candidate;
    QList<Image::Descriptor> layers;
    for (qsizetype i = 0; i < image.layers.size(); ++i) {
        const ArchiveBlob *layer = find(image.layers.at(i));
        if (!layer)
            return fail(ErrorCode::NotFound, Tr::tr("archive %1: manifest.json refers to the layer \"%2\", which is not in the archive")
                                                 .arg(m_archiveName, image.layers.at(i)));
        if (Status checked = checkLayer(*layer, parsed->rootfs.diffIds.at(i), int(i), image.layers.at(i)); !checked)
            return std::unexpected(checked.error());
        layers.append(Image::Descriptor{layerMediaType(layer->compression), layer->digest, layer->size, {}, {}, {}, {}});
        candidate.layerSizes.append(layer->uncompressedSize);
    }
    // An OCI manifest: the store is an OCI image layout, and the OCI readers of one (skopeo's oci:
    // transport among them) list only entries with OCI media types.
    const Image::Descriptor configDescriptor{Image::MediaType::OciConfig, config->digest, config->size, {}, {}, {}, {}};
    Result<Image::WrittenBlob> manifest = Image::ManifestWriter::write(Image::Manifest::oci(configDescriptor, layers));
    if (!manifest)
        return std::unexpected(manifest.error());
    if (Result<Digest> stored = m_store.content().write(manifest->bytes, manifest->descriptor.digest); !stored)
        return std::unexpected(stored.error());
    candidate.manifest = manifest->descriptor;
    candidate.imageId = config->digest;
    for (const QString &tag : image.repoTags) {
        Result<Reference> reference = parseTag(tag, Tr::tr("archive %1, manifest.json").arg(m_archiveName));
        if (!reference)
            return std::unexpected(reference.error());
        candidate.tags.append(*reference);
    }
    return candidate;
}

namespace {

// The tags of an index.json entry: io.containerd.image.name (a full reference, Docker 25 and
// containerd), else org.opencontainers.image.ref.name when it is a reference ("alpine:curl", as skopeo
// writes it). A bare ref.name ("latest") names no repository: the image loads untagged.
Result<QList<Reference>> ociTags(const Image::Descriptor &entry, const QString &where)
{
    QString name = entry.annotations.value(ContainerdNameAnnotation);
    if (name.isEmpty()) {
        name = entry.refName();
        if (!name.contains(u':') && !name.contains(u'/'))
            return QList<Reference>();
    }
    Result<Reference> tag = parseTag(name, where);
    if (!tag)
        return std::unexpected(tag.error());
    return QList<Reference>{*tag};
}

// An entry of an index that is a runnable platform's manifest (not an attestation, not a nested index).
bool isPlatformEntry(const Image::Descriptor &entry)
{
    return entry.platform && Image::MediaType::isManifest(entry.mediaType) && entry.platform->os != u"unknown"_s;
}

Status checkLayout(const QByteArray &layout, const QString &archive)
{
    const QJsonDocument document = QJsonDocument::fromJson(layout);
    if (!document.isObject() || !document.object().value(u"imageLayoutVersion"_s).isString())
        return fail(ErrorCode::InvalidArgument, Tr::tr("archive %1: oci-layout is not an OCI image layout marker").arg(archive));
    return {};
}

} // namespace

Result<QList<ImageArchiveLoader::Candidate>> ImageArchiveLoader::planOci()
{
    if (Status layout = checkLayout(m_metadata.value(u"oci-layout"_s), m_archiveName); !layout)
        return std::unexpected(layout.error());
    const QJsonDocument document = QJsonDocument::fromJson(m_metadata.value(u"index.json"_s));
    if (!document.isObject())
        return fail(ErrorCode::InvalidArgument, Tr::tr("archive %1: index.json is not a JSON object").arg(m_archiveName));
    Result<Image::ImageIndex> index = Image::ImageIndex::fromJson(document.object(), Image::MediaType::OciIndex, u"index.json"_s);
    if (!index)
        return std::unexpected(inArchive(index.error()));
    QList<Candidate> planned;
    for (const Image::Descriptor &entry : index->manifests) {
        Result<QList<Reference>> tags = ociTags(entry, Tr::tr("archive %1, index.json").arg(m_archiveName));
        if (!tags)
            return std::unexpected(tags.error());
        if (Status done = planOciEntry(entry, *tags, 0, &planned); !done)
            return std::unexpected(done.error());
    }
    QList<Candidate> merged; // one candidate per manifest, with the tags of every entry naming it
    for (const Candidate &candidate : planned) {
        auto same = std::find_if(merged.begin(), merged.end(), [&](const Candidate &c) { return c.manifest.digest == candidate.manifest.digest; });
        if (same == merged.end()) {
            merged.append(candidate);
            continue;
        }
        for (const Reference &tag : candidate.tags) {
            if (!same->tags.contains(tag))
                same->tags.append(tag);
        }
    }
    if (m_metadata.contains(u"manifest.json"_s))
        addDockerTags(merged);
    return merged;
}

// Docker 25's archives are both formats: manifest.json's RepoTags join the images of the OCI index.
void ImageArchiveLoader::addDockerTags(QList<Candidate> &candidates) const
{
    Result<QList<Archive::DockerArchiveImage>> images = Archive::DockerArchiveManifest::parse(m_metadata.value(u"manifest.json"_s));
    if (!images)
        return;
    for (const Archive::DockerArchiveImage &image : *images) {
        const ArchiveBlob *config = find(image.config);
        for (Candidate &candidate : candidates) {
            if (!config || candidate.imageId != config->digest)
                continue;
            for (const QString &text : image.repoTags) {
                Result<Reference> tag = parseTag(text, QString());
                if (tag && !candidate.tags.contains(*tag))
                    candidate.tags.append(*tag);
            }
        }
    }
}

Status ImageArchiveLoader::planOciEntry(const Image::Descriptor &entry, const QList<Reference> &tags, int depth,
                                        QList<Candidate> *out)
{
    if (!Image::MediaType::isIndex(entry.mediaType)) {
        Result<Candidate> candidate = planOciManifest(entry, tags);
        if (!candidate)
            return std::unexpected(candidate.error());
        out->append(*candidate);
        return {};
    }
    if (depth >= MaxIndexDepth)
        return fail(ErrorCode::InvalidArgument, Tr::tr("archive %1: indexes nested deeper than %2").arg(m_archiveName).arg(MaxIndexDepth));
    const ArchiveBlob *blob = findDigest(entry.digest);
    if (!blob)
        return fail(ErrorCode::NotFound, Tr::tr("archive %1: index %2 is not in the archive").arg(m_archiveName, entry.digest.toString()));
    Result<QByteArray> bytes = readSmallBlob(*blob, entry.digest.toString());
    if (!bytes)
        return std::unexpected(bytes.error());
    Result<Image::ImageIndex> index = Image::ManifestParser::parseIndex(*bytes, entry.mediaType, entry.digest.toString());
    if (!index)
        return std::unexpected(inArchive(index.error()));
    if (std::any_of(index->manifests.cbegin(), index->manifests.cend(), isPlatformEntry))
        return planOciPlatforms(entry, *index, tags, out);
    // No platform entries (a nested index, entries without a platform): the one for this machine only.
    Result<Image::Descriptor> chosen = index->select(Image::Platform::host());
    if (!chosen)
        return std::unexpected(inArchive(chosen.error()));
    return planOciEntry(*chosen, tags, depth + 1, out);
}

// Every platform of a multi-platform index whose blobs the archive holds, each verified as a manifest of
// its own. The one that runs best here gets the tags; all name the index, so that the tagged image
// offers the others. A platform the archive lacks blobs of is skipped with a note.
Status ImageArchiveLoader::planOciPlatforms(const Image::Descriptor &indexEntry, const Image::ImageIndex &index,
                                            const QList<Reference> &tags, QList<Candidate> *out)
{
    Image::ImageIndex present = index;
    present.manifests.clear();
    for (const Image::Descriptor &entry : index.manifests) {
        if (!isPlatformEntry(entry))
            continue;
        if (const QString missing = missingBlobOf(entry); !missing.isEmpty()) {
            m_notes.append(Tr::tr("Skipping platform %1 of index %2: the archive does not hold %3")
                               .arg(entry.platform->toString(), indexEntry.digest.toString(), missing));
            continue;
        }
        present.manifests.append(entry);
    }
    if (present.manifests.isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("archive %1: index %2 lists the platforms %3, but the archive holds the blobs of none of them")
                                             .arg(m_archiveName, indexEntry.digest.toString(), index.platforms().join(u", "_s)));
    Result<Image::Descriptor> chosen = present.select(Image::Platform::host());
    const Digest tagged = chosen ? chosen->digest : present.manifests.constFirst().digest;
    if (!chosen)
        m_notes.append(Tr::tr("No platform of index %1 in the archive runs on %2: %3 is the one tagged")
                           .arg(indexEntry.digest.toString(), Image::Platform::host().toString(),
                                present.manifests.constFirst().platform->toString()));
    for (const Image::Descriptor &entry : std::as_const(present.manifests)) {
        Result<Candidate> candidate = planOciManifest(entry, entry.digest == tagged ? tags : QList<Reference>());
        if (!candidate)
            return std::unexpected(candidate.error());
        candidate->index = indexEntry.digest;
        candidate->otherPlatform = entry.digest != tagged;
        out->append(*candidate);
    }
    return {};
}

// What the archive lacks of one platform of an index ("its layer sha256:…"); empty when it holds the
// manifest, the config and every layer (whether they are sound is planOciManifest's to check).
QString ImageArchiveLoader::missingBlobOf(const Image::Descriptor &platformEntry) const
{
    const ArchiveBlob *blob = findDigest(platformEntry.digest);
    if (!blob)
        return Tr::tr("its manifest %1").arg(platformEntry.digest.toString());
    Result<QByteArray> bytes = readSmallBlob(*blob, platformEntry.digest.toString());
    if (!bytes)
        return {};
    Result<Image::Manifest> manifest = Image::ManifestParser::parseManifest(*bytes, platformEntry.mediaType, platformEntry.digest.toString());
    if (!manifest)
        return {};
    if (!findDigest(manifest->config.digest))
        return Tr::tr("its config %1").arg(manifest->config.digest.toString());
    for (const Image::Descriptor &layer : std::as_const(manifest->layers)) {
        if (!findDigest(layer.digest))
            return Tr::tr("its layer %1").arg(layer.digest.toString());
    }
    return {};
}

Result<ImageArchiveLoader::Candidate> ImageArchiveLoader::planOciManifest(const Image::Descriptor &entry,
                                                                          const QList<Reference> &tags)
{
    Result<const ArchiveBlob *> blob = blobFor(entry, Tr::tr("manifest"));
    if (!blob)
        return std::unexpected(blob.error());
    const QString what = entry.digest.toString();
    Result<QByteArray> bytes = readSmallBlob(**blob, what);
    if (!bytes)
        return std::unexpected(bytes.error());
    Result<Image::Manifest> manifest = Image::ManifestParser::parseManifest(*bytes, entry.mediaType, what);
    if (!manifest)
        return std::unexpected(inArchive(manifest.error()));
    if (Status runnable = manifest->checkImage(what); !runnable)
        return std::unexpected(inArchive(runnable.error()));
    Result<const ArchiveBlob *> config = blobFor(manifest->config, Tr::tr("config"));
    if (!config)
        return std::unexpected(config.error());
    Result<QByteArray> configBytes = readSmallBlob(**config, manifest->config.digest.toString());
    if (!configBytes)
        return std::unexpected(configBytes.error());
    Result<Image::ImageConfig> parsed = Image::ImageConfig::parse(*configBytes, manifest->config.digest.toString());
    if (!parsed)
        return std::unexpected(inArchive(parsed.error()));
    Result<QList<qint64>> sizes = checkOciLayers(*manifest, parsed->rootfs.diffIds);
    if (!sizes)
        return std::unexpected(sizes.error());
    Candidate candidate;
    candidate.manifest = Image::Descriptor{entry.mediaType, entry.digest, entry.size, {}, {}, {}, {}};
    candidate.imageId = manifest->config.digest;
    candidate.tags = tags;
    candidate.layerSizes = *sizes;
    return candidate;
}

Result<const ImageArchiveLoader::ArchiveBlob *> ImageArchiveLoader::blobFor(const Image::Descriptor &descriptor,
                                                                            const QString &role) const
{
    const ArchiveBlob *blob = findDigest(descriptor.digest);
    if (!blob)
        return fail(ErrorCode::NotFound, Tr::tr("archive %1: %2 %3 is not in the archive")
                                             .arg(m_archiveName, role, descriptor.digest.toString()));
    if (blob->size != descriptor.size)
        return fail(ErrorCode::DigestMismatch, Tr::tr("archive %1: %2 %3 is %4 bytes, its descriptor says %5")
                                                   .arg(m_archiveName, role, descriptor.digest.toString())
                                                   .arg(blob->size).arg(descriptor.size));
    return blob;
}

// Every layer in the archive with its descriptor's size, compressed as its media type says, with the
// diff_id the config lists. The uncompressed sizes of the layers, or the first problem.
Result<QList<qint64>> ImageArchiveLoader::checkOciLayers(const Image::Manifest &manifest, const QList<Digest> &diffIds) const
{
    if (diffIds.size() != manifest.layers.size())
        return fail(ErrorCode::InvalidArgument, Tr::tr("archive %1: manifest lists %2 layers but its config %3 diff_ids")
                                                    .arg(m_archiveName).arg(manifest.layers.size()).arg(diffIds.size()));
    QList<qint64> sizes;
    for (qsizetype i = 0; i < manifest.layers.size(); ++i) {
        const Image::Descriptor &layer = manifest.layers.at(i);
        Result<const ArchiveBlob *> blob = blobFor(layer, Tr::tr("layer"));
        if (!blob)
            return std::unexpected(blob.error());
        const Compression declared = Image::MediaType::layerCompression(layer.mediaType);
        if (declared != (*blob)->compression)
            return fail(ErrorCode::InvalidArgument, Tr::tr("archive %1: layer %2 has the media type %3 but its content is compressed with %4")
                                                        .arg(m_archiveName, layer.digest.toString(), layer.mediaType,
                                                             Archive::Decompressor::compressionName((*blob)->compression)));
        if (Status checked = checkLayer(**blob, diffIds.at(i), int(i), layer.digest.toString()); !checked)
            return std::unexpected(checked.error());
        sizes.append((*blob)->uncompressedSize);
    }
    return sizes;
}

Result<LoadResult> ImageArchiveLoader::registerAll(const QList<Candidate> &candidates) const
{
    LoadResult result;
    result.lines = m_notes;
    for (const Candidate &candidate : candidates) {
        for (const Reference &tag : candidate.tags) {
            Result<ImageRecord> previous = m_store.resolve(tag.toString());
            if (previous && previous->id != candidate.imageId)
                result.lines.append(Tr::tr("The image %1 already exists, renaming the old one with ID %2 to empty string")
                                        .arg(tag.familiarString(), previous->id.toString()));
        }
        ImageRegistration registration;
        registration.manifest = candidate.manifest;
        registration.tags = candidate.tags;
        registration.layerSizes = candidate.layerSizes;
        registration.index = candidate.index;
        Result<ImageRecord> record = m_store.registerImage(registration);
        if (!record)
            return std::unexpected(inArchive(record.error()));
        if (candidate.otherPlatform) {
            result.otherPlatforms.append(*record);
            continue;
        }
        result.images.append(*record);
        for (const Reference &tag : candidate.tags)
            result.lines.append(Tr::tr("Loaded image: %1").arg(tag.familiarString()));
        if (candidate.tags.isEmpty())
            result.lines.append(Tr::tr("Loaded image ID: %1").arg(candidate.imageId.toString()));
    }
    return result;
}

} // namespace Ponton::Store
