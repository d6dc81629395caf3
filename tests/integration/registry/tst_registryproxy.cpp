// Pulls and ADD downloads through a real HTTP proxy (Debian's tinyproxy), as Docker reads the proxy
// settings: HTTP_PROXY / HTTPS_PROXY / NO_PROXY of the environment (core/registry/environmentproxy.h).
// Loopback hosts are never proxied, so the registry listens on an address of this machine's network
// interface; the proxy's own log tells which requests went through it.
#include "support/clirunner.h"
#include "support/imagefixture.h"
#include "support/registryfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

// An IPv4 address of this machine that is not loopback, or empty.
QString machineAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() && !address.isLinkLocal())
            return address.toString();
    }
    return {};
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TestRegistryProxy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pullGoesThroughTheProxy();
    void noProxyReachesTheRegistryDirectly();
    void deadProxyIsNamed();
    void unusableProxyIsRefusedByName();
    void addDownloadGoesThroughTheProxy();

private:
    using Run = Test::CliRun;
    // `ponton` with `environment`, in the store `store` (a new name for a pull that fetches everything).
    Run ponton(const QString &store, const QStringList &arguments, const QHash<QString, QString> &environment) const;
    QString proxyUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_proxyPort); }
    // What tinyproxy logged since the last call.
    QString newProxyLog();

    Test::RegistryFixture m_registry;
    QTemporaryDir m_dir;
    QProcess m_proxy;
    quint16 m_proxyPort = 0;
    QString m_logFile;
    QByteArray m_log;
    qsizetype m_logSeen = 0;
    QString m_name;
};

void TestRegistryProxy::initTestCase()
{
    if (!Test::RegistryFixture::isAvailable())
        QSKIP("docker-registry is not installed (Debian package docker-registry)");
    const QString tinyproxy = QStandardPaths::findExecutable(u"tinyproxy"_s, {u"/usr/bin"_s, u"/usr/sbin"_s});
    if (tinyproxy.isEmpty())
        QSKIP("tinyproxy is not installed (Debian package tinyproxy)");
    const QString address = machineAddress();
    if (address.isEmpty())
        QSKIP("this machine has no non-loopback IPv4 address (loopback hosts are never proxied)");

    m_registry.setListenAddress(address);
    QVERIFY2(m_registry.start(), qPrintable(QString::fromUtf8(m_registry.log())));
    Test::ImageSpec spec;
    spec.layers = 2;
    spec.seed = 91;
    spec.tags = {u"proxied:latest"_s};
    const QString layout = m_dir.filePath(u"layout"_s);
    const Result<Store::ImageRecord> created = Test::ImageFixture::createLayout(layout, spec);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    const Status copied = m_registry.skopeoCopyTo(u"oci:"_s + layout + u":proxied:latest"_s, u"proxied:1"_s);
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().toString()));
    m_name = m_registry.hostPort() + u"/proxied:1"_s;

    // The registry speaks plain HTTP on a host that is not loopback: listed as insecure.
    QFile config(m_dir.filePath(u"registries.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(u"{\"insecure-registries\": [\"%1\"]}"_s.arg(m_registry.hostPort()).toUtf8());
    config.close();

    m_proxyPort = freePort();
    QFile proxyConfig(m_dir.filePath(u"tinyproxy.conf"_s));
    QVERIFY(proxyConfig.open(QIODevice::WriteOnly));
    // Its log goes to a file it writes line by line (its standard output is buffered).
    m_logFile = m_dir.filePath(u"tinyproxy.log"_s);
    proxyConfig.write(u"Port %1\nListen 127.0.0.1\nTimeout 30\nLogLevel Info\nMaxClients 20\nAllow 127.0.0.1\nLogFile \"%2\"\n"_s
                          .arg(m_proxyPort).arg(m_logFile).toUtf8());
    proxyConfig.close();
    m_proxy.setProcessChannelMode(QProcess::MergedChannels);
    m_proxy.start(tinyproxy, {u"-d"_s, u"-c"_s, proxyConfig.fileName()});
    QVERIFY2(m_proxy.waitForStarted(5000), qPrintable(m_proxy.errorString()));
    QElapsedTimer timer;
    timer.start();
    bool listening = false;
    while (!listening && timer.elapsed() < 10000) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_proxyPort);
        listening = socket.waitForConnected(200);
        if (!listening)
            QThread::msleep(50);
    }
    QVERIFY2(listening, m_proxy.readAll().constData());
    newProxyLog();
}

void TestRegistryProxy::cleanupTestCase()
{
    if (m_proxy.state() != QProcess::NotRunning) {
        m_proxy.kill();
        m_proxy.waitForFinished(5000);
    }
}

QString TestRegistryProxy::newProxyLog()
{
    QFile file(m_logFile);
    if (file.open(QIODevice::ReadOnly))
        m_log = file.readAll();
    const QString fresh = QString::fromUtf8(m_log.mid(m_logSeen));
    m_logSeen = m_log.size();
    return fresh;
}

TestRegistryProxy::Run TestRegistryProxy::ponton(const QString &store, const QStringList &arguments,
                                                 const QHash<QString, QString> &environment) const
{
    Test::CliRunner runner;
    runner.setRoot(m_dir.filePath(store));
#ifdef PONTON_HELPER_PATH
    runner.setEnvironmentValue(u"PONTON_HELPER"_s, QStringLiteral(PONTON_HELPER_PATH));
#endif
    runner.setEnvironmentValue(u"LC_ALL"_s, u"C"_s);
    runner.setEnvironmentValue(u"DOCKER_CONFIG"_s, m_dir.filePath(u"docker"_s));
    runner.setEnvironmentValue(u"PONTON_REGISTRY_CONFIG"_s, m_dir.filePath(u"registries.json"_s));
    for (const QString &name : {u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s, u"NO_PROXY"_s, u"http_proxy"_s, u"https_proxy"_s, u"no_proxy"_s})
        runner.removeEnvironmentValue(name);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        runner.setEnvironmentValue(it.key(), it.value());
    return runner.run(arguments);
}

void TestRegistryProxy::pullGoesThroughTheProxy()
{
    const Run run = ponton(u"through"_s, {u"pull"_s, m_name}, {{u"http_proxy"_s, proxyUrl()}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Status: Downloaded newer image for "_s + m_name), qPrintable(run.out));
    const QString log = newProxyLog();
    // The ping, the manifest and the blobs all went through it.
    QVERIFY2(log.contains(u"GET http://%1/v2/ "_s.arg(m_registry.hostPort())), qPrintable(log));
    QVERIFY2(log.contains(u"GET http://%1/v2/proxied/manifests/1 "_s.arg(m_registry.hostPort())), qPrintable(log));
    QVERIFY2(log.count(u"/v2/proxied/blobs/sha256:"_s) >= 3, qPrintable(log));  // a config and two layers
}

void TestRegistryProxy::noProxyReachesTheRegistryDirectly()
{
    const QString host = m_registry.hostPort().section(u':', 0, 0);
    // The address, a CIDR block around it, and the address with the registry's port: each bypasses the proxy.
    const QStringList exceptions{host, host.section(u'.', 0, 2) + u".0/24"_s, m_registry.hostPort(), u"*"_s};
    for (const QString &exception : exceptions) {
        const Run run = ponton(u"direct-"_s + QString::number(qHash(exception)), {u"pull"_s, m_name},
                               {{u"HTTP_PROXY"_s, proxyUrl()}, {u"NO_PROXY"_s, u"example.com, "_s + exception}});
        QVERIFY2(run.exitCode == 0, qPrintable(exception + u": "_s + run.err));
        const QString log = newProxyLog();
        QVERIFY2(!log.contains(u"Request"_s), qPrintable(exception + u": "_s + log));
    }
    // Another port of the same host is still proxied.
    const Run run = ponton(u"other-port"_s, {u"pull"_s, m_name}, {{u"HTTP_PROXY"_s, proxyUrl()}, {u"NO_PROXY"_s, host + u":1"_s}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(newProxyLog().contains(u"Request"_s), "NO_PROXY with another port bypassed the proxy");
}

void TestRegistryProxy::deadProxyIsNamed()
{
    const QString dead = u"http://127.0.0.1:%1"_s.arg(freePort());
    const Run run = ponton(u"dead"_s, {u"pull"_s, m_name}, {{u"HTTP_PROXY"_s, dead}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Cannot reach the registry %1 through the proxy %2"_s.arg(m_registry.hostPort(), dead)),
             qPrintable(run.err));
    // Nothing of the image was registered.
    const Run images = ponton(u"dead"_s, {u"images"_s, u"-q"_s}, {});
    QCOMPARE(images.exitCode, 0);
    QVERIFY2(images.out.trimmed().isEmpty(), qPrintable(images.out));
}

void TestRegistryProxy::unusableProxyIsRefusedByName()
{
    const Run run = ponton(u"unusable"_s, {u"pull"_s, m_name}, {{u"HTTP_PROXY"_s, u"https://user:secret@127.0.0.1:3129"_s}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"HTTP_PROXY names a proxy Ponton cannot use: https://user@127.0.0.1:3129"_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"secret"_s), qPrintable(run.err));  // the password is never printed
}

void TestRegistryProxy::addDownloadGoesThroughTheProxy()
{
    if (::geteuid() != 0)
        QSKIP("a build needs the helper (root)");
    // ADD of a URL: the registry's /v2/ answers with a small JSON document, served through the proxy.
    QTemporaryDir context;
    QVERIFY(context.isValid());
    QFile dockerfile(context.filePath(u"Dockerfile"_s));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write(u"FROM scratch\nADD http://%1/v2/ /ping.json\n"_s.arg(m_registry.hostPort()).toUtf8());
    dockerfile.close();
    const Run run = ponton(u"build"_s, {u"build"_s, u"-t"_s, u"added:1"_s, context.path()}, {{u"HTTP_PROXY"_s, proxyUrl()}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QString log = newProxyLog();
    QVERIFY2(log.contains(u"GET http://%1/v2/ "_s.arg(m_registry.hostPort())), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestRegistryProxy)
#include "tst_registryproxy.moc"
