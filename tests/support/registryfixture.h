#pragma once

#include "common/error.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Ponton::Test {

class RegistryTokenIssuer;

// The real CNCF distribution registry (Debian's docker-registry) on a free loopback port, in one of three
// set-ups. The configuration, storage, certificates and password file live in a temporary directory;
// start() waits until /v2/ answers; the destructor stops the registry.
//   Plain     plain HTTP, no auth
//   TlsBasic  HTTPS with a server certificate from a CA the fixture makes, htpasswd Basic auth
//   Token     plain HTTP, `auth: token` with a RegistryTokenIssuer signing RS256 JWTs
class RegistryFixture
{
public:
    enum class Setup { Plain, TlsBasic, Token };

    explicit RegistryFixture(Setup setup = Setup::Plain);
    ~RegistryFixture();
    RegistryFixture(const RegistryFixture &) = delete;
    RegistryFixture &operator=(const RegistryFixture &) = delete;

    // True when the docker-registry binary is installed (tests skip otherwise).
    static bool isAvailable();
    static QString registryProgram();

    // Plain set-up only: listen on `address` (an address of this machine) instead of 127.0.0.1, for a
    // client that must not see a loopback host (proxies skip those). Before start().
    void setListenAddress(const QString &address) { m_address = address; }
    Status start();
    void stop();
    bool isRunning() const;

    Setup setup() const { return m_setup; }
    quint16 port() const { return m_port; }
    QString hostPort() const;                     // "127.0.0.1:PORT" (or the listen address)
    QUrl url(const QString &path = QString()) const; // http(s)://127.0.0.1:PORT/path
    QString username() const { return m_username; }
    QString password() const { return m_password; }
    QString caCertificatePath() const;            // TlsBasic: the CA that signed the server certificate
    QString certsDirectory() const;               // TlsBasic: certs.d layout, HOST:PORT/ca.crt
    QString workDirectory() const { return m_dir.path(); }
    RegistryTokenIssuer *tokenIssuer() const { return m_issuer.get(); }
    QByteArray log() const;                       // what the registry wrote (for failure messages)

    // Writes DIR/config.json (Docker's format) with this registry's credentials in "auths".
    Status writeDockerConfig(const QString &dir) const;
    // skopeo options for this registry as source (`src`) or destination (`dest`) of a copy.
    QStringList skopeoOptions(const QString &prefix) const;
    // skopeo copy [--all] SOURCE docker://HOST:PORT/REPOSITORY_TAG with this registry's TLS and credentials.
    Status skopeoCopyTo(const QString &source, const QString &repositoryTag) const;
    // skopeo copy docker://HOST:PORT/REPOSITORY_TAG DESTINATION.
    Status skopeoCopyFrom(const QString &repositoryTag, const QString &destination) const;
    // skopeo inspect --raw (or the parsed summary without `raw`) of docker://HOST:PORT/REPOSITORY_TAG.
    Result<QByteArray> skopeoInspect(const QString &repositoryTag, bool raw) const;
    static bool hasTool(const QString &program);
    // Runs a tool; `output` gets its stdout; a non-zero exit is an error whose detail has stdout and stderr.
    static Status runTool(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
                          int timeoutMs = 120000);

private:
    Status prepareTls();
    Status prepareHtpasswd();
    Status prepareToken();
    Status writeConfig();
    Status launch();
    Status waitUntilAnswering();
    QString path(const QString &name) const { return m_dir.filePath(name); }

    Setup m_setup;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_address = QStringLiteral("127.0.0.1");
    QString m_username = QStringLiteral("ponton");
    QString m_password = QStringLiteral("s3cret-pass");
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<RegistryTokenIssuer> m_issuer;
};

} // namespace Ponton::Test
