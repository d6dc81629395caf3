#pragma once

#include "common/error.h"
#include "registry/fetchedmanifest.h"
#include "registry/registryendpoint.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Ponton::Registry {

class RegistryCall;
class RegistrySession;

// GET /v2/NAME/manifests/REFERENCE with the Accept headers of every manifest and index type Ponton
// reads. The body is capped at 4 MiB; its digest must equal the digest asked for (by digest) and the
// registry's Docker-Content-Digest header when it sends one.
class ManifestFetcher
{
public:
    static QStringList acceptedMediaTypes();
    // `reference` is a tag or a digest string. The returned call can be cancelled.
    static RegistryCall *fetch(RegistrySession *session, const RegistryEndpoint &endpoint, const QString &repository,
                               const QString &reference, std::function<void(Result<FetchedManifest>)> done);
    // The checks, on a response already received (used by fetch, and by tests).
    static Result<FetchedManifest> verify(const QByteArray &bytes, const QString &contentType,
                                          const QByteArray &contentDigestHeader, const QString &reference,
                                          const QString &what);
};

} // namespace Ponton::Registry
