#include "image/rootfs.h"

#include "common/tr.h"
#include "image/jsonfieldreader.h"
#include "image/jsonoverlay.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ponton::Image {

Result<RootFs> RootFs::fromJson(const QJsonObject &object, const QString &what)
{
    RootFs rootfs;
    rootfs.source = object;
    JsonFieldReader reader(object, what, u"rootfs."_s);
    QString type;
    QStringList diffIds;
    reader.read(u"type"_s, type);
    reader.read(u"diff_ids"_s, diffIds);
    if (!reader.ok())
        return std::unexpected(reader.status().error());
    if (type != u"layers")
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("%1: unsupported rootfs type \"%2\", expected \"layers\"").arg(what, type));
    for (qsizetype i = 0; i < diffIds.size(); ++i) {
        const Result<Digest> digest = Digest::parse(diffIds.at(i));
        if (!digest)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("%1: invalid diff_id %2: \"%3\"").arg(what, QString::number(i), diffIds.at(i)),
                        digest.error().message);
        rootfs.diffIds.append(*digest);
    }
    return rootfs;
}

QJsonObject RootFs::toJson() const
{
    QJsonObject object = source;
    QJsonArray array;
    for (const Digest &diffId : diffIds)
        array.append(diffId.toString());
    object.insert(u"type"_s, u"layers"_s);
    // A source's "diff_ids": null stays null for an image without layers.
    JsonOverlay::put(object, u"diff_ids"_s, array, !diffIds.isEmpty() || !source.contains(u"diff_ids"_s));
    return object;
}

} // namespace Ponton::Image
