#include "registry/environmentproxy.h"

#include "common/tr.h"

#include <QHostAddress>
#include <QNetworkProxyQuery>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

namespace {

QString firstSet(const char *upper, const char *lower, QString *variable)
{
    for (const char *name : {upper, lower}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty()) {
            *variable = QString::fromLatin1(name);
            return value;
        }
    }
    *variable = QString::fromLatin1(upper);
    return {};
}

// "host:port", "[v6]:port", "host" or "v6" into host and port (-1 when none).
void splitHostPort(const QString &text, QString *host, int *port)
{
    *port = -1;
    if (text.startsWith(u'[')) {
        const qsizetype closing = text.indexOf(u']');
        *host = text.mid(1, closing - 1);
        if (closing >= 0 && text.mid(closing + 1).startsWith(u':'))
            *port = text.mid(closing + 2).toInt();
        return;
    }
    if (text.count(u':') == 1) {
        const qsizetype colon = text.indexOf(u':');
        *host = text.left(colon);
        *port = text.mid(colon + 1).toInt();
        return;
    }
    *host = text;  // a name, or an IPv6 address without brackets
}

} // namespace

EnvironmentProxy::Settings EnvironmentProxy::fromEnvironment()
{
    Settings settings;
    settings.httpProxy = firstSet("HTTP_PROXY", "http_proxy", &settings.httpVariable);
    settings.httpsProxy = firstSet("HTTPS_PROXY", "https_proxy", &settings.httpsVariable);
    QString unused;
    settings.noProxy = firstSet("NO_PROXY", "no_proxy", &unused);
    return settings;
}

EnvironmentProxy::EnvironmentProxy(Settings settings) : m_settings(std::move(settings)) {}

const QString &EnvironmentProxy::settingFor(const QUrl &url, QString *variable) const
{
    static const QString none;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https") {
        *variable = m_settings.httpsVariable;
        return m_settings.httpsProxy;
    }
    if (scheme == u"http") {
        *variable = m_settings.httpVariable;
        return m_settings.httpProxy;
    }
    return none;
}

bool EnvironmentProxy::bypasses(const QString &rawHost, int port) const
{
    const QString host = rawHost.toLower();
    if (host.isEmpty() || host == u"localhost")
        return true;
    const QHostAddress address(host);
    if (!address.isNull() && address.isLoopback())
        return true;
    const QString list = m_settings.noProxy.trimmed();
    if (list == u"*")
        return true;
    for (QString entry : list.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == u"*")
            return true;
        // A CIDR block: no port.
        if (entry.contains(u'/')) {
            if (!address.isNull() && address.isInSubnet(QHostAddress::parseSubnet(entry)))
                return true;
            continue;
        }
        QString entryHost;
        int entryPort = -1;
        splitHostPort(entry, &entryHost, &entryPort);
        if (entryPort >= 0 && port >= 0 && entryPort != port)
            continue;
        if (entryPort >= 0 && port < 0)
            continue;
        const QHostAddress entryAddress(entryHost);
        if (!entryAddress.isNull()) {
            if (!address.isNull() && entryAddress.isEqual(address))
                return true;
            continue;
        }
        if (entryHost.startsWith(u"*."))
            entryHost.remove(0, 1);
        const bool matchesItself = !entryHost.startsWith(u'.');
        const QString suffix = matchesItself ? u'.' + entryHost : entryHost;
        if (host.endsWith(suffix) || (matchesItself && host == entryHost))
            return true;
    }
    return false;
}

// The URL's port, its scheme's when it names none, as NO_PROXY's ports are compared (Go's canonicalAddr).
static int portOf(const QUrl &url)
{
    return url.port(url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 ? 443 : 80);
}

Result<QNetworkProxy> EnvironmentProxy::proxyFor(const QUrl &url) const
{
    QString variable;
    const QString &setting = settingFor(url, &variable);
    if (setting.isEmpty() || bypasses(url.host(), portOf(url)))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QUrl proxy(setting.contains(u"://"_s) ? setting : u"http://"_s + setting);
    const QString scheme = proxy.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    int defaultPort = 80;
    if (scheme == u"socks5" || scheme == u"socks5h") {
        type = QNetworkProxy::Socks5Proxy;
        defaultPort = 1080;
    } else if (scheme != u"http") {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("%1 names a proxy Ponton cannot use: %2 (use an http:// or socks5:// proxy).").arg(variable, describe(url)));
    }
    if (!proxy.isValid() || proxy.host().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1 is not a proxy address: %2.").arg(variable, describe(url)));
    return QNetworkProxy(type, proxy.host(), quint16(proxy.port(defaultPort)), proxy.userName(QUrl::FullyDecoded),
                         proxy.password(QUrl::FullyDecoded));
}

QString EnvironmentProxy::describe(const QUrl &url) const
{
    QString variable;
    const QString &setting = settingFor(url, &variable);
    if (setting.isEmpty() || bypasses(url.host(), portOf(url)))
        return {};
    QUrl proxy(setting.contains(u"://"_s) ? setting : u"http://"_s + setting);
    return proxy.isValid() ? proxy.toString(QUrl::RemovePassword) : setting;
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const Result<QNetworkProxy> proxy = m_proxy.proxyFor(query.url());
    if (proxy)
        return {*proxy};
    // Unusable: the request fails at a proxy nobody listens on; its caller reported why first.
    return {QNetworkProxy(QNetworkProxy::HttpProxy, u"0.0.0.0"_s, 9)};
}

} // namespace Ponton::Registry
