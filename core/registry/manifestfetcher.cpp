#include "registry/manifestfetcher.h"

#include "common/tr.h"
#include "image/manifestparser.h"
#include "image/mediatypes.h"
#include "registry/registrycall.h"
#include "registry/registryerror.h"

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

QStringList ManifestFetcher::acceptedMediaTypes()
{
    using namespace Image;
    return {MediaType::OciIndex, MediaType::OciManifest, MediaType::DockerManifestList, MediaType::DockerManifest};
}

Result<FetchedManifest> ManifestFetcher::verify(const QByteArray &bytes, const QString &contentType,
                                                const QByteArray &contentDigestHeader, const QString &reference,
                                                const QString &what)
{
    FetchedManifest fetched{bytes, Image::MediaType::essence(contentType), Digest::ofData(bytes)};
    if (reference.contains(u':')) {
        const Result<Digest> asked = Digest::parse(reference);
        if (!asked)
            return std::unexpected(asked.error());
        if (*asked != fetched.digest) {
            return fail(ErrorCode::DigestMismatch, Tr::tr("%1: the registry sent a different manifest.").arg(what),
                        u"asked %1, received %2"_s.arg(asked->toString(), fetched.digest.toString()));
        }
    }
    if (!contentDigestHeader.isEmpty()) {
        const Result<Digest> announced = Digest::parse(QString::fromLatin1(contentDigestHeader.trimmed()));
        if (!announced || *announced != fetched.digest) {
            return fail(ErrorCode::DigestMismatch,
                        Tr::tr("%1: the registry announced a digest that does not match the manifest.").arg(what),
                        u"Docker-Content-Digest %1, content %2"_s.arg(QString::fromLatin1(contentDigestHeader),
                                                                      fetched.digest.toString()));
        }
    }
    return fetched;
}

RegistryCall *ManifestFetcher::fetch(RegistrySession *session, const RegistryEndpoint &endpoint,
                                     const QString &repository, const QString &reference,
                                     std::function<void(Result<FetchedManifest>)> done)
{
    RegistryRequest request;
    request.endpoint = endpoint;
    request.path = u"/v2/%1/manifests/%2"_s.arg(repository, reference);
    request.headers.append(qMakePair(QByteArray("Accept"), acceptedMediaTypes().join(u", "_s).toLatin1()));
    request.scopes = {u"repository:%1:pull"_s.arg(repository)};
    request.maxBodySize = Image::ManifestParser::MaxBytes;
    const QString what = u"%1/%2:%3"_s.arg(endpoint.domain, repository, reference);
    return RegistryCall::start(session, request, [done, reference, what](Result<HttpResponse> response) {
        if (!response) {
            done(std::unexpected(response.error()));
            return;
        }
        if (!response->isSuccess()) {
            done(std::unexpected(RegistryError::fromResponse(*response, what)));
            return;
        }
        done(verify(response->body, QString::fromLatin1(response->header("Content-Type")),
                    response->header("Docker-Content-Digest"), reference, what));
    });
}

} // namespace Ponton::Registry
