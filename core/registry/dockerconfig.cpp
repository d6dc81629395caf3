#include "registry/dockerconfig.h"

#include "common/tr.h"
#include "registry/credentialhelper.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

namespace {

// "https://host:5000/v1/" -> "host:5000" (Docker's ConvertToHostname).
QString hostOf(const QString &key)
{
    QString host = key;
    if (host.startsWith(u"http://"_s))
        host.remove(0, 7);
    else if (host.startsWith(u"https://"_s))
        host.remove(0, 8);
    return host.section(u'/', 0, 0);
}

bool isDockerHub(const QString &host)
{
    return host == u"docker.io" || host == u"index.docker.io" || host == u"registry-1.docker.io";
}

} // namespace

QString DockerConfig::defaultDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("DOCKER_CONFIG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::home().filePath(u".docker"_s);
}

QString DockerConfig::serverKey(const QString &registryDomain)
{
    return isDockerHub(registryDomain) ? u"https://index.docker.io/v1/"_s : registryDomain;
}

QString DockerConfig::registryDomainOf(const QString &serverAddress)
{
    const QString host = hostOf(serverAddress.trimmed());
    return host.isEmpty() || isDockerHub(host) ? u"docker.io"_s : host;
}

Result<DockerConfig> DockerConfig::load(const QString &directory)
{
    DockerConfig config;
    config.m_directory = directory;
    QFile file(config.path());
    if (!file.exists())
        return config;
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::PermissionDenied, Tr::tr("Cannot read %1.").arg(config.path()), file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1 is not a valid configuration file.").arg(config.path()),
                    error.errorString());
    }
    config.m_root = document.object();
    return config;
}

QString DockerConfig::path() const
{
    return QDir(m_directory).filePath(u"config.json"_s);
}

QString DockerConfig::helperFor(const QString &registryDomain) const
{
    const QJsonObject helpers = m_root.value(u"credHelpers"_s).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        if (hostOf(it.key()) == registryDomain || (isDockerHub(registryDomain) && isDockerHub(hostOf(it.key()))))
            return it.value().toString();
    }
    return m_root.value(u"credsStore"_s).toString();
}

QString DockerConfig::detachKeys() const
{
    return m_root.value(u"detachKeys"_s).toString();
}

QString DockerConfig::authsKeyFor(const QString &registryDomain) const
{
    const QJsonObject auths = m_root.value(u"auths"_s).toObject();
    const QString exact = serverKey(registryDomain);
    if (auths.contains(exact))
        return exact;
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        const QString host = hostOf(it.key());
        if (host == registryDomain || (isDockerHub(registryDomain) && isDockerHub(host)))
            return it.key();
    }
    return {};
}

Result<Credentials> DockerConfig::credentials(const QString &registryDomain) const
{
    const QString helper = helperFor(registryDomain);
    if (!helper.isEmpty())
        return CredentialHelper(helper).get(serverKey(registryDomain));
    const QString key = authsKeyFor(registryDomain);
    if (key.isEmpty())
        return Credentials{};
    const QJsonObject entry = m_root.value(u"auths"_s).toObject().value(key).toObject();
    Credentials credentials;
    const QByteArray decoded = QByteArray::fromBase64(entry.value(u"auth"_s).toString().toLatin1());
    const qsizetype colon = decoded.indexOf(':');
    if (colon >= 0) {
        credentials.username = QString::fromUtf8(decoded.left(colon));
        credentials.secret = QString::fromUtf8(decoded.mid(colon + 1));
    } else {
        credentials.username = entry.value(u"username"_s).toString();
        credentials.secret = entry.value(u"password"_s).toString();
    }
    credentials.identityToken = entry.value(u"identitytoken"_s).toString();
    return credentials;
}

Status DockerConfig::storeCredentials(const QString &registryDomain, const Credentials &credentials)
{
    const QString key = serverKey(registryDomain);
    QJsonObject auths = m_root.value(u"auths"_s).toObject();
    const QString helper = helperFor(registryDomain);
    QJsonObject entry;
    if (!helper.isEmpty()) {
        if (auto stored = CredentialHelper(helper).store(key, credentials); !stored)
            return stored;
    } else {
        const QByteArray auth = (credentials.username + u':' + credentials.secret).toUtf8().toBase64();
        entry.insert(u"auth"_s, QString::fromLatin1(auth));
        if (!credentials.identityToken.isEmpty())
            entry.insert(u"identitytoken"_s, credentials.identityToken);
    }
    const QString existing = authsKeyFor(registryDomain);
    if (!existing.isEmpty())
        auths.remove(existing);
    auths.insert(key, entry);
    m_root.insert(u"auths"_s, auths);
    return save();
}

Status DockerConfig::eraseCredentials(const QString &registryDomain)
{
    const QString helper = helperFor(registryDomain);
    if (!helper.isEmpty()) {
        if (auto erased = CredentialHelper(helper).erase(serverKey(registryDomain)); !erased)
            return erased;
    }
    const QString key = authsKeyFor(registryDomain);
    if (key.isEmpty() && helper.isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("Not logged in to %1.").arg(registryDomain));
    QJsonObject auths = m_root.value(u"auths"_s).toObject();
    auths.remove(key);
    m_root.insert(u"auths"_s, auths);
    return save();
}

Status DockerConfig::save() const
{
    if (!QDir().mkpath(m_directory))
        return fail(ErrorCode::PermissionDenied, Tr::tr("Cannot create %1.").arg(m_directory));
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::PermissionDenied, Tr::tr("Cannot write %1.").arg(path()), file.errorString());
    ::fchmod(file.handle(), S_IRUSR | S_IWUSR);
    file.write(QJsonDocument(m_root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(ErrorCode::PermissionDenied, Tr::tr("Cannot write %1.").arg(path()), file.errorString());
    return {};
}

} // namespace Ponton::Registry
