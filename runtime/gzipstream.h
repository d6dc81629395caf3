#pragma once

// A gzip layer blob read from a file descriptor and inflated with ISA-L, several times faster than the
// zlib inflate behind libarchive's gzip filter. Members one after another form one stream (pigz,
// concatenated files); ISA-L checks each member's CRC-32 and length. Bytes after the last member that do
// not start a new member are an error, as is a stream that ends inside a member. Qt-free.

#include "result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

struct inflate_state;

namespace ponton::helper {

class GzipStream
{
public:
    // Reads the first bytes of fd (which the stream then reads to its end) and checks they open a gzip
    // member: a blob that does not is named as such.
    static Result<std::unique_ptr<GzipStream>> open(int fd);
    ~GzipStream();

    // Inflates into [out, out + capacity): the bytes produced, 0 once the last member has ended with the input.
    Result<std::size_t> read(char *out, std::size_t capacity);

private:
    explicit GzipStream(int fd);
    // Keeps the unread input at the front of the buffer and reads more after it; false at end of input.
    Result<bool> fill();
    Status startMember();

    struct StateDeleter { void operator()(inflate_state *state) const; };
    int m_fd = -1;
    std::unique_ptr<inflate_state, StateDeleter> m_state;
    std::vector<unsigned char> m_input = std::vector<unsigned char>(256 * 1024);
    std::uint64_t m_bytesIn = 0;  // compressed bytes consumed by finished inflate calls
    int m_members = 0;
    bool m_inMember = false;
    bool m_endOfInput = false;
};

} // namespace ponton::helper
