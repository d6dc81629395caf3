#include "registry/registryerror.h"

#include "common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

QString RegistryError::registryMessage(const QByteArray &body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(u"errors"_s).toArray();
    QStringList parts;
    for (const QJsonValue &value : errors) {
        const QJsonObject error = value.toObject();
        parts << u"%1: %2"_s.arg(error.value(u"code"_s).toString(), error.value(u"message"_s).toString());
    }
    return parts.join(u"; "_s);
}

Error RegistryError::fromResponse(const HttpResponse &response, const QString &what)
{
    const int status = response.status;
    const QString registry = registryMessage(response.body);
    const QString detail = u"HTTP %1 from %2%3"_s.arg(status).arg(response.url.toString(QUrl::RemoveQuery),
                                                         registry.isEmpty() ? QString() : u" (" + registry + u')');
    if (status == 401)
        return {ErrorCode::Unauthorized, Tr::tr("%1: authentication required.").arg(what), detail};
    if (status == 403)
        return {ErrorCode::PermissionDenied, Tr::tr("%1: access denied.").arg(what), detail};
    if (status == 404)
        return {ErrorCode::NotFound, Tr::tr("%1: not found.").arg(what), detail};
    if (status == 429 || status >= 500)
        return {ErrorCode::Unavailable, Tr::tr("%1: the registry is unavailable.").arg(what), detail};
    return {ErrorCode::InvalidArgument, Tr::tr("%1: the registry refused the request.").arg(what), detail};
}

} // namespace Ponton::Registry
