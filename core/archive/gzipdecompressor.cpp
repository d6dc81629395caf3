#include "archive/gzipdecompressor.h"

#include "common/tr.h"

#include <isa-l/igzip_lib.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton::Archive {

namespace {
constexpr qsizetype OutputSize = 1 << 20;
constexpr qint64 MaxChunk = 1 << 30;

QString inflateErrorName(int code)
{
    switch (code) {
    case ISAL_INVALID_BLOCK: return u"invalid deflate block"_s;
    case ISAL_INVALID_SYMBOL: return u"invalid deflate symbol"_s;
    case ISAL_INVALID_LOOKBACK: return u"invalid lookback distance"_s;
    case ISAL_INVALID_WRAPPER: return u"invalid gzip header"_s;
    case ISAL_UNSUPPORTED_METHOD: return u"unsupported compression method"_s;
    case ISAL_INCORRECT_CHECKSUM: return u"CRC-32 or length mismatch"_s;
    case ISAL_NEED_DICT: return u"needs a preset dictionary"_s;
    default: return u"isal_inflate error %1"_s.arg(code);
    }
}
} // namespace

void GzipDecompressor::StateDeleter::operator()(inflate_state *state) const
{
    delete state;
}

GzipDecompressor::GzipDecompressor() : m_state(new inflate_state), m_out(OutputSize, Qt::Uninitialized)
{
    isal_inflate_init(m_state.get());
    m_state->crc_flag = ISAL_GZIP;
}

GzipDecompressor::~GzipDecompressor() = default;

Status GzipDecompressor::failure(int code) const
{
    return fail(ErrorCode::InvalidArgument, Tr::tr("corrupt gzip stream: %1 after %2 compressed bytes")
                                                .arg(inflateErrorName(code)).arg(m_bytesIn));
}

Status GzipDecompressor::write(const char *data, qint64 size, const ByteSink &out)
{
    while (size > 0) {
        const qint64 chunk = std::min(size, MaxChunk);
        if (Status inflated = inflateChunk(data, quint32(chunk), out); !inflated)
            return inflated;
        data += chunk;
        size -= chunk;
    }
    return {};
}

Status GzipDecompressor::inflateChunk(const char *data, quint32 size, const ByteSink &out)
{
    inflate_state *state = m_state.get();
    state->next_in = reinterpret_cast<uint8_t *>(const_cast<char *>(data));
    state->avail_in = size;
    for (;;) {
        if (!m_inMember) {
            if (state->avail_in == 0)
                return {};
            if (state->next_in[0] != 0x1f || (state->avail_in > 1 && state->next_in[1] != 0x8b))
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("corrupt gzip stream: unexpected bytes after member %1, at compressed byte %2")
                                .arg(m_members).arg(m_bytesIn));
            isal_inflate_reset(state);
            state->crc_flag = ISAL_GZIP;
            m_inMember = true;
        }
        state->next_out = reinterpret_cast<uint8_t *>(m_out.data());
        state->avail_out = quint32(m_out.size());
        const quint32 before = state->avail_in;
        const int rc = isal_inflate(state);
        m_bytesIn += before - state->avail_in;
        const qint64 produced = m_out.size() - qint64(state->avail_out);
        if (rc < 0)
            return failure(rc);
        if (produced > 0) {
            if (Status written = out(m_out.constData(), produced); !written)
                return written;
        }
        if (state->block_state == ISAL_BLOCK_FINISH) {
            m_inMember = false;
            ++m_members;
            continue;
        }
        if (state->avail_in == 0 && state->avail_out > 0)
            return {};
    }
}

Status GzipDecompressor::finish(const ByteSink &out)
{
    if (m_inMember) {
        // Drain what ISA-L still holds; a complete member ends in ISAL_BLOCK_FINISH.
        if (Status drained = inflateChunk(nullptr, 0, out); !drained)
            return drained;
    }
    if (m_inMember || m_members == 0)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("truncated gzip stream: it ends after %1 compressed bytes, inside a member").arg(m_bytesIn));
    return {};
}

} // namespace Ponton::Archive
