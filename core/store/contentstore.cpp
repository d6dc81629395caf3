#include "store/contentstore.h"

#include "common/atomicfile.h"
#include "common/tr.h"
#include "reference/sha256hasher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

QString ContentStore::blobPath(const Digest &digest) const
{
    return m_root + u"/blobs/sha256/"_s + digest.hex();
}

bool ContentStore::contains(const Digest &digest) const
{
    return digest.isValid() && QFileInfo(blobPath(digest)).isFile();
}

Result<qint64> ContentStore::size(const Digest &digest) const
{
    const QFileInfo info(blobPath(digest));
    if (!digest.isValid() || !info.isFile())
        return fail(ErrorCode::NotFound, Tr::tr("blob %1 is not in the store").arg(digest.toString()));
    return info.size();
}

Result<QByteArray> ContentStore::read(const Digest &digest, qint64 maxSize) const
{
    QFile file(blobPath(digest));
    if (!digest.isValid() || !file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, Tr::tr("blob %1 is not in the store").arg(digest.toString()));
    if (file.size() > maxSize)
        return fail(ErrorCode::InvalidArgument, Tr::tr("blob %1 is %2 bytes, more than the %3 allowed")
                                                    .arg(digest.toString(), QString::number(file.size()), QString::number(maxSize)));
    const QByteArray data = file.readAll();
    if (Digest::ofData(data) != digest)
        return fail(ErrorCode::DigestMismatch, Tr::tr("blob %1 is corrupt: its content does not match its digest").arg(digest.toString()));
    return data;
}

Result<Digest> ContentStore::write(const QByteArray &data, const std::optional<Digest> &expected) const
{
    const Digest actual = Digest::ofData(data);
    if (expected && *expected != actual)
        return fail(ErrorCode::DigestMismatch, Tr::tr("content does not match digest %1 (got %2)").arg(expected->toString(), actual.toString()));
    if (contains(actual))
        return actual;
    auto writer = openWriter(u"small-"_s + QUuid::createUuid().toString(QUuid::Id128));
    if (!writer)
        return std::unexpected(writer.error());
    if (Status written = (*writer)->write(data); !written) {
        (*writer)->discard();
        return std::unexpected(written.error());
    }
    return (*writer)->commit(actual, data.size());
}

Result<std::unique_ptr<BlobWriter>> ContentStore::openWriter(const QString &ingestKey, bool resume) const
{
    return BlobWriter::open(m_root, ingestKey, resume);
}

Status ContentStore::verify(const Digest &digest) const
{
    QFile file(blobPath(digest));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, Tr::tr("blob %1 is not in the store").arg(digest.toString()));
    Sha256Hasher hasher;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return fail(ErrorCode::Internal, Tr::tr("cannot read blob %1").arg(digest.toString()), file.errorString());
        if (n == 0)
            break;
        hasher.addData(chunk.constData(), size_t(n));
    }
    const Digest actual = hasher.finish();
    if (actual != digest)
        return fail(ErrorCode::DigestMismatch, Tr::tr("blob %1 is corrupt: its content hashes to %2").arg(digest.toString(), actual.toString()));
    return {};
}

Result<QList<Digest>> ContentStore::list() const
{
    QList<Digest> digests;
    const QDir dir(m_root + u"/blobs/sha256"_s);
    if (!dir.exists())
        return digests;
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &name : names) {
        Result<Digest> digest = Digest::parse(u"sha256:"_s + name);
        if (!digest)
            return fail(ErrorCode::Internal, Tr::tr("unexpected file %1 in the blob folder").arg(dir.filePath(name)));
        digests.append(*digest);
    }
    return digests;
}

Status ContentStore::remove(const Digest &digest) const
{
    QFile file(blobPath(digest));
    if (!file.exists())
        return {};
    if (!file.remove())
        return fail(ErrorCode::Internal, Tr::tr("cannot remove blob %1").arg(digest.toString()), file.errorString());
    return {};
}

QStringList ContentStore::ingests() const
{
    return QDir(m_root + u"/ingest"_s).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void ContentStore::removeIngest(const QString &key) const
{
    if (key.contains(u'/'))
        return;
    QFile::remove(m_root + u"/ingest/"_s + key);
}

} // namespace Ponton::Store
