#include "sha256stream.h"

#include <openssl/evp.h>

namespace ponton::helper {

Sha256Stream::Sha256Stream() : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
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
