#pragma once

#include "common/error.h"
#include "registry/httpresponse.h"

#include <QString>

namespace Ponton::Registry {

// Turns a registry's non-2xx answer into an Error callers can switch on: 401 Unauthorized,
// 403 PermissionDenied, 404 NotFound, 429 and 5xx Unavailable, other 4xx InvalidArgument. The message
// names `what` and carries the registry's own message (distribution's {"errors":[{"code","message"}]});
// the detail has the method, URL and status.
class RegistryError
{
public:
    static Error fromResponse(const HttpResponse &response, const QString &what);
    // "MANIFEST_UNKNOWN: manifest unknown" from an error body, or empty.
    static QString registryMessage(const QByteArray &body);
};

} // namespace Ponton::Registry
