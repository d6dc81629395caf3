#include "gzipstream.h"

#include <isa-l/igzip_lib.h>

#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace ponton::helper {

namespace {

const char *inflateErrorName(int code)
{
    switch (code) {
    case ISAL_INVALID_BLOCK: return "invalid deflate block";
    case ISAL_INVALID_SYMBOL: return "invalid deflate symbol";
    case ISAL_INVALID_LOOKBACK: return "invalid lookback distance";
    case ISAL_INVALID_WRAPPER: return "invalid gzip header";
    case ISAL_UNSUPPORTED_METHOD: return "unsupported compression method";
    case ISAL_INCORRECT_CHECKSUM: return "CRC-32 or length mismatch";
    default: return "isal_inflate error";
    }
}

} // namespace

void GzipStream::StateDeleter::operator()(inflate_state *state) const
{
    delete state;
}

GzipStream::GzipStream(int fd) : m_fd(fd), m_state(new inflate_state)
{
    isal_inflate_init(m_state.get());
    m_state->next_in = m_input.data();
    m_state->avail_in = 0;
}

GzipStream::~GzipStream() = default;

Result<std::unique_ptr<GzipStream>> GzipStream::open(int fd)
{
    std::unique_ptr<GzipStream> stream(new GzipStream(fd));
    while (stream->m_state->avail_in < 2 && !stream->m_endOfInput) {
        if (auto more = stream->fill(); !more)
            return std::unexpected(more.error());
    }
    const unsigned char *head = stream->m_state->next_in;
    if (stream->m_state->avail_in < 2 || head[0] != 0x1f || head[1] != 0x8b)
        return fail("InvalidArgument", "layer blob is not gzip-compressed as its media type says");
    return stream;
}

Result<bool> GzipStream::fill()
{
    inflate_state *state = m_state.get();
    if (state->avail_in > 0 && state->next_in != m_input.data())
        std::memmove(m_input.data(), state->next_in, state->avail_in);
    state->next_in = m_input.data();
    for (;;) {
        const ssize_t n = ::read(m_fd, m_input.data() + state->avail_in, m_input.size() - state->avail_in);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return sysError(errno, "read layer blob");
        state->avail_in += std::uint32_t(n);
        m_endOfInput = n == 0;
        return n > 0;
    }
}

Status GzipStream::startMember()
{
    inflate_state *state = m_state.get();
    const unsigned char *head = state->next_in;
    if (head[0] != 0x1f || (state->avail_in > 1 && head[1] != 0x8b))
        return fail("InvalidArgument", "corrupt gzip stream: unexpected bytes after member %d, at compressed byte %llu",
                    m_members, static_cast<unsigned long long>(m_bytesIn));
    unsigned char *input = state->next_in;
    const std::uint32_t available = state->avail_in;
    isal_inflate_reset(state);
    state->next_in = input;
    state->avail_in = available;
    state->crc_flag = ISAL_GZIP;
    m_inMember = true;
    return {};
}

Result<std::size_t> GzipStream::read(char *out, std::size_t capacity)
{
    inflate_state *state = m_state.get();
    for (;;) {
        if (state->avail_in == 0 && !m_endOfInput) {
            if (auto more = fill(); !more)
                return std::unexpected(more.error());
        }
        if (!m_inMember) {
            if (state->avail_in == 0)
                return 0;  // the input ended between members
            if (auto started = startMember(); !started)
                return std::unexpected(started.error());
        }
        state->next_out = reinterpret_cast<std::uint8_t *>(out);
        state->avail_out = std::uint32_t(std::min<std::size_t>(capacity, 1u << 30));
        const std::uint32_t outBefore = state->avail_out;
        const std::uint32_t inBefore = state->avail_in;
        const int rc = isal_inflate(state);
        m_bytesIn += inBefore - state->avail_in;
        if (rc < 0)
            return fail("InvalidArgument", "corrupt gzip stream: %s after %llu compressed bytes", inflateErrorName(rc),
                        static_cast<unsigned long long>(m_bytesIn));
        if (state->block_state == ISAL_BLOCK_FINISH) {
            m_inMember = false;
            ++m_members;
        }
        const std::size_t produced = outBefore - state->avail_out;
        if (produced > 0)
            return produced;
        if (m_inMember && state->avail_in == 0 && m_endOfInput)
            return fail("InvalidArgument", "truncated gzip stream: it ends after %llu compressed bytes, inside a member",
                        static_cast<unsigned long long>(m_bytesIn));
    }
}

} // namespace ponton::helper
