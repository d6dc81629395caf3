#include "archive/decompressor.h"

#include "archive/gzipdecompressor.h"
#include "archive/zstddecompressor.h"

using namespace Qt::StringLiterals;

namespace Ponton::Archive {

namespace {

// No compression: bytes pass through unchanged.
class PassThrough final : public Decompressor
{
public:
    Status write(const char *data, qint64 size, const ByteSink &out) override
    {
        m_bytesIn += size;
        return size > 0 ? out(data, size) : Status();
    }
    Status finish(const ByteSink &) override { return {}; }
    qint64 bytesIn() const override { return m_bytesIn; }

private:
    qint64 m_bytesIn = 0;
};

} // namespace

std::unique_ptr<Decompressor> Decompressor::create(Compression compression)
{
    switch (compression) {
    case Compression::None: return std::make_unique<PassThrough>();
    case Compression::Gzip: return std::make_unique<GzipDecompressor>();
    case Compression::Zstd: return std::make_unique<ZstdDecompressor>();
    case Compression::Unknown: break;
    }
    return nullptr;
}

Decompressor::Compression Decompressor::detect(QByteArrayView head)
{
    if (head.size() >= 2 && quint8(head[0]) == 0x1f && quint8(head[1]) == 0x8b)
        return Compression::Gzip;
    if (head.size() >= 4 && quint8(head[0]) == 0x28 && quint8(head[1]) == 0xb5 && quint8(head[2]) == 0x2f
        && quint8(head[3]) == 0xfd)
        return Compression::Zstd;
    return Compression::None;
}

QString Decompressor::compressionName(Compression compression)
{
    switch (compression) {
    case Compression::None: return u"none"_s;
    case Compression::Gzip: return u"gzip"_s;
    case Compression::Zstd: return u"zstd"_s;
    case Compression::Unknown: break;
    }
    return u"unknown"_s;
}

} // namespace Ponton::Archive
