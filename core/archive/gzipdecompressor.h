#pragma once

#include "archive/decompressor.h"

#include <QByteArray>

#include <memory>

struct inflate_state;

namespace Ponton::Archive {

// gzip through ISA-L's streaming isal_inflate: several members one after another (pigz, concatenated
// files) form one stream; each member's CRC-32 and length are checked. Bytes after the last member that
// do not start a new member are an error, as is a stream that ends inside a member.
class GzipDecompressor final : public Decompressor
{
public:
    GzipDecompressor();
    ~GzipDecompressor() override;

    Status write(const char *data, qint64 size, const ByteSink &out) override;
    Status finish(const ByteSink &out) override;
    qint64 bytesIn() const override { return m_bytesIn; }
    int members() const { return m_members; }

private:
    Status inflateChunk(const char *data, quint32 size, const ByteSink &out);
    Status failure(int code) const;

    struct StateDeleter { void operator()(inflate_state *state) const; };
    std::unique_ptr<inflate_state, StateDeleter> m_state;
    QByteArray m_out;
    qint64 m_bytesIn = 0;
    int m_members = 0;
    bool m_inMember = false;
};

} // namespace Ponton::Archive
