#include "registry/tokenauthenticator.h"

#include "common/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

namespace {

constexpr qint64 MaxTokenResponse = 1024 * 1024;

QString hostPortOf(const QUrl &url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

TokenAuthenticator::TokenAuthenticator(QNetworkAccessManager *network, CredentialSource credentials, TlsSource tls,
                                       PlainHttpPolicy plainHttpAllowed, QObject *parent)
    : QObject(parent), m_network(network), m_credentialSource(std::move(credentials)), m_tls(std::move(tls)),
      m_plainHttpAllowed(std::move(plainHttpAllowed))
{
}

QString TokenAuthenticator::cacheKey(const QString &host, const QStringList &scopes)
{
    QStringList sorted = scopes;
    sorted.sort();
    sorted.removeDuplicates();
    return host + u'|' + sorted.join(u' ');
}

QByteArray TokenAuthenticator::authorization(const QString &host, const QStringList &scopes) const
{
    const auto challenge = m_challenges.constFind(host);
    if (challenge == m_challenges.cend())
        return {};
    if (challenge->isBasic())
        return m_basic.value(host);
    const auto token = m_tokens.constFind(cacheKey(host, scopes));
    if (token == m_tokens.cend() || token->expires < QDateTime::currentDateTimeUtc())
        return {};
    return "Bearer " + token->value;
}

void TokenAuthenticator::learnChallenge(const QString &host, const AuthChallenge &challenge)
{
    if (challenge.isBasic() || challenge.isBearer())
        m_challenges.insert(host, challenge);
}

void TokenAuthenticator::invalidate(const QString &host, const QStringList &scopes)
{
    m_tokens.remove(cacheKey(host, scopes));
}

void TokenAuthenticator::setCredentials(const QString &host, const Credentials &credentials)
{
    m_credentials.insert(host, credentials);
    m_basic.remove(host);
}

void TokenAuthenticator::forgetHost(const QString &host)
{
    m_credentials.remove(host);
    m_basic.remove(host);
    m_tokens.removeIf([&](const auto &entry) { return entry.key().startsWith(host + u'|'); });
}

Result<Credentials> TokenAuthenticator::credentialsFor(const QString &host)
{
    const auto known = m_credentials.constFind(host);
    if (known != m_credentials.cend())
        return *known;
    Result<Credentials> credentials = m_credentialSource ? m_credentialSource(host) : Result<Credentials>{};
    if (credentials)
        m_credentials.insert(host, *credentials);
    return credentials;
}

void TokenAuthenticator::authorize(const QString &host, const QStringList &scopes, std::function<void(Status)> done)
{
    const auto challenge = m_challenges.constFind(host);
    if (challenge == m_challenges.cend()) {
        done(fail(ErrorCode::Unauthorized, Tr::tr("%1 asks for authentication it does not describe.").arg(host)));
        return;
    }
    if (challenge->isBasic()) {
        const Result<Credentials> credentials = credentialsFor(host);
        if (!credentials) {
            done(std::unexpected(credentials.error()));
            return;
        }
        if (credentials->username.isEmpty()) {
            done(fail(ErrorCode::Unauthorized, Tr::tr("%1 requires a login.").arg(host), u"no credentials"_s));
            return;
        }
        m_basic.insert(host, credentials->basicAuthorization());
        done({});
        return;
    }
    const QString key = cacheKey(host, scopes);
    auto &waiting = m_pending[key];
    waiting.append(std::move(done));
    if (waiting.size() == 1)
        fetchToken(host, scopes, *challenge);
}

void TokenAuthenticator::fetchToken(const QString &host, const QStringList &scopes, const AuthChallenge &challenge)
{
    const QString key = cacheKey(host, scopes);
    const QUrl realm(challenge.realm());
    const bool plainAllowed = realm.scheme() == u"http" && m_plainHttpAllowed(hostPortOf(realm));
    if (!realm.isValid() || (realm.scheme() != u"https" && !plainAllowed)) {
        tokenFetched(key, fail(ErrorCode::Unauthorized, Tr::tr("%1 names an unusable token server.").arg(host),
                               u"realm %1"_s.arg(realm.toString())));
        return;
    }
    const Result<Credentials> credentials = credentialsFor(host);
    if (!credentials) {
        tokenFetched(key, std::unexpected(credentials.error()));
        return;
    }
    QNetworkReply *reply = sendTokenRequest(realm, challenge.service(), scopes, *credentials);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key, host] {
        reply->deleteLater();
        tokenFetched(key, readTokenReply(reply, host));
    });
}

QNetworkReply *TokenAuthenticator::sendTokenRequest(QUrl realm, const QString &service, const QStringList &scopes,
                                                    const Credentials &credentials)
{
    QNetworkRequest request;
    if (realm.scheme() == u"https")
        request.setSslConfiguration(m_tls(hostPortOf(realm)));
    // A redirect would carry the credentials elsewhere: refused.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!credentials.identityToken.isEmpty()) {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        form.addQueryItem(u"refresh_token"_s, credentials.identityToken);
        form.addQueryItem(u"service"_s, service);
        form.addQueryItem(u"client_id"_s, u"ponton"_s);
        form.addQueryItem(u"scope"_s, scopes.join(u' '));
        request.setUrl(realm);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        return m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    }
    QUrlQuery query(realm);
    if (!service.isEmpty())
        query.addQueryItem(u"service"_s, service);
    for (const QString &scope : scopes)
        query.addQueryItem(u"scope"_s, scope);
    if (!credentials.username.isEmpty()) {
        query.addQueryItem(u"account"_s, credentials.username);
        request.setRawHeader("Authorization", credentials.basicAuthorization());
    }
    realm.setQuery(query);
    request.setUrl(realm);
    return m_network->get(request);
}

Result<TokenAuthenticator::Token> TokenAuthenticator::readTokenReply(QNetworkReply *reply, const QString &host)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 || status == 403) {
        return fail(ErrorCode::Unauthorized, Tr::tr("The token server of %1 refused the credentials.").arg(host),
                    u"HTTP %1 from the token server"_s.arg(status));
    }
    if (status != 200) {
        return fail(ErrorCode::Unavailable, Tr::tr("Cannot get a token for %1.").arg(host),
                    u"HTTP %1 %2"_s.arg(status).arg(reply->errorString()));
    }
    const QJsonObject object = QJsonDocument::fromJson(reply->read(MaxTokenResponse)).object();
    QString value = object.value(u"token"_s).toString();
    if (value.isEmpty())
        value = object.value(u"access_token"_s).toString();
    if (value.isEmpty())
        return fail(ErrorCode::Unavailable, Tr::tr("The token server of %1 sent no token.").arg(host));
    // The spec's default lifetime is 60 s; renew a little early.
    const int lifetime = qMax(60, object.value(u"expires_in"_s).toInt(60));
    ++m_fetched;
    return Token{value.toUtf8(), QDateTime::currentDateTimeUtc().addSecs(lifetime - 10)};
}

void TokenAuthenticator::tokenFetched(const QString &key, Result<Token> token)
{
    if (token)
        m_tokens.insert(key, *token);
    const QList<std::function<void(Status)>> waiting = m_pending.take(key);
    for (const auto &done : waiting)
        done(token ? Status{} : Status(std::unexpected(token.error())));
}

} // namespace Ponton::Registry
