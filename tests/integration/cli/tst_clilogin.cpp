// `ponton login` and `ponton logout` through the real binary against the real distribution registry
// (TLS + htpasswd Basic auth, and Bearer tokens), with Docker's config.json and a docker-credential helper.
#include "support/clirunner.h"
#include "support/imagefixture.h"
#include "support/ptyprocess.h"
#include "support/registryfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

class TestCliLogin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loginStoresCredentialsThenPullUsesThem();
    void passwordFromStdin();
    void promptOffersStoredUsername();
    void wrongPasswordIsRefused();
    void logoutErasesCredentials();
    void nonTerminalWithoutCredentials();
    void tokenRegistry();
    void credentialHelperKeepsTheSecret();

private:
    using Run = Test::CliRun;
    Run ponton(const QStringList &arguments, const QByteArray &input = {}, const QString &dockerConfig = {}) const;
    QJsonObject dockerConfig(const QString &dir) const;
    void writeRegistryConfig();

    Test::RegistryFixture m_tls{Test::RegistryFixture::Setup::TlsBasic};
    Test::RegistryFixture m_token{Test::RegistryFixture::Setup::Token};
    QTemporaryDir m_dir;
    QString m_extraPath;
};

void TestCliLogin::initTestCase()
{
    if (!Test::RegistryFixture::isAvailable())
        QSKIP("docker-registry is not installed (Debian package docker-registry)");
    QVERIFY2(m_tls.start(), "the TLS registry did not start");
    QVERIFY2(m_token.start(), "the token registry did not start");
    writeRegistryConfig();
    Test::ImageSpec spec;
    spec.layers = 1;
    spec.seed = 31;
    spec.tags = {u"secret:latest"_s};
    const QString layout = m_dir.filePath(u"layout"_s);
    QVERIFY(Test::ImageFixture::createLayout(layout, spec));
    const Status copied = m_tls.skopeoCopyTo(u"oci:"_s + layout + u":secret:latest"_s, u"private/app:1"_s);
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().toString()));
}

void TestCliLogin::writeRegistryConfig()
{
    QFile file(m_dir.filePath(u"registries.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QJsonObject config{{u"certs-directories"_s, QJsonArray{m_tls.certsDirectory()}}};
    file.write(QJsonDocument(config).toJson());
}

TestCliLogin::Run TestCliLogin::ponton(const QStringList &arguments, const QByteArray &input, const QString &dockerConfig) const
{
    Test::CliRunner runner;
    runner.setRoot(m_dir.filePath(u"store"_s));
    runner.setEnvironmentValue(u"LC_ALL"_s, u"C"_s);
    runner.setEnvironmentValue(u"DOCKER_CONFIG"_s, dockerConfig.isEmpty() ? m_dir.filePath(u"docker"_s) : dockerConfig);
    runner.setEnvironmentValue(u"PONTON_REGISTRY_CONFIG"_s, m_dir.filePath(u"registries.json"_s));
    if (!m_extraPath.isEmpty())
        runner.setEnvironmentValue(u"PATH"_s, m_extraPath + u':' + runner.environment().value(u"PATH"_s));
    return runner.run(arguments, input);
}

QJsonObject TestCliLogin::dockerConfig(const QString &dir) const
{
    QFile file(QDir(dir).filePath(u"config.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestCliLogin::loginStoresCredentialsThenPullUsesThem()
{
    const QString image = m_tls.hostPort() + u"/private/app:1"_s;
    Run run = ponton({u"pull"_s, image});
    QVERIFY2(run.exitCode != 0, qPrintable(run.out)); // anonymous pulls are refused by this registry

    run = ponton({u"login"_s, u"-u"_s, m_tls.username(), u"-p"_s, m_tls.password(), m_tls.hostPort()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Login Succeeded\n"_s);
    QVERIFY2(run.err.startsWith(u"WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"will be stored unencrypted in "_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(m_tls.password()));

    const QString configPath = m_dir.filePath(u"docker/config.json"_s);
    struct stat info{};
    QCOMPARE(::stat(QFile::encodeName(configPath).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    const QJsonObject entry = dockerConfig(m_dir.filePath(u"docker"_s)).value(u"auths"_s).toObject().value(m_tls.hostPort()).toObject();
    const QByteArray expected = (m_tls.username() + u':' + m_tls.password()).toUtf8().toBase64();
    QCOMPARE(entry.value(u"auth"_s).toString().toLatin1(), expected);

    run = ponton({u"pull"_s, image});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"Status: Downloaded newer image for "_s + image));

    run = ponton({u"login"_s, m_tls.hostPort()}); // not a terminal: the stored credentials
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Authenticating with existing credentials...\nLogin Succeeded\n"_s);
}

void TestCliLogin::passwordFromStdin()
{
    const QString dir = m_dir.filePath(u"stdin-docker"_s);
    Run run = ponton({u"login"_s, u"--username"_s, m_tls.username(), u"--password-stdin"_s, u"https://"_s + m_tls.hostPort() + u"/"_s},
                     m_tls.password().toUtf8() + "\n", dir);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Login Succeeded\n"_s);
    QVERIFY(!run.err.contains(u"--password via the CLI"_s));
    QVERIFY(dockerConfig(dir).value(u"auths"_s).toObject().contains(m_tls.hostPort()));

    run = ponton({u"login"_s, u"--password-stdin"_s, m_tls.hostPort()}, "x\n", dir);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"Error: Must provide --username with --password-stdin\n"_s);
    run = ponton({u"login"_s, u"-u"_s, u"a"_s, u"-p"_s, u"b"_s, u"--password-stdin"_s, m_tls.hostPort()}, "x\n", dir);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"--password and --password-stdin are mutually exclusive"_s));
}

void TestCliLogin::promptOffersStoredUsername()
{
    const QString dir = m_dir.filePath(u"prompt-docker"_s);
    const QStringList environment{u"LC_ALL=C"_s, u"PATH="_s + qEnvironmentVariable("PATH"), u"DOCKER_CONFIG="_s + dir,
                                  u"PONTON_REGISTRY_CONFIG="_s + m_dir.filePath(u"registries.json"_s)};
    const QStringList login{u"--root"_s, m_dir.filePath(u"store"_s), u"login"_s, m_tls.hostPort()};
    {
        // Nothing stored yet: Docker's plain prompt.
        Test::PtyProcess terminal(QStringLiteral(PONTON_CLI_PATH), login, environment);
        QVERIFY(terminal.started());
        QVERIFY2(terminal.expect("Username: "), terminal.output().constData());
        terminal.send(m_tls.username().toUtf8() + "\n");
        QVERIFY2(terminal.expect("Password: "), terminal.output().constData());
        terminal.send(m_tls.password().toUtf8() + "\n");
        QVERIFY2(terminal.expect("Login Succeeded"), terminal.output().constData());
        QCOMPARE(terminal.finish(), 0);
        QVERIFY(!terminal.output().contains(m_tls.password().toUtf8()));  // typed without echo
    }
    {
        // Stored: the prompt offers the user name and an empty answer keeps it.
        Test::PtyProcess terminal(QStringLiteral(PONTON_CLI_PATH), login, environment);
        QVERIFY(terminal.started());
        QVERIFY2(terminal.expect("Username (" + m_tls.username().toUtf8() + "): "), terminal.output().constData());
        terminal.send("\n");
        QVERIFY2(terminal.expect("Password: "), terminal.output().constData());
        terminal.send(m_tls.password().toUtf8() + "\n");
        QVERIFY2(terminal.expect("Login Succeeded"), terminal.output().constData());
        QCOMPARE(terminal.finish(), 0);
    }
    const QJsonObject entry = dockerConfig(dir).value(u"auths"_s).toObject().value(m_tls.hostPort()).toObject();
    QCOMPARE(entry.value(u"auth"_s).toString().toLatin1(), (m_tls.username() + u':' + m_tls.password()).toUtf8().toBase64());
}

void TestCliLogin::wrongPasswordIsRefused()
{
    const QString dir = m_dir.filePath(u"wrong-docker"_s);
    const QString wrong = u"not-the-pass-1234"_s;
    const Run run = ponton({u"login"_s, u"-u"_s, m_tls.username(), u"--password-stdin"_s, m_tls.hostPort()}, wrong.toUtf8(), dir);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"Error: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(m_tls.hostPort()), qPrintable(run.err));
    QVERIFY(!run.err.contains(wrong));
    QVERIFY(!run.out.contains(u"Login Succeeded"_s));
    QVERIFY(!QFile::exists(QDir(dir).filePath(u"config.json"_s)));
}

void TestCliLogin::logoutErasesCredentials()
{
    const QString dir = m_dir.filePath(u"logout-docker"_s);
    Run run = ponton({u"login"_s, u"-u"_s, m_tls.username(), u"--password-stdin"_s, m_tls.hostPort()}, m_tls.password().toUtf8(), dir);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(dockerConfig(dir).value(u"auths"_s).toObject().contains(m_tls.hostPort()));
    run = ponton({u"logout"_s, m_tls.hostPort()}, {}, dir);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Removing login credentials for "_s + m_tls.hostPort() + u"\n"_s);
    QVERIFY(!dockerConfig(dir).value(u"auths"_s).toObject().contains(m_tls.hostPort()));
    run = ponton({u"logout"_s, m_tls.hostPort()}, {}, dir);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Not logged in to "_s + m_tls.hostPort() + u"\n"_s);
}

void TestCliLogin::nonTerminalWithoutCredentials()
{
    const Run run = ponton({u"login"_s, m_token.hostPort()}, {}, m_dir.filePath(u"empty-docker"_s));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"Error: Cannot perform an interactive login from a non TTY device\n"_s);
}

void TestCliLogin::tokenRegistry()
{
    const QString dir = m_dir.filePath(u"token-docker"_s);
    Run run = ponton({u"login"_s, u"-u"_s, m_token.username(), u"--password-stdin"_s, m_token.hostPort()}, "bad-secret-42", dir);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"Error: "_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"bad-secret-42"_s));
    run = ponton({u"login"_s, u"-u"_s, m_token.username(), u"--password-stdin"_s, m_token.hostPort()}, m_token.password().toUtf8(), dir);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Login Succeeded\n"_s);
    QVERIFY(dockerConfig(dir).value(u"auths"_s).toObject().contains(m_token.hostPort()));
}

void TestCliLogin::credentialHelperKeepsTheSecret()
{
    // A docker-credential-NAME program speaking Docker's protocol, keeping what it is given in a file.
    const QString bin = m_dir.filePath(u"bin"_s);
    const QString kept = m_dir.filePath(u"helper-store.json"_s);
    QVERIFY(QDir().mkpath(bin));
    QFile helper(QDir(bin).filePath(u"docker-credential-pontontest"_s));
    QVERIFY(helper.open(QIODevice::WriteOnly));
    helper.write("#!/bin/sh\n"
                 "case \"$1\" in\n"
                 "  store) cat > \"" + QFile::encodeName(kept) + "\" ;;\n"
                 "  get) if [ -s \"" + QFile::encodeName(kept) + "\" ]; then cat \"" + QFile::encodeName(kept) + "\"; "
                 "else echo 'credentials not found in native keychain'; exit 1; fi ;;\n"
                 "  erase) rm -f \"" + QFile::encodeName(kept) + "\" ;;\n"
                 "esac\n");
    helper.close();
    QVERIFY(helper.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    m_extraPath = bin;

    const QString dir = m_dir.filePath(u"helper-docker"_s);
    QVERIFY(QDir().mkpath(dir));
    QFile config(QDir(dir).filePath(u"config.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QJsonDocument(QJsonObject{{u"credHelpers"_s, QJsonObject{{m_tls.hostPort(), u"pontontest"_s}}}}).toJson());
    config.close();

    Run run = ponton({u"login"_s, u"-u"_s, m_tls.username(), u"--password-stdin"_s, m_tls.hostPort()}, m_tls.password().toUtf8(), dir);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Login Succeeded\n"_s);
    QVERIFY2(!run.err.contains(u"unencrypted"_s), qPrintable(run.err));
    QFile stored(kept);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QJsonObject secret = QJsonDocument::fromJson(stored.readAll()).object();
    QCOMPARE(secret.value(u"Secret"_s).toString(), m_tls.password());
    QCOMPARE(secret.value(u"ServerURL"_s).toString(), m_tls.hostPort());
    QFile written(QDir(dir).filePath(u"config.json"_s));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains(m_tls.password().toUtf8()));

    run = ponton({u"logout"_s, m_tls.hostPort()}, {}, dir);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!QFile::exists(kept));
    m_extraPath.clear();
}

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_clilogin.moc"
