#include "registry/taglister.h"

#include "registry/registrycall.h"
#include "registry/registryerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

namespace {

constexpr int MaxPages = 1000;

struct Listing {
    RegistrySession *session;
    RegistryEndpoint endpoint;
    QString repository;
    QStringList tags;
    int pages = 0;
    std::function<void(Result<QStringList>)> done;
};

void fetchPage(const std::shared_ptr<Listing> &listing, const QUrl &url)
{
    RegistryRequest request;
    request.endpoint = listing->endpoint;
    request.url = url;
    request.scopes = {u"repository:%1:pull"_s.arg(listing->repository)};
    RegistryCall::start(listing->session, request, [listing](Result<HttpResponse> response) {
        if (!response) {
            listing->done(std::unexpected(response.error()));
            return;
        }
        if (!response->isSuccess()) {
            listing->done(std::unexpected(RegistryError::fromResponse(*response, listing->repository)));
            return;
        }
        const QJsonArray tags = QJsonDocument::fromJson(response->body).object().value(u"tags"_s).toArray();
        for (const QJsonValue &tag : tags)
            listing->tags.append(tag.toString());
        const QString next = TagLister::nextLink(response->header("Link"));
        if (next.isEmpty() || ++listing->pages >= MaxPages) {
            listing->done(listing->tags);
            return;
        }
        fetchPage(listing, response->url.resolved(QUrl(next)));
    });
}

} // namespace

QString TagLister::nextLink(const QByteArray &linkHeader)
{
    for (const QByteArray &part : linkHeader.split(',')) {
        const qsizetype open = part.indexOf('<');
        const qsizetype close = part.indexOf('>');
        if (open < 0 || close <= open)
            continue;
        const QByteArray params = part.mid(close + 1).replace(' ', "");
        if (params.contains("rel=\"next\"") || params.contains("rel=next"))
            return QString::fromLatin1(part.mid(open + 1, close - open - 1));
    }
    return {};
}

void TagLister::list(RegistrySession *session, const RegistryEndpoint &endpoint, const QString &repository,
                     std::function<void(Result<QStringList>)> done)
{
    auto listing = std::make_shared<Listing>(Listing{session, endpoint, repository, {}, 0, std::move(done)});
    fetchPage(listing, QUrl(u"/v2/%1/tags/list"_s.arg(repository)));
}

} // namespace Ponton::Registry
