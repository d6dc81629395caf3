#pragma once

#include "archive/decompressor.h"

#include <QByteArray>

#include <memory>

struct ZSTD_DCtx_s;

namespace Ponton::Archive {

// zstd through libzstd's streaming decoder; concatenated frames form one stream.
class ZstdDecompressor final : public Decompressor
{
public:
    ZstdDecompressor();
    ~ZstdDecompressor() override;

    Status write(const char *data, qint64 size, const ByteSink &out) override;
    Status finish(const ByteSink &out) override;
    qint64 bytesIn() const override { return m_bytesIn; }

private:
    struct ContextDeleter { void operator()(ZSTD_DCtx_s *context) const; };
    std::unique_ptr<ZSTD_DCtx_s, ContextDeleter> m_context;
    QByteArray m_out;
    qint64 m_bytesIn = 0;
    size_t m_lastHint = 1; // 0 once a frame is complete and fully flushed
};

} // namespace Ponton::Archive
