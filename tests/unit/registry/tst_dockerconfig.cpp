#include "registry/credentialhelper.h"
#include "registry/dockerconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Ponton;
using namespace Ponton::Registry;
using namespace Qt::StringLiterals;

// A docker-credential-* helper speaking Docker's protocol, keeping secrets in files of its folder.
static const char helperScript[] =
    "#!/bin/sh\n"
    "dir=\"$(dirname \"$0\")/store\"\n"
    "mkdir -p \"$dir\"\n"
    "read -r input || true\n"
    "case \"$1\" in\n"
    "get)\n"
    "  key=$(printf %s \"$input\" | tr -c 'A-Za-z0-9' _)\n"
    "  if [ -f \"$dir/$key\" ]; then cat \"$dir/$key\"; else echo \"credentials not found in native keychain\"; exit 1; fi ;;\n"
    "store)\n"
    "  url=$(printf %s \"$input\" | sed 's/.*\"ServerURL\":\"\\([^\"]*\\)\".*/\\1/')\n"
    "  key=$(printf %s \"$url\" | tr -c 'A-Za-z0-9' _)\n"
    "  printf %s \"$input\" > \"$dir/$key\" ;;\n"
    "erase)\n"
    "  key=$(printf %s \"$input\" | tr -c 'A-Za-z0-9' _)\n"
    "  rm -f \"$dir/$key\" ;;\n"
    "*) echo \"unknown verb\"; exit 1 ;;\n"
    "esac\n";

class TestDockerConfig : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void honoursDockerConfigVariable();
    void readsAuths_data();
    void readsAuths();
    void storeWritesPrivateFileAndKeepsOtherKeys();
    void eraseRemovesAndReportsMissing();
    void credentialHelperRoundTrip();
    void credHelpersWinOverCredsStore();
    void readsDetachKeys();

private:
    static void writeJson(const QString &dir, const QByteArray &json);
    QTemporaryDir m_binDir;
};

void TestDockerConfig::initTestCase()
{
    QVERIFY(m_binDir.isValid());
    QFile helper(m_binDir.filePath(u"docker-credential-pontontest"_s));
    QVERIFY(helper.open(QIODevice::WriteOnly));
    helper.write(helperScript);
    helper.close();
    QVERIFY(helper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("PATH", m_binDir.path().toLocal8Bit() + ':' + qgetenv("PATH"));
}

void TestDockerConfig::writeJson(const QString &dir, const QByteArray &json)
{
    QFile file(QDir(dir).filePath(u"config.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
}

void TestDockerConfig::honoursDockerConfigVariable()
{
    QTemporaryDir dir;
    qputenv("DOCKER_CONFIG", dir.path().toLocal8Bit());
    QCOMPARE(DockerConfig::defaultDirectory(), dir.path());
    qunsetenv("DOCKER_CONFIG");
    QCOMPARE(DockerConfig::defaultDirectory(), QDir::home().filePath(u".docker"_s));
    const Result<DockerConfig> missing = DockerConfig::load(dir.filePath(u"nothing"_s));
    QVERIFY(missing);
    const Result<Credentials> none = missing->credentials(u"docker.io"_s);
    QVERIFY(none && none->isEmpty());
}

void TestDockerConfig::readsAuths_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("registry");
    QTest::newRow("hub-v1-url") << u"https://index.docker.io/v1/"_s << u"docker.io"_s;
    QTest::newRow("plain-host-port") << u"127.0.0.1:5000"_s << u"127.0.0.1:5000"_s;
    QTest::newRow("url-with-scheme-and-path") << u"https://reg.example:5000/v2/"_s << u"reg.example:5000"_s;
    QTest::newRow("hub-by-index-host") << u"index.docker.io"_s << u"docker.io"_s;
}

void TestDockerConfig::readsAuths()
{
    QFETCH(QString, key);
    QFETCH(QString, registry);
    QTemporaryDir dir;
    const QJsonObject auths{{key, QJsonObject{{u"auth"_s, QString::fromLatin1(QByteArray("alice:pa:ss").toBase64())}}}};
    writeJson(dir.path(), QJsonDocument(QJsonObject{{u"auths"_s, auths}}).toJson());
    const Result<DockerConfig> config = DockerConfig::load(dir.path());
    QVERIFY(config);
    const Result<Credentials> credentials = config->credentials(registry);
    QVERIFY(credentials);
    QCOMPARE(credentials->username, u"alice"_s);
    QCOMPARE(credentials->secret, u"pa:ss"_s); // only the first colon separates
    const Result<Credentials> other = config->credentials(u"elsewhere.example"_s);
    QVERIFY(other && other->isEmpty());
}

void TestDockerConfig::storeWritesPrivateFileAndKeepsOtherKeys()
{
    QTemporaryDir dir;
    writeJson(dir.path(), R"({"psFormat": "table {{.ID}}", "auths": {"old.example": {"auth": "eDp5"}}})");
    Result<DockerConfig> config = DockerConfig::load(dir.path());
    QVERIFY(config);
    QVERIFY(config->storeCredentials(u"docker.io"_s, {u"bob"_s, u"hunter2"_s, {}}));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(config->path()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    const Result<DockerConfig> reread = DockerConfig::load(dir.path());
    QVERIFY(reread);
    QCOMPARE(reread->credentials(u"docker.io"_s)->username, u"bob"_s);
    QCOMPARE(reread->credentials(u"old.example"_s)->username, u"x"_s);
    QFile file(config->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"psFormat"_s).toString(), u"table {{.ID}}"_s);
    QVERIFY(root.value(u"auths"_s).toObject().contains(u"https://index.docker.io/v1/"_s));
}

void TestDockerConfig::eraseRemovesAndReportsMissing()
{
    QTemporaryDir dir;
    Result<DockerConfig> config = DockerConfig::load(dir.path());
    QVERIFY(config);
    QVERIFY(config->storeCredentials(u"127.0.0.1:5000"_s, {u"u"_s, u"p"_s, {}}));
    QVERIFY(config->eraseCredentials(u"127.0.0.1:5000"_s));
    QVERIFY(DockerConfig::load(dir.path())->credentials(u"127.0.0.1:5000"_s)->isEmpty());
    const Status again = config->eraseCredentials(u"127.0.0.1:5000"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}

void TestDockerConfig::credentialHelperRoundTrip()
{
    QTemporaryDir dir;
    writeJson(dir.path(), R"({"credsStore": "pontontest"})");
    Result<DockerConfig> config = DockerConfig::load(dir.path());
    QVERIFY(config);
    QCOMPARE(config->helperFor(u"reg.example:5000"_s), u"pontontest"_s);
    QVERIFY(config->credentials(u"reg.example:5000"_s)->isEmpty()); // "credentials not found" is no error
    const Status stored = config->storeCredentials(u"reg.example:5000"_s, {u"carol"_s, u"s3cr3t"_s, {}});
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
    // The secret went to the helper, not into config.json (Docker files an empty entry).
    QFile file(config->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains("s3cr3t"));
    QVERIFY(!written.contains(QByteArray("carol:s3cr3t").toBase64()));
    const Result<Credentials> back = DockerConfig::load(dir.path())->credentials(u"reg.example:5000"_s);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(back->username, u"carol"_s);
    QCOMPARE(back->secret, u"s3cr3t"_s);
    QVERIFY(config->eraseCredentials(u"reg.example:5000"_s));
    QVERIFY(DockerConfig::load(dir.path())->credentials(u"reg.example:5000"_s)->isEmpty());
}

void TestDockerConfig::credHelpersWinOverCredsStore()
{
    QTemporaryDir dir;
    writeJson(dir.path(), R"({"credsStore": "missing-helper", "credHelpers": {"reg.example:5000": "pontontest"}})");
    const Result<DockerConfig> config = DockerConfig::load(dir.path());
    QVERIFY(config);
    QCOMPARE(config->helperFor(u"reg.example:5000"_s), u"pontontest"_s);
    QCOMPARE(config->helperFor(u"other.example"_s), u"missing-helper"_s);
    const Result<Credentials> broken = config->credentials(u"other.example"_s);
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, ErrorCode::Unavailable);
    QVERIFY(broken.error().message.contains(u"docker-credential-missing-helper"_s));
}

void TestDockerConfig::readsDetachKeys()
{
    QTemporaryDir dir;
    writeJson(dir.path(), R"({"auths": {}})");
    Result<DockerConfig> config = DockerConfig::load(dir.path());
    QVERIFY(config);
    QCOMPARE(config->detachKeys(), QString());
    writeJson(dir.path(), R"({"auths": {}, "detachKeys": "ctrl-x,x"})");
    config = DockerConfig::load(dir.path());
    QVERIFY(config);
    QCOMPARE(config->detachKeys(), u"ctrl-x,x"_s);
}

QTEST_GUILESS_MAIN(TestDockerConfig)
#include "tst_dockerconfig.moc"
