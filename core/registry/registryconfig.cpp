#include "registry/registryconfig.h"

#include "common/tr.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

namespace {

QString hostOnly(const QString &hostPort)
{
    if (hostPort.startsWith(u'[')) // [::1]:5000
        return hostPort.mid(1, hostPort.indexOf(u']') - 1);
    return hostPort.count(u':') == 1 ? hostPort.section(u':', 0, 0) : hostPort;
}

Result<QStringList> stringList(const QJsonObject &object, const QString &key, const QString &what)
{
    QStringList list;
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return list;
    if (!value.isArray())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: \"%2\" must be a list of strings.").arg(what, key));
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return fail(ErrorCode::InvalidArgument, Tr::tr("%1: \"%2\" must be a list of strings.").arg(what, key));
        list.append(item.toString());
    }
    return list;
}

Result<qint64> number(const QJsonObject &object, const QString &key, qint64 fallback, qint64 minimum,
                      const QString &what)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble() || value.toDouble() < double(minimum))
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: \"%2\" must be a number of at least %3.")
                                                    .arg(what, key).arg(minimum));
    return qint64(value.toDouble());
}

} // namespace

QString RegistryConfig::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("PONTON_REGISTRY_CONFIG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (::geteuid() == 0)
        return u"/etc/ponton/registries.json"_s;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(u"ponton/registries.json"_s);
}

QStringList RegistryConfig::defaultCertsDirectories()
{
    QStringList dirs;
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (!config.isEmpty())
        dirs << QDir(config).filePath(u"ponton/certs.d"_s);
    dirs << u"/etc/ponton/certs.d"_s << u"/etc/docker/certs.d"_s << u"/etc/containers/certs.d"_s;
    return dirs;
}

Result<RegistryConfig> RegistryConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return RegistryConfig{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::PermissionDenied, Tr::tr("Cannot read %1.").arg(path), file.errorString());
    return fromJson(file.readAll(), path);
}

Result<RegistryConfig> RegistryConfig::fromJson(const QByteArray &json, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1 is not a JSON object.").arg(what), error.errorString());
    const QJsonObject object = document.object();
    RegistryConfig config;
    auto mirrors = stringList(object, u"registry-mirrors"_s, what);
    auto insecure = stringList(object, u"insecure-registries"_s, what);
    auto certs = stringList(object, u"certs-directories"_s, what);
    auto downloads = number(object, u"max-concurrent-downloads"_s, config.maxConcurrentDownloads, 1, what);
    auto uploads = number(object, u"max-concurrent-uploads"_s, config.maxConcurrentUploads, 1, what);
    auto attempts = number(object, u"max-download-attempts"_s, config.maxDownloadAttempts, 1, what);
    auto delay = number(object, u"retry-delay-ms"_s, config.retryDelayMs, 0, what);
    auto chunk = number(object, u"chunk-size"_s, config.chunkSize, 0, what);
    for (const auto *check : {&mirrors, &insecure, &certs}) {
        if (!*check)
            return std::unexpected(check->error());
    }
    for (const auto *check : {&downloads, &uploads, &attempts, &delay, &chunk}) {
        if (!*check)
            return std::unexpected(check->error());
    }
    config.mirrors = *mirrors;
    config.insecureRegistries = *insecure;
    if (object.contains(u"certs-directories"_s))
        config.certsDirectories = *certs;
    config.maxConcurrentDownloads = int(*downloads);
    config.maxConcurrentUploads = int(*uploads);
    config.maxDownloadAttempts = int(*attempts);
    config.retryDelayMs = int(*delay);
    config.chunkSize = *chunk;
    return config;
}

bool RegistryConfig::isLoopback(const QString &hostPort)
{
    const QString host = hostOnly(hostPort);
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool RegistryConfig::allowsPlainHttp(const QString &hostPort) const
{
    const QString host = hostOnly(hostPort);
    return isLoopback(hostPort) || insecureRegistries.contains(hostPort) || insecureRegistries.contains(host);
}

QList<RegistryEndpoint> RegistryConfig::endpoints(const QString &domain) const
{
    QList<RegistryEndpoint> list;
    if (domain == u"docker.io") {
        for (const QString &mirror : mirrors) {
            const QUrl url(mirror);
            if (!url.isValid() || url.host().isEmpty())
                continue;
            const QString hostPort = url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
            list.append({domain, hostPort, true, allowsPlainHttp(hostPort), url.scheme().toLower()});
        }
    }
    const QString host = domain == u"docker.io" ? u"registry-1.docker.io"_s : domain;
    list.append({domain, host, false, allowsPlainHttp(host), QString()});
    return list;
}

QList<QSslCertificate> RegistryConfig::caCertificates(const QString &hostPort) const
{
    QList<QSslCertificate> certificates;
    for (const QString &root : certsDirectories) {
        const QDir dir(QDir(root).filePath(hostPort));
        for (const QString &name : dir.entryList({u"*.crt"_s}, QDir::Files, QDir::Name))
            certificates += QSslCertificate::fromPath(dir.filePath(name));
    }
    return certificates;
}

} // namespace Ponton::Registry
