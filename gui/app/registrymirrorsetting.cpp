#include "app/registrymirrorsetting.h"

#include "registry/registryconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

namespace {

const QString MirrorsKey = u"registry-mirrors"_s;

} // namespace

Result<QJsonObject> RegistryMirrorSetting::readObject() const
{
    const QString &path = m_path;
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::PermissionDenied, tr("cannot read %1").arg(path), file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return fail(ErrorCode::InvalidArgument,
                    tr("%1 is not a JSON object: fix or remove it").arg(path),
                    error.errorString());
    return document.object();
}

RegistryMirrorSetting::RegistryMirrorSetting(QString path) : m_path(std::move(path)) {}

QString RegistryMirrorSetting::defaultPath()
{
    return Registry::RegistryConfig::defaultPath();
}

Result<QStringList> RegistryMirrorSetting::mirrors() const
{
    Result<QJsonObject> object = readObject();
    if (!object)
        return std::unexpected(object.error());
    QStringList result;
    for (const QJsonValue &value : object->value(MirrorsKey).toArray())
        result.append(value.toString());
    return result;
}

Status RegistryMirrorSetting::setMirrors(const QStringList &mirrors) const
{
    QJsonArray list;
    for (const QString &mirror : mirrors) {
        const QUrl url(mirror.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        tr("\"%1\" is not a registry address: write it as http://host:port or https://host")
                            .arg(mirror));
        list.append(mirror.trimmed());
    }
    Result<QJsonObject> object = readObject();
    if (!object)
        return std::unexpected(object.error());
    if (list.isEmpty())
        object->remove(MirrorsKey);
    else
        object->insert(MirrorsKey, list);
    const QByteArray bytes = QJsonDocument(*object).toJson(QJsonDocument::Indented);
    if (Result<Registry::RegistryConfig> parsed = Registry::RegistryConfig::fromJson(bytes, m_path); !parsed)
        return std::unexpected(parsed.error());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::PermissionDenied,
                    tr("cannot write %1").arg(m_path), file.errorString());
    return {};
}

} // namespace Ponton::Gui
