#include "archive/gzipcompressor.h"

#include "common/tr.h"

#include <isa-l/igzip_lib.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton::Archive {

namespace {
constexpr qsizetype OutputSize = 1 << 20;
constexpr qint64 MaxChunk = 1 << 30;

qsizetype levelBufferSize(int level)
{
    switch (level) {
    case 1: return ISAL_DEF_LVL1_DEFAULT;
    case 2: return ISAL_DEF_LVL2_DEFAULT;
    case 3: return ISAL_DEF_LVL3_DEFAULT;
    default: return 0;
    }
}
} // namespace

void GzipCompressor::StreamDeleter::operator()(isal_zstream *stream) const
{
    delete stream;
}

GzipCompressor::GzipCompressor(ByteSink sink, int level)
    : m_stream(new isal_zstream), m_out(OutputSize, Qt::Uninitialized), m_sink(std::move(sink))
{
    level = std::clamp(level, 0, 3);
    isal_deflate_init(m_stream.get());
    m_stream->level = quint32(level);
    m_stream->gzip_flag = IGZIP_GZIP;
    m_stream->flush = NO_FLUSH;
    m_levelBuffer = QByteArray(levelBufferSize(level), Qt::Uninitialized);
    m_stream->level_buf = reinterpret_cast<uint8_t *>(m_levelBuffer.data());
    m_stream->level_buf_size = quint32(m_levelBuffer.size());
}

GzipCompressor::~GzipCompressor() = default;

Status GzipCompressor::deflateChunk(const char *data, quint32 size, bool last)
{
    isal_zstream *stream = m_stream.get();
    stream->next_in = reinterpret_cast<uint8_t *>(const_cast<char *>(data));
    stream->avail_in = size;
    stream->end_of_stream = last ? 1 : 0;
    for (;;) {
        stream->next_out = reinterpret_cast<uint8_t *>(m_out.data());
        stream->avail_out = quint32(m_out.size());
        const int rc = isal_deflate(stream);
        if (rc != COMP_OK)
            return fail(ErrorCode::Internal, Tr::tr("gzip compression failed"), u"isal_deflate: %1"_s.arg(rc));
        const qint64 produced = m_out.size() - qint64(stream->avail_out);
        m_compressed += produced;
        if (produced > 0) {
            if (Status written = m_sink(m_out.constData(), produced); !written)
                return written;
        }
        const bool done = last ? stream->internal_state.state == ZSTATE_END : stream->avail_in == 0;
        if (done && stream->avail_out > 0)
            return {};
    }
}

Status GzipCompressor::write(const char *data, qint64 size)
{
    if (m_finished)
        return fail(ErrorCode::Internal, Tr::tr("write to a finished gzip compressor"));
    m_hasher.addData(data, size_t(size));
    while (size > 0) {
        const qint64 chunk = std::min(size, MaxChunk);
        if (Status deflated = deflateChunk(data, quint32(chunk), false); !deflated)
            return deflated;
        data += chunk;
        size -= chunk;
    }
    return {};
}

Result<CompressedLayer> GzipCompressor::finish()
{
    if (m_finished)
        return fail(ErrorCode::Internal, Tr::tr("gzip compressor finished twice"));
    m_finished = true;
    if (Status deflated = deflateChunk(nullptr, 0, true); !deflated)
        return std::unexpected(deflated.error());
    CompressedLayer result;
    result.uncompressedSize = m_hasher.bytesHashed();
    result.diffId = m_hasher.finish();
    result.compressedSize = m_compressed;
    return result;
}

} // namespace Ponton::Archive
