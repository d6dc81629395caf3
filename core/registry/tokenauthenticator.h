#pragma once

#include "common/error.h"
#include "registry/authchallenge.h"
#include "registry/credentials.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslConfiguration;

namespace Ponton::Registry {

// Authorization for the registries of one session, on the session's thread: remembers each host's
// challenge, answers Basic challenges with the host's credentials and Bearer challenges with tokens fetched
// from the realm (GET with Basic credentials, or POST with a refresh token) and cached per host and scope
// set until they expire. Concurrent requests for the same token share one fetch. Secrets are never logged
// and never put in an error.
class TokenAuthenticator : public QObject
{
    Q_OBJECT
public:
    using CredentialSource = std::function<Result<Credentials>(const QString &host)>;
    using TlsSource = std::function<QSslConfiguration(const QString &hostPort)>;
    using PlainHttpPolicy = std::function<bool(const QString &hostPort)>;

    TokenAuthenticator(QNetworkAccessManager *network, CredentialSource credentials, TlsSource tls,
                       PlainHttpPolicy plainHttpAllowed, QObject *parent = nullptr);

    // The Authorization header for a request to `host` needing `scopes`, or empty when none is known yet.
    QByteArray authorization(const QString &host, const QStringList &scopes) const;
    // True when a challenge of `host` is known and a header could be made for `scopes` without a request.
    bool hasChallenge(const QString &host) const { return m_challenges.contains(host); }
    void learnChallenge(const QString &host, const AuthChallenge &challenge);
    // Forgets the token for (host, scopes): called when the registry refused it.
    void invalidate(const QString &host, const QStringList &scopes);
    // Obtains what `authorization(host, scopes)` needs, using the known challenge of `host`.
    void authorize(const QString &host, const QStringList &scopes, std::function<void(Status)> done);
    // Overrides the credentials for one host (login checks credentials before they are saved).
    void setCredentials(const QString &host, const Credentials &credentials);
    // Drops the credentials, Basic header and tokens of `host` (after a failed login check).
    void forgetHost(const QString &host);

    int tokensFetched() const { return m_fetched; }

private:
    struct Token { QByteArray value; QDateTime expires; };
    static QString cacheKey(const QString &host, const QStringList &scopes);
    Result<Credentials> credentialsFor(const QString &host);
    void fetchToken(const QString &host, const QStringList &scopes, const AuthChallenge &challenge);
    QNetworkReply *sendTokenRequest(QUrl realm, const QString &service, const QStringList &scopes,
                                    const Credentials &credentials);
    Result<Token> readTokenReply(QNetworkReply *reply, const QString &host);
    void tokenFetched(const QString &key, Result<Token> token);

    QNetworkAccessManager *m_network;
    CredentialSource m_credentialSource;
    TlsSource m_tls;
    PlainHttpPolicy m_plainHttpAllowed;
    QHash<QString, AuthChallenge> m_challenges;
    QHash<QString, Credentials> m_credentials;
    QHash<QString, QByteArray> m_basic;
    QHash<QString, Token> m_tokens;
    QHash<QString, QList<std::function<void(Status)>>> m_pending;
    int m_fetched = 0;
};

} // namespace Ponton::Registry
