#pragma once

#include "common/error.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QUrl>

namespace Ponton::Registry {

// The proxies named by the environment, read as Docker reads them (Go's net/http): HTTPS_PROXY for https
// URLs, HTTP_PROXY for http ones, each in upper or lower case (upper first); NO_PROXY lists the hosts
// reached directly: "*", host names (which match their subdomains too), ".domain" (subdomains only),
// IP addresses, CIDR blocks, each with an optional ":port". localhost and loopback addresses are never
// proxied. A proxy is "[http://][user:password@]host:port" or "socks5://…" (socks5h too: Qt's SOCKS5
// proxy resolves names itself); Qt speaks no TLS to a proxy, so an https:// proxy is refused, by name.
// Used by the registry client and by the builder's ADD downloads.
class EnvironmentProxy
{
public:
    struct Settings {
        QString httpProxy;
        QString httpsProxy;
        QString noProxy;
        QString httpVariable = QStringLiteral("HTTP_PROXY");   // where each came from, for messages
        QString httpsVariable = QStringLiteral("HTTPS_PROXY");
    };
    static Settings fromEnvironment();

    explicit EnvironmentProxy(Settings settings = fromEnvironment());

    // The proxy for `url`: NoProxy when none applies, an error naming the variable when its value is
    // unusable.
    Result<QNetworkProxy> proxyFor(const QUrl &url) const;
    // The proxy's URL for messages, its password left out; empty when `url` is reached directly.
    QString describe(const QUrl &url) const;
    // Whether NO_PROXY (or being local) sends `host` (and `port`) directly.
    bool bypasses(const QString &host, int port) const;

private:
    const QString &settingFor(const QUrl &url, QString *variable) const;

    Settings m_settings;
};

// A QNetworkProxyFactory of EnvironmentProxy, for a QNetworkAccessManager. An unusable setting is reported
// where the request is made (EnvironmentProxy::proxyFor); here it reaches nothing (a proxy that refuses).
class EnvironmentProxyFactory : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(EnvironmentProxy proxy = EnvironmentProxy()) : m_proxy(std::move(proxy)) {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    EnvironmentProxy m_proxy;
};

} // namespace Ponton::Registry
