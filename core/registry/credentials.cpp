#include "registry/credentials.h"

namespace Ponton::Registry {

QByteArray Credentials::basicAuthorization() const
{
    return "Basic " + (username + u':' + secret).toUtf8().toBase64();
}

} // namespace Ponton::Registry
