#include "archive/layerdigester.h"

#include "common/atomicfile.h"
#include "common/tr.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Archive {

namespace {
constexpr qsizetype MagicSize = 4;
constexpr qsizetype ReadSize = 4 << 20;
} // namespace

LayerDigester::LayerDigester(const QString &what, Compression compression, bool hashBlob)
    : m_what(what), m_compression(compression)
{
    if (hashBlob)
        m_blobHasher.emplace();
    m_sink = [this](const char *data, qint64 size) -> Status {
        m_diffHasher.addData(data, size_t(size));
        return {};
    };
}

LayerDigester::~LayerDigester() = default;

Error LayerDigester::named(const Error &error) const
{
    return Error{error.code, Tr::tr("layer %1: %2").arg(m_what, error.message), error.detail};
}

Status LayerDigester::start(QByteArrayView head)
{
    if (m_compression == Compression::Unknown)
        m_compression = Decompressor::detect(head);
    m_decompressor = Decompressor::create(m_compression);
    if (!m_decompressor)
        return fail(ErrorCode::InvalidArgument, Tr::tr("layer %1: unsupported compression").arg(m_what));
    return {};
}

Status LayerDigester::feed(const char *data, qint64 size)
{
    if (Status written = m_decompressor->write(data, size, m_sink); !written)
        return std::unexpected(named(written.error()));
    return {};
}

Status LayerDigester::write(const char *data, qint64 size)
{
    if (size <= 0)
        return {};
    if (m_blobHasher)
        m_blobHasher->addData(data, size_t(size));
    m_blobSize += size;
    if (m_decompressor)
        return feed(data, size);
    m_head.append(data, size);
    if (m_head.size() < MagicSize)
        return {};
    if (Status started = start(m_head); !started)
        return started;
    const QByteArray head = std::exchange(m_head, {});
    return feed(head.constData(), head.size());
}

Result<LayerDigest> LayerDigester::finish()
{
    if (!m_decompressor) {
        if (Status started = start(m_head); !started)
            return std::unexpected(started.error());
        const QByteArray head = std::exchange(m_head, {});
        if (Status fed = feed(head.constData(), head.size()); !fed)
            return std::unexpected(fed.error());
    }
    if (Status finished = m_decompressor->finish(m_sink); !finished)
        return std::unexpected(named(finished.error()));
    LayerDigest result;
    result.compression = m_compression;
    result.uncompressedSize = m_diffHasher.bytesHashed();
    result.diffId = m_diffHasher.finish();
    result.blobSize = m_blobSize;
    if (m_blobHasher)
        result.blobDigest = m_blobHasher->finish();
    return result;
}

Result<LayerDigest> LayerDigester::digestFd(int fd, const QString &what, Compression compression,
                                            const ArchiveControl &control)
{
    LayerDigester digester(what, compression);
    QByteArray buffer(ReadSize, Qt::Uninitialized);
    for (;;) {
        if (control.isCanceled())
            return fail(ErrorCode::Canceled, Tr::tr("digesting layer %1 was canceled").arg(what));
        const ssize_t n = ::read(fd, buffer.data(), size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(ErrorCode::Internal, Tr::tr("cannot read layer %1").arg(what), u"read: "_s + errnoText(errno));
        if (n == 0)
            return digester.finish();
        if (Status written = digester.write(buffer.constData(), n); !written)
            return std::unexpected(written.error());
        control.report(what, digester.m_blobSize, 0);
    }
}

Result<LayerDigest> LayerDigester::digestFile(const QString &path, const QString &what, Compression compression,
                                              const ArchiveControl &control)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::NotFound, Tr::tr("cannot open layer %1").arg(what), u"open "_s + path + u": "_s + errnoText(errno));
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    Result<LayerDigest> result = digestFd(fd, what, compression, control);
    ::close(fd);
    return result;
}

} // namespace Ponton::Archive
