#pragma once

#include "common/error.h"
#include "registry/registryendpoint.h"

#include <QStringList>

#include <functional>

namespace Ponton::Registry {

class RegistrySession;

// GET /v2/NAME/tags/list, following the Link: <...>; rel="next" pages (`docker pull --all-tags`).
class TagLister
{
public:
    static void list(RegistrySession *session, const RegistryEndpoint &endpoint, const QString &repository,
                     std::function<void(Result<QStringList>)> done);
    // The URL of a Link header's rel="next" target, or empty.
    static QString nextLink(const QByteArray &linkHeader);
};

} // namespace Ponton::Registry
