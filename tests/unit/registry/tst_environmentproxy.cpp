// EnvironmentProxy: which URLs go through which proxy, as Docker (Go's net/http) reads HTTP_PROXY,
// HTTPS_PROXY and NO_PROXY. The pulls and ADD downloads through a real proxy: tst_registryproxy.
#include "registry/environmentproxy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ponton::Registry;

class TestEnvironmentProxy : public QObject
{
    Q_OBJECT

    static EnvironmentProxy make(const QString &http, const QString &https, const QString &noProxy)
    {
        EnvironmentProxy::Settings settings;
        settings.httpProxy = http;
        settings.httpsProxy = https;
        settings.noProxy = noProxy;
        return EnvironmentProxy(settings);
    }

private slots:
    void schemesPickTheirVariable()
    {
        const EnvironmentProxy proxy = make(u"proxy.corp:3128"_s, u"http://secure.corp:8080"_s, {});
        const auto http = proxy.proxyFor(QUrl(u"http://registry.example/v2/"_s));
        QVERIFY(http);
        QCOMPARE(http->type(), QNetworkProxy::HttpProxy);
        QCOMPARE(http->hostName(), u"proxy.corp"_s);
        QCOMPARE(http->port(), quint16(3128));
        const auto https = proxy.proxyFor(QUrl(u"https://registry.example/v2/"_s));
        QVERIFY(https);
        QCOMPARE(https->hostName(), u"secure.corp"_s);
        QCOMPARE(https->port(), quint16(8080));
        // HTTPS_PROXY alone: http URLs go directly, as in Go.
        const auto direct = make({}, u"secure.corp:8080"_s, {}).proxyFor(QUrl(u"http://registry.example/"_s));
        QVERIFY(direct);
        QCOMPARE(direct->type(), QNetworkProxy::NoProxy);
    }

    void credentialsAndSocks()
    {
        const EnvironmentProxy proxy = make(u"http://user:p%40ss@proxy.corp:3128"_s, u"socks5h://tunnel.corp"_s, {});
        const auto http = proxy.proxyFor(QUrl(u"http://registry.example/"_s));
        QVERIFY(http);
        QCOMPARE(http->user(), u"user"_s);
        QCOMPARE(http->password(), u"p@ss"_s);
        QCOMPARE(proxy.describe(QUrl(u"http://registry.example/"_s)), u"http://user@proxy.corp:3128"_s);
        const auto socks = proxy.proxyFor(QUrl(u"https://registry.example/"_s));
        QVERIFY(socks);
        QCOMPARE(socks->type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(socks->port(), quint16(1080));
        const auto refused = make(u"ftp://proxy.corp:21"_s, {}, {}).proxyFor(QUrl(u"http://registry.example/"_s));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"HTTP_PROXY"_s), qPrintable(refused.error().message));
    }

    void noProxyRules_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("direct");
        QTest::newRow("nothing listed") << QString() << u"http://registry.example/"_s << false;
        QTest::newRow("localhost always") << QString() << u"http://localhost:5000/"_s << true;
        QTest::newRow("loopback always") << QString() << u"http://127.0.0.5:5000/"_s << true;
        QTest::newRow("v6 loopback always") << QString() << u"http://[::1]:5000/"_s << true;
        QTest::newRow("star") << u"*"_s << u"http://registry.example/"_s << true;
        QTest::newRow("name itself") << u"example.com"_s << u"http://example.com/"_s << true;
        QTest::newRow("name's subdomain") << u"example.com"_s << u"http://registry.example.com/"_s << true;
        QTest::newRow("not a suffix of a label") << u"example.com"_s << u"http://badexample.com/"_s << false;
        QTest::newRow("dot: subdomains only") << u".example.com"_s << u"http://example.com/"_s << false;
        QTest::newRow("dot: subdomain") << u".example.com"_s << u"http://a.example.com/"_s << true;
        QTest::newRow("star dot") << u"*.example.com"_s << u"http://example.com/"_s << false;
        QTest::newRow("star dot subdomain") << u"*.example.com"_s << u"http://a.b.example.com/"_s << true;
        QTest::newRow("case and spaces") << u" other.org , EXAMPLE.com "_s << u"http://Registry.Example.COM/"_s << true;
        QTest::newRow("port matches") << u"example.com:5000"_s << u"http://example.com:5000/"_s << true;
        QTest::newRow("port differs") << u"example.com:5000"_s << u"http://example.com:5001/"_s << false;
        QTest::newRow("default port") << u"example.com:443"_s << u"https://example.com/"_s << true;
        QTest::newRow("address") << u"10.1.2.3"_s << u"http://10.1.2.3:5000/"_s << true;
        QTest::newRow("other address") << u"10.1.2.3"_s << u"http://10.1.2.4:5000/"_s << false;
        QTest::newRow("cidr") << u"10.0.0.0/8"_s << u"http://10.200.0.1/"_s << true;
        QTest::newRow("outside cidr") << u"10.0.0.0/8"_s << u"http://11.0.0.1/"_s << false;
        QTest::newRow("name is no cidr") << u"10.0.0.0/8"_s << u"http://ten.example/"_s << false;
    }

    void noProxyRules()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, url);
        QFETCH(bool, direct);
        const EnvironmentProxy proxy = make(u"http://proxy.corp:3128"_s, u"http://proxy.corp:3128"_s, noProxy);
        const auto chosen = proxy.proxyFor(QUrl(url));
        QVERIFY(chosen);
        QCOMPARE(chosen->type() == QNetworkProxy::NoProxy, direct);
        QCOMPARE(proxy.describe(QUrl(url)).isEmpty(), direct);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentProxy)
#include "tst_environmentproxy.moc"
