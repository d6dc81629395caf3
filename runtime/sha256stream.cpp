#include "sha256stream.h"

#include <openssl/evp.h>

#include <cstdio>
#include <cstdlib>

namespace ponton::helper {

namespace {

// Fetched once: EVP_sha256() would look the algorithm up again at every EVP_DigestInit_ex.
const EVP_MD *sha256()
{
    static const EVP_MD *const md = [] {
        EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
        if (!fetched) {
            std::fprintf(stderr, "ponton-helper: libcrypto offers no SHA2-256 (EVP_MD_fetch failed)\n");
            std::abort();
        }
        return fetched;
    }();
    return md;
}

} // namespace

void Sha256Stream::prepare()
{
    sha256();
}

Sha256Stream::Sha256Stream() : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, sha256(), nullptr);
}

Sha256Stream::~Sha256Stream()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256Stream::add(const void *data, std::size_t size)
{
    EVP_DigestUpdate(m_ctx, data, size);
    m_bytes += size;
}

std::string Sha256Stream::hex()
{
    unsigned char raw[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, raw, &length);
    static const char digits[] = "0123456789abcdef";
    std::string text;
    for (unsigned int i = 0; i < length; ++i) {
        text += digits[raw[i] >> 4];
        text += digits[raw[i] & 15];
    }
    return text;
}

} // namespace ponton::helper
