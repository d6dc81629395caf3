#pragma once

#include "common/error.h"
#include "registry/registryendpoint.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace Ponton::Registry {

// The registry client's settings, read from a JSON file (documented in core/registry/README.md):
// $PONTON_REGISTRY_CONFIG, else $XDG_CONFIG_HOME/ponton/registries.json (/etc/ponton/registries.json
// for root). Keys follow Docker's daemon.json where Docker has one:
//   "registry-mirrors"          ["https://mirror.example", "http://127.0.0.1:5000"]  mirrors of docker.io
//   "insecure-registries"       ["host:5000", "host"]  hosts allowed over plain HTTP
//   "certs-directories"         certs.d folders: DIR/HOST:PORT/*.crt are CA files for that registry
//   "max-concurrent-downloads"  3
//   "max-concurrent-uploads"    3
//   "max-download-attempts"     5
//   "retry-delay-ms"            first backoff delay (doubles on each retry)
//   "chunk-size"                bytes per PATCH of a chunked upload (0: monolithic uploads)
class RegistryConfig
{
public:
    QStringList mirrors;
    QStringList insecureRegistries;
    QStringList certsDirectories = defaultCertsDirectories();
    int maxConcurrentDownloads = 3;
    int maxConcurrentUploads = 3;
    int maxDownloadAttempts = 5;
    int retryDelayMs = 500;
    qint64 chunkSize = 0;

    static QString defaultPath();
    static QStringList defaultCertsDirectories();
    // A missing file gives the defaults; a malformed one is an InvalidArgument error naming the key.
    static Result<RegistryConfig> load(const QString &path = defaultPath());
    static Result<RegistryConfig> fromJson(const QByteArray &json, const QString &what);

    // Plain HTTP is allowed for loopback hosts and for the listed ones.
    bool allowsPlainHttp(const QString &hostPort) const;
    // localhost, 127.0.0.0/8, ::1 (with or without a port).
    static bool isLoopback(const QString &hostPort);
    // The endpoints to try for a domain, in order: mirrors (docker.io only), then the registry itself.
    QList<RegistryEndpoint> endpoints(const QString &domain) const;
    // The CA certificates of certs.d/HOST:PORT/*.crt over every certs directory.
    QList<QSslCertificate> caCertificates(const QString &hostPort) const;
};

} // namespace Ponton::Registry
