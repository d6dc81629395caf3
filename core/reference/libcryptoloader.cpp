// OpenSSL's libcrypto, loaded on its first use (common/lazylibrary.h). Linked directly, its 4.7 MB are
// read from disk before main() for every command: about 6 ms with cold caches, which `images`, `ps` or
// `tag` never needed. The engine uses libcrypto for sha256 only (Sha256Hasher): the functions below.
// Qt's TLS backend opens the same library when a registry speaks HTTPS. The helper (runtime/) links
// libcrypto as usual.
#include "common/lazylibrary.h"

#include <openssl/evp.h>
#include <openssl/opensslv.h>

static_assert(OPENSSL_VERSION_MAJOR == 3, "OpenSSL 3 (soname libcrypto.so.3) expected");

namespace {

constexpr const char *libcryptoName = "libcrypto.so.3";

} // namespace

#define PONTON_LIBCRYPTO_FORWARD(Ret, name, Params, Args) PONTON_LAZY_FORWARD(libcryptoName, Ret, name, Params, Args)

PONTON_LIBCRYPTO_FORWARD(EVP_MD *, EVP_MD_fetch, (OSSL_LIB_CTX * context, const char *algorithm, const char *properties),
                         (context, algorithm, properties))
PONTON_LIBCRYPTO_FORWARD(EVP_MD_CTX *, EVP_MD_CTX_new, (void), ())
PONTON_LIBCRYPTO_FORWARD(void, EVP_MD_CTX_free, (EVP_MD_CTX * ctx), (ctx))
PONTON_LIBCRYPTO_FORWARD(int, EVP_DigestInit_ex, (EVP_MD_CTX * ctx, const EVP_MD *type, ENGINE *engine), (ctx, type, engine))
PONTON_LIBCRYPTO_FORWARD(int, EVP_DigestUpdate, (EVP_MD_CTX * ctx, const void *data, size_t count), (ctx, data, count))
PONTON_LIBCRYPTO_FORWARD(int, EVP_DigestFinal_ex, (EVP_MD_CTX * ctx, unsigned char *digest, unsigned int *size),
                         (ctx, digest, size))
