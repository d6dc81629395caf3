#include "registry/registrysession.h"

#include "common/tr.h"
#include "registry/authchallenge.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

RegistrySession::RegistrySession(const RegistryConfig &config, TokenAuthenticator::CredentialSource credentials,
                                 QObject *parent)
    : QObject(parent), m_config(config), m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
    m_network->setProxyFactory(new EnvironmentProxyFactory(m_proxy));
    m_authenticator = new TokenAuthenticator(
        m_network, std::move(credentials), [this](const QString &hostPort) { return tlsFor(hostPort); },
        [this](const QString &hostPort) { return m_config.allowsPlainHttp(hostPort); }, this);
}

RegistrySession::~RegistrySession() = default;

QSslConfiguration RegistrySession::tlsFor(const QString &hostPort)
{
    const auto found = m_tls.constFind(hostPort);
    if (found != m_tls.cend())
        return *found;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> extra = m_config.caCertificates(hostPort);
    if (!extra.isEmpty())
        tls.addCaCertificates(extra);
    m_tls.insert(hostPort, tls);
    return tls;
}

void RegistrySession::resolve(const RegistryEndpoint &endpoint, std::function<void(Result<QUrl>)> done)
{
    const auto known = m_bases.constFind(endpoint.host);
    if (known != m_bases.cend()) {
        done(*known);
        return;
    }
    auto &waiting = m_pending[endpoint.host];
    waiting.append(std::move(done));
    if (waiting.size() > 1)
        return;
    if (endpoint.forcedScheme == u"http" && !endpoint.plainHttpAllowed) {
        pinged(endpoint, fail(ErrorCode::PermissionDenied,
                              Tr::tr("%1 is not an insecure registry: plain HTTP is refused.").arg(endpoint.host)));
        return;
    }
    ping(endpoint, !endpoint.forcedScheme.isEmpty() ? endpoint.forcedScheme : firstScheme(endpoint));
}

// A registry on this machine most often speaks plain HTTP: asking it first spares loading the TLS backend
// (tens of milliseconds); one that answers otherwise is asked over HTTPS next. Elsewhere HTTPS comes first.
QString RegistrySession::firstScheme(const RegistryEndpoint &endpoint)
{
    return endpoint.plainHttpAllowed && RegistryConfig::isLoopback(endpoint.host) ? u"http"_s : u"https"_s;
}

void RegistrySession::ping(const RegistryEndpoint &endpoint, const QString &scheme)
{
    const QUrl base(scheme + u"://"_s + endpoint.host);
    if (const Result<QNetworkProxy> proxy = m_proxy.proxyFor(base); !proxy) {
        pinged(endpoint, std::unexpected(proxy.error()));
        return;
    }
    QNetworkRequest request(base.resolved(QUrl(u"/v2/"_s)));
    if (scheme == u"https")
        request.setSslConfiguration(tlsFor(endpoint.host));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, endpoint, scheme, base] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const int code = status.toInt();
        if (code == 200 || code == 401) {
            const AuthChallenge challenge = AuthChallenge::preferred(AuthChallenge::parse(reply->rawHeader("WWW-Authenticate")));
            m_authenticator->learnChallenge(endpoint.host, challenge);
            pinged(endpoint, base);
            return;
        }
        QString detail = status.isValid() ? u"GET %1: HTTP %2"_s.arg(reply->url().toString()).arg(code)
                                          : u"GET %1: %2"_s.arg(reply->url().toString(), reply->errorString());
        const bool probing = endpoint.plainHttpAllowed && endpoint.forcedScheme.isEmpty();
        if (probing && scheme == firstScheme(endpoint) && (scheme == u"http" || !status.isValid())) {
            m_firstErrors.insert(endpoint.host, scheme == u"http" ? detail : reply->errorString());
            ping(endpoint, scheme == u"http" ? u"https"_s : u"http"_s);
            return;
        }
        if (const QString firstError = m_firstErrors.take(endpoint.host); !firstError.isEmpty())
            detail = (scheme == u"http" ? u"HTTPS: %1; then %2"_s : u"HTTP: %1; then HTTPS: %2"_s).arg(firstError, detail);
        const QString proxy = m_proxy.describe(base);
        pinged(endpoint, fail(ErrorCode::Unavailable,
                              proxy.isEmpty() ? Tr::tr("Cannot reach the registry %1.").arg(endpoint.host)
                                              : Tr::tr("Cannot reach the registry %1 through the proxy %2.").arg(endpoint.host, proxy),
                              detail));
    });
}

void RegistrySession::pinged(const RegistryEndpoint &endpoint, Result<QUrl> base)
{
    if (base)
        m_bases.insert(endpoint.host, *base);
    const auto waiting = m_pending.take(endpoint.host);
    for (const auto &done : waiting)
        done(base);
}

} // namespace Ponton::Registry
