#include "archive/zstddecompressor.h"

#include "common/tr.h"

#include <zstd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Archive {

void ZstdDecompressor::ContextDeleter::operator()(ZSTD_DCtx_s *context) const
{
    ZSTD_freeDCtx(context);
}

ZstdDecompressor::ZstdDecompressor()
    : m_context(ZSTD_createDCtx()), m_out(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized)
{
}

ZstdDecompressor::~ZstdDecompressor() = default;

Status ZstdDecompressor::write(const char *data, qint64 size, const ByteSink &out)
{
    ZSTD_inBuffer input{data, size_t(size), 0};
    for (;;) {
        ZSTD_outBuffer output{m_out.data(), size_t(m_out.size()), 0};
        const size_t hint = ZSTD_decompressStream(m_context.get(), &output, &input);
        if (ZSTD_isError(hint))
            return fail(ErrorCode::InvalidArgument, Tr::tr("corrupt zstd stream: %1 after %2 compressed bytes")
                                                        .arg(QString::fromUtf8(ZSTD_getErrorName(hint)))
                                                        .arg(m_bytesIn + qint64(input.pos)));
        m_lastHint = hint;
        if (output.pos > 0) {
            if (Status written = out(m_out.constData(), qint64(output.pos)); !written)
                return written;
        }
        if (input.pos == input.size && output.pos < output.size)
            break;
    }
    m_bytesIn += size;
    return {};
}

Status ZstdDecompressor::finish(const ByteSink &out)
{
    if (m_lastHint != 0) {
        if (Status drained = write(nullptr, 0, out); !drained)
            return drained;
    }
    if (m_bytesIn == 0 || m_lastHint != 0)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("truncated zstd stream: it ends after %1 compressed bytes, inside a frame").arg(m_bytesIn));
    return {};
}

} // namespace Ponton::Archive
