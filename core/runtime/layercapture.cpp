#include "runtime/layercapture.h"

#include "archive/gzipcompressor.h"
#include "common/tr.h"
#include "image/mediatypes.h"
#include "runtime/filedescriptor.h"
#include "runtime/runtimeclient.h"
#include "store/imagestore.h"

#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Ponton::Runtime {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Reads the pipe to its end into the compressor. On an error it keeps draining, so the helper's
// writes never block on a full pipe.
Status pump(int fd, Archive::GzipCompressor &compressor, const std::function<bool()> &canceled)
{
    std::vector<char> buffer(1 << 20);
    Status status;
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(ErrorCode::Internal, Tr::tr("Cannot read the container's changes."), u"read diff pipe: "_s + errnoText());
        if (n == 0)
            return status;
        if (!status)
            continue;
        if (canceled && canceled())
            status = fail(ErrorCode::Canceled, Tr::tr("canceled"));
        else
            status = compressor.write(buffer.data(), n);
    }
}

} // namespace

LayerCapture::LayerCapture(RuntimeClient &client, const Store::ImageStore &store) : m_client(client), m_store(store) {}

Result<CapturedLayer> LayerCapture::capture(const QString &containerId)
{
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) < 0)
        return fail(ErrorCode::Internal, Tr::tr("Cannot capture the container's changes."), u"pipe2: "_s + errnoText());
    FileDescriptor readEnd(ends[0]);
    FileDescriptor writeEnd(ends[1]);
    const QString ingest = u"capture-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<std::unique_ptr<Store::BlobWriter>> writer = m_store.content().openWriter(ingest);
    if (!writer)
        return std::unexpected(writer.error());
    Store::BlobWriter &blob = **writer;
    Archive::GzipCompressor compressor([&blob](const char *data, qint64 size) { return blob.write(data, size); });

    // The helper writes while this thread compresses: the diff call returns once the tar is complete.
    std::optional<Result<Digest>> diffId;
    std::thread differ([&] {
        diffId = m_client.diff(containerId, writeEnd.get(), m_mtimeClamp, m_live);
        writeEnd.reset();
    });
    const Status pumped = pump(readEnd.get(), compressor, m_canceled);
    differ.join();
    if (!*diffId) {
        blob.discard();
        return std::unexpected(diffId->error());
    }
    if (!pumped) {
        blob.discard();
        return std::unexpected(pumped.error());
    }
    Result<Archive::CompressedLayer> compressed = compressor.finish();
    if (!compressed) {
        blob.discard();
        return std::unexpected(compressed.error());
    }
    if (compressed->diffId != **diffId) {
        blob.discard();
        return fail(ErrorCode::DigestMismatch, Tr::tr("The container's changes were damaged on their way to the store."),
                    u"helper diff_id %1, received %2"_s.arg((*diffId)->toString(), compressed->diffId.toString()));
    }
    Result<Digest> digest = blob.commit();
    if (!digest)
        return std::unexpected(digest.error());
    if (Status adopted = m_client.adopt(containerId, compressed->diffId); !adopted)
        return std::unexpected(adopted.error());
    CapturedLayer captured;
    captured.layer.mediaType = Image::MediaType::OciLayerGzip;
    captured.layer.digest = *digest;
    captured.layer.size = compressed->compressedSize;
    captured.diffId = compressed->diffId;
    captured.uncompressedSize = compressed->uncompressedSize;
    return captured;
}

} // namespace Ponton::Runtime
