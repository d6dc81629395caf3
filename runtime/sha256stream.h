#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

struct evp_md_ctx_st;

namespace ponton::helper {

// Streaming sha256 (OpenSSL EVP); hex() finishes the digest.
class Sha256Stream
{
public:
    // Initialises libcrypto and fetches its SHA-256 now (once, any thread): the helper does it while it
    // waits for its first request, so that the first unpack does not read OpenSSL's configuration then.
    static void prepare();

    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream &) = delete;
    Sha256Stream &operator=(const Sha256Stream &) = delete;

    void add(const void *data, std::size_t size);
    std::string hex();
    std::uint64_t bytes() const { return m_bytes; }

private:
    evp_md_ctx_st *m_ctx = nullptr;
    std::uint64_t m_bytes = 0;
};

} // namespace ponton::helper
