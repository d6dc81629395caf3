#include "support/registryfixture.h"

#include "support/registrytokenissuer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Ponton::Test {

namespace {

const QString tokenService = u"ponton-test-registry"_s;
const QString tokenIssuerName = u"ponton-test-issuer"_s;

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

Status writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return fail(ErrorCode::Internal, u"cannot write %1"_s.arg(path), file.errorString());
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

RegistryFixture::RegistryFixture(Setup setup) : m_setup(setup) {}

RegistryFixture::~RegistryFixture()
{
    stop();
}

QString RegistryFixture::registryProgram()
{
    QString program = QStandardPaths::findExecutable(u"docker-registry"_s);
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(u"registry"_s);
    return program;
}

bool RegistryFixture::isAvailable()
{
    return !registryProgram().isEmpty();
}

Status RegistryFixture::runTool(const QString &program, const QStringList &arguments, QByteArray *output,
                                int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return fail(ErrorCode::Unavailable, u"cannot start %1"_s.arg(program), process.errorString());
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return fail(ErrorCode::Unavailable, u"%1 timed out"_s.arg(program));
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(ErrorCode::Internal, u"%1 %2 failed"_s.arg(program, arguments.join(u' ')),
                    QString::fromUtf8(out + err));
    return {};
}

QString RegistryFixture::hostPort() const
{
    return u"%1:%2"_s.arg(m_address).arg(m_port);
}

QUrl RegistryFixture::url(const QString &path) const
{
    const QString scheme = m_setup == Setup::TlsBasic ? u"https"_s : u"http"_s;
    return QUrl(scheme + u"://"_s + hostPort() + path);
}

QString RegistryFixture::caCertificatePath() const
{
    return m_setup == Setup::TlsBasic ? path(u"ca.crt"_s) : QString();
}

QString RegistryFixture::certsDirectory() const
{
    return m_setup == Setup::TlsBasic ? path(u"certs.d"_s) : QString();
}

QByteArray RegistryFixture::log() const
{
    return readFile(path(u"registry.log"_s));
}

bool RegistryFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

Status RegistryFixture::start()
{
    if (!m_dir.isValid())
        return fail(ErrorCode::Internal, u"cannot create a temporary directory"_s);
    if (!isAvailable())
        return fail(ErrorCode::Unavailable, u"docker-registry is not installed"_s);
    if (m_setup == Setup::TlsBasic) {
        if (auto ok = prepareTls(); !ok)
            return ok;
        if (auto ok = prepareHtpasswd(); !ok)
            return ok;
    }
    if (m_setup == Setup::Token) {
        if (auto ok = prepareToken(); !ok)
            return ok;
    }
    Status launched;
    for (int attempt = 0; attempt < 3; ++attempt) {
        launched = launch();
        if (launched)
            return {};
        stop();
    }
    return launched;
}

void RegistryFixture::stop()
{
    if (m_process) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
        m_process.reset();
    }
}

Status RegistryFixture::launch()
{
    m_port = freeLoopbackPort();
    if (m_port == 0)
        return fail(ErrorCode::Unavailable, u"no free loopback port"_s);
    if (auto ok = writeConfig(); !ok)
        return ok;
    if (m_setup == Setup::TlsBasic) {
        const QString hostDir = QDir(certsDirectory()).filePath(hostPort());
        QDir().mkpath(hostDir);
        if (auto ok = writeFile(QDir(hostDir).filePath(u"ca.crt"_s), readFile(caCertificatePath())); !ok)
            return ok;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setStandardOutputFile(path(u"registry.log"_s), QIODevice::Append);
    m_process->setStandardErrorFile(path(u"registry.log"_s), QIODevice::Append);
    m_process->start(registryProgram(), {u"serve"_s, path(u"config.yml"_s)});
    if (!m_process->waitForStarted(10000))
        return fail(ErrorCode::Unavailable, u"cannot start docker-registry"_s, m_process->errorString());
    return waitUntilAnswering();
}

Status RegistryFixture::waitUntilAnswering()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (!isRunning())
            return fail(ErrorCode::Unavailable, u"docker-registry exited"_s, QString::fromUtf8(log()));
        std::unique_ptr<QTcpSocket> socket;
        if (m_setup == Setup::TlsBasic) {
            auto tls = std::make_unique<QSslSocket>();
            QSslConfiguration configuration = tls->sslConfiguration();
            configuration.setCaCertificates(QSslCertificate::fromPath(caCertificatePath()));
            tls->setSslConfiguration(configuration);
            tls->connectToHostEncrypted(u"127.0.0.1"_s, m_port);
            tls->waitForEncrypted(1000);
            socket = std::move(tls);
        } else {
            socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress(m_address), m_port);
            socket->waitForConnected(1000);
        }
        if (socket->state() == QAbstractSocket::ConnectedState) {
            socket->write("GET /v2/ HTTP/1.0\r\nHost: " + hostPort().toLatin1() + "\r\n\r\n");
            socket->waitForBytesWritten(1000);
            if (socket->waitForReadyRead(2000) && socket->readLine().startsWith("HTTP/1."))
                return {};
        }
        QThread::msleep(50);
    }
    return fail(ErrorCode::Unavailable, u"docker-registry did not answer /v2/"_s, QString::fromUtf8(log()));
}

Status RegistryFixture::writeConfig()
{
    QString yaml = u"version: 0.1\n"
                   "log:\n  level: info\n  accesslog:\n    disabled: true\n"
                   "storage:\n  filesystem:\n    rootdirectory: %1\n  delete:\n    enabled: true\n"
                   "  maintenance:\n    uploadpurging:\n      enabled: false\n"
                   "http:\n  addr: %2\n  secret: ponton-fixture-secret\n"_s
                       .arg(path(u"storage"_s), hostPort());
    if (m_setup == Setup::TlsBasic) {
        yaml += u"  tls:\n    certificate: %1\n    key: %2\n"_s.arg(path(u"server.crt"_s), path(u"server.key"_s));
        yaml += u"auth:\n  htpasswd:\n    realm: ponton-test\n    path: %1\n"_s.arg(path(u"htpasswd"_s));
    }
    if (m_setup == Setup::Token) {
        yaml += u"auth:\n  token:\n    realm: %1\n    service: %2\n    issuer: %3\n    rootcertbundle: %4\n"_s.arg(
            m_issuer->realm(), tokenService, tokenIssuerName, path(u"token.crt"_s));
    }
    return writeFile(path(u"config.yml"_s), yaml.toUtf8());
}

Status RegistryFixture::prepareTls()
{
    const QString openssl = u"openssl"_s;
    if (auto ok = runTool(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                                    u"2"_s, u"-subj"_s, u"/CN=Ponton Test CA"_s, u"-addext"_s,
                                    u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                    u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-keyout"_s, path(u"ca.key"_s),
                                    u"-out"_s, path(u"ca.crt"_s)});
        !ok)
        return ok;
    if (auto ok = runTool(openssl, {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s,
                                    u"/CN=127.0.0.1"_s, u"-keyout"_s, path(u"server.key"_s), u"-out"_s,
                                    path(u"server.csr"_s)});
        !ok)
        return ok;
    if (auto ok = writeFile(path(u"server.ext"_s), "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                                   "extendedKeyUsage=serverAuth\n");
        !ok)
        return ok;
    return runTool(openssl, {u"x509"_s, u"-req"_s, u"-in"_s, path(u"server.csr"_s), u"-CA"_s, path(u"ca.crt"_s),
                             u"-CAkey"_s, path(u"ca.key"_s), u"-CAcreateserial"_s, u"-days"_s, u"2"_s,
                             u"-extfile"_s, path(u"server.ext"_s), u"-out"_s, path(u"server.crt"_s)});
}

Status RegistryFixture::prepareHtpasswd()
{
    QByteArray line;
    if (auto ok = runTool(u"htpasswd"_s, {u"-Bbn"_s, m_username, m_password}, &line); !ok)
        return ok;
    return writeFile(path(u"htpasswd"_s), line.trimmed() + '\n');
}

Status RegistryFixture::prepareToken()
{
    if (auto ok = runTool(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                         u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Ponton Test Token Issuer"_s,
                                         u"-keyout"_s, path(u"token.key"_s), u"-out"_s, path(u"token.crt"_s)});
        !ok)
        return ok;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path(u"token.crt"_s));
    if (certificates.isEmpty())
        return fail(ErrorCode::Internal, u"cannot read the token certificate"_s);
    m_issuer = std::make_unique<RegistryTokenIssuer>(tokenService, tokenIssuerName, readFile(path(u"token.key"_s)),
                                                     certificates.first().toDer());
    m_issuer->setCredentials(m_username, m_password);
    if (!m_issuer->start())
        return fail(ErrorCode::Unavailable, u"cannot start the token issuer"_s);
    return {};
}

Status RegistryFixture::writeDockerConfig(const QString &dir) const
{
    const QByteArray auth = (m_username + u':' + m_password).toUtf8().toBase64();
    const QJsonObject config{{u"auths"_s, QJsonObject{{hostPort(), QJsonObject{{u"auth"_s, QString::fromLatin1(auth)}}}}}};
    QDir().mkpath(dir);
    return writeFile(QDir(dir).filePath(u"config.json"_s), QJsonDocument(config).toJson());
}

bool RegistryFixture::hasTool(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

Status RegistryFixture::skopeoCopyTo(const QString &source, const QString &repositoryTag) const
{
    return runTool(u"skopeo"_s, QStringList{u"--insecure-policy"_s, u"copy"_s, u"--all"_s, u"-q"_s}
                                    + skopeoOptions(u"dest"_s)
                                    + QStringList{source, u"docker://%1/%2"_s.arg(hostPort(), repositoryTag)});
}

Status RegistryFixture::skopeoCopyFrom(const QString &repositoryTag, const QString &destination) const
{
    return runTool(u"skopeo"_s, QStringList{u"--insecure-policy"_s, u"copy"_s, u"-q"_s} + skopeoOptions(u"src"_s)
                                    + QStringList{u"docker://%1/%2"_s.arg(hostPort(), repositoryTag), destination});
}

Result<QByteArray> RegistryFixture::skopeoInspect(const QString &repositoryTag, bool raw) const
{
    QStringList arguments{u"inspect"_s};
    if (raw)
        arguments << u"--raw"_s;
    for (const QString &option : skopeoOptions(u"src"_s))
        arguments << QString(option).replace(u"--src-"_s, u"--"_s);
    arguments << u"docker://%1/%2"_s.arg(hostPort(), repositoryTag);
    QByteArray output;
    if (Status ok = runTool(u"skopeo"_s, arguments, &output); !ok)
        return std::unexpected(ok.error());
    return output;
}

QStringList RegistryFixture::skopeoOptions(const QString &prefix) const
{
    QStringList options;
    if (m_setup == Setup::TlsBasic) {
        options << u"--%1-cert-dir=%2"_s.arg(prefix, QDir(certsDirectory()).filePath(hostPort()));
    } else {
        options << u"--%1-tls-verify=false"_s.arg(prefix);
    }
    if (m_setup != Setup::Plain)
        options << u"--%1-creds=%2:%3"_s.arg(prefix, m_username, m_password);
    return options;
}

} // namespace Ponton::Test
