#include "image/history.h"

#include "common/tr.h"
#include "image/jsonfieldreader.h"
#include "image/jsonoverlay.h"

using namespace Qt::StringLiterals;

namespace Ponton::Image {

Result<History> History::fromJson(const QJsonValue &value, const QString &what)
{
    if (!value.isObject())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: a history entry must be an object").arg(what));
    History history;
    history.source = value.toObject();
    JsonFieldReader reader(history.source, what);
    QString created;
    reader.read(u"created"_s, created);
    reader.read(u"created_by"_s, history.createdBy);
    reader.read(u"author"_s, history.author);
    reader.read(u"comment"_s, history.comment);
    reader.read(u"empty_layer"_s, history.emptyLayer);
    if (!reader.ok())
        return std::unexpected(reader.status().error());
    if (created.isEmpty())
        return history;
    const Result<Timestamp> timestamp = Timestamp::parse(created);
    if (!timestamp)
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: invalid \"created\" time").arg(what),
                    timestamp.error().toString());
    history.created = *timestamp;
    return history;
}

QJsonObject History::toJson() const
{
    QJsonObject object = source;
    JsonOverlay::putString(object, u"created"_s, created.toString());
    JsonOverlay::putString(object, u"created_by"_s, createdBy);
    JsonOverlay::putString(object, u"author"_s, author);
    JsonOverlay::putString(object, u"comment"_s, comment);
    JsonOverlay::putBool(object, u"empty_layer"_s, emptyLayer);
    return object;
}

bool History::operator==(const History &other) const
{
    return toJson() == other.toJson();
}

} // namespace Ponton::Image
