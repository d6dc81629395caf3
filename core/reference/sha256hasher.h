#pragma once

#include "reference/digest.h"

#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

namespace Ponton {

// Streaming sha256 through OpenSSL's EVP interface. libcrypto is opened on the first use
// (reference/libcryptoloader.cpp).
class Sha256Hasher
{
public:
    Sha256Hasher();
    ~Sha256Hasher();
    Sha256Hasher(const Sha256Hasher &) = delete;
    Sha256Hasher &operator=(const Sha256Hasher &) = delete;

    void addData(QByteArrayView data);
    void addData(const void *data, size_t size);
    // The digest of everything added so far; the hasher is reset afterwards.
    Digest finish();
    qint64 bytesHashed() const { return m_bytes; }

private:
    struct ContextDeleter { void operator()(evp_md_ctx_st *ctx) const; };
    std::unique_ptr<evp_md_ctx_st, ContextDeleter> m_ctx;
    qint64 m_bytes = 0;
};

} // namespace Ponton
