#include "runtime/upperdirchanges.h"

#include "common/tr.h"
#include "runtime/helperpayload.h"
#include "runtime/runtimeclient.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton::Runtime {

UpperDirChanges::UpperDirChanges(RuntimeClient &client, const QString &containerId)
    : m_client(client), m_containerId(containerId)
{
}

Result<QList<PathChange>> UpperDirChanges::scan() const
{
    Result<HelperConnection::Reply> reply = m_client.call(u"container.changes"_s, {{u"id"_s, m_containerId}});
    if (!reply)
        return std::unexpected(reply.error());
    Result<QJsonObject> payload = readPayload(*reply);
    if (!payload)
        return std::unexpected(payload.error());
    QList<PathChange> changes;
    for (const QJsonValue &value : payload->value(u"changes"_s).toArray()) {
        const QJsonObject change = value.toObject();
        const QString kind = change.value(u"kind"_s).toString();
        PathChange::Kind parsed = PathChange::Kind::Added;
        if (kind == u"C")
            parsed = PathChange::Kind::Changed;
        else if (kind == u"D")
            parsed = PathChange::Kind::Deleted;
        else if (kind != u"A")
            return fail(ErrorCode::Internal, Tr::tr("Cannot read the container's changes."), u"unknown change kind "_s + kind);
        changes.append({parsed, change.value(u"path"_s).toString(), change.value(u"size"_s).toInteger()});
    }
    std::sort(changes.begin(), changes.end(), [](const PathChange &a, const PathChange &b) { return a.path < b.path; });
    return changes;
}

} // namespace Ponton::Runtime
