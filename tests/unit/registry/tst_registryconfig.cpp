#include "registry/registryconfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ponton;
using namespace Ponton::Registry;
using namespace Qt::StringLiterals;

class TestRegistryConfig : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void readsEveryKey();
    void refusesBadValues_data();
    void refusesBadValues();
    void plainHttp_data();
    void plainHttp();
    void mirrorsOnlyForDockerHub();
    void caFilesFromCertsDirectories();
};

void TestRegistryConfig::defaults()
{
    const Result<RegistryConfig> config = RegistryConfig::load(u"/nonexistent/ponton/registries.json"_s);
    QVERIFY(config);
    QCOMPARE(config->maxConcurrentDownloads, 3);
    QCOMPARE(config->maxConcurrentUploads, 3);
    QVERIFY(config->mirrors.isEmpty());
    QVERIFY(config->certsDirectories.contains(u"/etc/docker/certs.d"_s));
}

void TestRegistryConfig::readsEveryKey()
{
    const QByteArray json = R"({"registry-mirrors": ["http://127.0.0.1:5001"], "insecure-registries": ["intranet:5000"],
        "certs-directories": ["/tmp/certs"], "max-concurrent-downloads": 5, "max-concurrent-uploads": 2,
        "max-download-attempts": 7, "retry-delay-ms": 10, "chunk-size": 65536})";
    const Result<RegistryConfig> config = RegistryConfig::fromJson(json, u"test"_s);
    QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
    QCOMPARE(config->mirrors, QStringList{u"http://127.0.0.1:5001"_s});
    QCOMPARE(config->insecureRegistries, QStringList{u"intranet:5000"_s});
    QCOMPARE(config->certsDirectories, QStringList{u"/tmp/certs"_s});
    QCOMPARE(config->maxConcurrentDownloads, 5);
    QCOMPARE(config->maxConcurrentUploads, 2);
    QCOMPARE(config->maxDownloadAttempts, 7);
    QCOMPARE(config->retryDelayMs, 10);
    QCOMPARE(config->chunkSize, qint64(65536));
}

void TestRegistryConfig::refusesBadValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("not-an-object") << QByteArray("[1]") << QString();
    QTest::newRow("mirrors-not-a-list") << QByteArray(R"({"registry-mirrors": "x"})") << u"registry-mirrors"_s;
    QTest::newRow("insecure-not-strings") << QByteArray(R"({"insecure-registries": [1]})") << u"insecure-registries"_s;
    QTest::newRow("zero-downloads") << QByteArray(R"({"max-concurrent-downloads": 0})") << u"max-concurrent-downloads"_s;
    QTest::newRow("negative-delay") << QByteArray(R"({"retry-delay-ms": -1})") << u"retry-delay-ms"_s;
}

void TestRegistryConfig::refusesBadValues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    const Result<RegistryConfig> config = RegistryConfig::fromJson(json, u"cfg.json"_s);
    QVERIFY(!config);
    QCOMPARE(config.error().code, ErrorCode::InvalidArgument);
    QVERIFY(config.error().message.contains(u"cfg.json"_s));
    QVERIFY2(config.error().message.contains(key), qPrintable(config.error().message));
}

void TestRegistryConfig::plainHttp_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("loopback-v4-port") << u"127.0.0.1:5000"_s << true;
    QTest::newRow("loopback-v4-other") << u"127.1.2.3:80"_s << true;
    QTest::newRow("localhost") << u"localhost:5000"_s << true;
    QTest::newRow("loopback-v6") << u"[::1]:5000"_s << true;
    QTest::newRow("listed-with-port") << u"intranet:5000"_s << true;
    QTest::newRow("listed-host-other-port") << u"intranet:6000"_s << false;
    QTest::newRow("listed-bare-host") << u"lab"_s << true;
    QTest::newRow("listed-bare-host-with-port") << u"lab:7000"_s << true;
    QTest::newRow("docker-hub") << u"registry-1.docker.io"_s << false;
    QTest::newRow("lan-address") << u"192.168.1.2:5000"_s << false;
}

void TestRegistryConfig::plainHttp()
{
    QFETCH(QString, host);
    QFETCH(bool, allowed);
    RegistryConfig config;
    config.insecureRegistries = {u"intranet:5000"_s, u"lab"_s};
    QCOMPARE(config.allowsPlainHttp(host), allowed);
}

void TestRegistryConfig::mirrorsOnlyForDockerHub()
{
    RegistryConfig config;
    config.mirrors = {u"http://127.0.0.1:5001"_s, u"https://mirror.example"_s};
    const QList<RegistryEndpoint> hub = config.endpoints(u"docker.io"_s);
    QCOMPARE(hub.size(), 3);
    QCOMPARE(hub[0].host, u"127.0.0.1:5001"_s);
    QVERIFY(hub[0].mirror);
    QVERIFY(hub[0].plainHttpAllowed);
    QCOMPARE(hub[0].forcedScheme, u"http"_s);
    QCOMPARE(hub[1].host, u"mirror.example"_s);
    QVERIFY(!hub[1].plainHttpAllowed);
    QCOMPARE(hub[2].host, u"registry-1.docker.io"_s);
    QVERIFY(!hub[2].mirror);
    const QList<RegistryEndpoint> other = config.endpoints(u"quay.io"_s);
    QCOMPARE(other.size(), 1);
    QCOMPARE(other[0].host, u"quay.io"_s);
}

void TestRegistryConfig::caFilesFromCertsDirectories()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString hostDir = dir.filePath(u"reg.example:5000"_s);
    QVERIFY(QDir().mkpath(hostDir));
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                 u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                                 u"/CN=Ponton Unit CA"_s, u"-keyout"_s, dir.filePath(u"ca.key"_s), u"-out"_s,
                                 hostDir + u"/ca.crt"_s});
    if (!openssl.waitForStarted())
        QSKIP("openssl is not installed");
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile::copy(hostDir + u"/ca.crt"_s, hostDir + u"/ignored.pem"_s);
    RegistryConfig config;
    config.certsDirectories = {dir.filePath(u"missing"_s), dir.path()};
    QVERIFY(config.caCertificates(u"other:5000"_s).isEmpty());
    QVERIFY(config.caCertificates(u"reg.example"_s).isEmpty());
    const QList<QSslCertificate> found = config.caCertificates(u"reg.example:5000"_s);
    QCOMPARE(found.size(), 1); // *.crt only, as Docker reads certs.d
    QCOMPARE(found.first().subjectInfo(QSslCertificate::CommonName), QStringList{u"Ponton Unit CA"_s});
}

QTEST_GUILESS_MAIN(TestRegistryConfig)
#include "tst_registryconfig.moc"
