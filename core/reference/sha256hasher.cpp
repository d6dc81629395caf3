#include "reference/sha256hasher.h"

#include <openssl/evp.h>

#include <cstdio>
#include <cstdlib>

namespace Ponton {

namespace {

// Fetched once: EVP_sha256() would look the algorithm up again at every EVP_DigestInit_ex.
const EVP_MD *sha256()
{
    static const EVP_MD *const md = [] {
        EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
        if (!fetched) {
            std::fprintf(stderr, "ponton: libcrypto.so.3 offers no SHA2-256 (EVP_MD_fetch failed)\n");
            std::abort();
        }
        return fetched;
    }();
    return md;
}

} // namespace

void Sha256Hasher::ContextDeleter::operator()(evp_md_ctx_st *ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Sha256Hasher::Sha256Hasher() : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx.get(), sha256(), nullptr);
}

Sha256Hasher::~Sha256Hasher() = default;

void Sha256Hasher::addData(QByteArrayView data)
{
    addData(data.data(), size_t(data.size()));
}

void Sha256Hasher::addData(const void *data, size_t size)
{
    EVP_DigestUpdate(m_ctx.get(), data, size);
    m_bytes += qint64(size);
}

Digest Sha256Hasher::finish()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx.get(), out, &length);
    EVP_DigestInit_ex(m_ctx.get(), sha256(), nullptr);
    m_bytes = 0;
    return Digest::fromSha256Bytes(QByteArray(reinterpret_cast<const char *>(out), int(length)));
}

} // namespace Ponton
