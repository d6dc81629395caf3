#pragma once

#include "common/error.h"
#include "registry/environmentproxy.h"
#include "registry/registryconfig.h"
#include "registry/registryendpoint.h"
#include "registry/tokenauthenticator.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Ponton::Registry {

// Everything the requests of one client share, on the client's network thread: the
// QNetworkAccessManager, the configuration, TLS settings per host (system CAs plus certs.d files), the
// authenticator, and the base URL found for each endpoint. The first request to an endpoint pings /v2/:
// over HTTPS, and over plain HTTP only when the host allows it (insecure-registries) and HTTPS could not
// connect; a loopback host is asked over plain HTTP first, then over HTTPS when it does not answer as a
// registry there. Requests go through the proxies of the environment (EnvironmentProxy), as Docker's.
class RegistrySession : public QObject
{
    Q_OBJECT
public:
    RegistrySession(const RegistryConfig &config, TokenAuthenticator::CredentialSource credentials,
                    QObject *parent = nullptr);
    ~RegistrySession() override;

    const RegistryConfig &config() const { return m_config; }
    QNetworkAccessManager *network() const { return m_network; }
    TokenAuthenticator *authenticator() const { return m_authenticator; }
    QSslConfiguration tlsFor(const QString &hostPort);

    // scheme://host of a reachable endpoint, pinging it on first use.
    void resolve(const RegistryEndpoint &endpoint, std::function<void(Result<QUrl>)> done);
    // Forgets what ping found (tests, login with new credentials).
    void forget(const RegistryEndpoint &endpoint) { m_bases.remove(endpoint.host); }

private:
    void ping(const RegistryEndpoint &endpoint, const QString &scheme);
    void pinged(const RegistryEndpoint &endpoint, Result<QUrl> base);
    static QString firstScheme(const RegistryEndpoint &endpoint);

    RegistryConfig m_config;
    EnvironmentProxy m_proxy;
    QNetworkAccessManager *m_network;
    TokenAuthenticator *m_authenticator;
    QHash<QString, QSslConfiguration> m_tls;
    QHash<QString, QUrl> m_bases;
    QHash<QString, QString> m_firstErrors; // what the first scheme tried gave, for the error detail
    QHash<QString, QList<std::function<void(Result<QUrl>)>>> m_pending;
};

} // namespace Ponton::Registry
