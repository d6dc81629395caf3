#include "archive/dockerarchivemanifest.h"

#include "common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Ponton::Archive {

namespace {

Result<QStringList> stringArray(const QJsonValue &value, const QString &field, int position, bool nullable)
{
    if (nullable && (value.isNull() || value.isUndefined()))
        return QStringList();
    const auto wrong = [&]() {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("manifest.json: %1 of image %2 is not an array of strings").arg(field).arg(position));
    };
    if (!value.isArray())
        return wrong();
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return wrong();
        result.append(item.toString());
    }
    return result;
}

Result<DockerArchiveImage> parseImage(const QJsonValue &value, int position)
{
    if (!value.isObject())
        return fail(ErrorCode::InvalidArgument, Tr::tr("manifest.json: image %1 is not a JSON object").arg(position));
    const QJsonObject object = value.toObject();
    DockerArchiveImage image;
    if (!object.value(u"Config"_s).isString() || object.value(u"Config"_s).toString().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("manifest.json: image %1 has no Config").arg(position));
    image.config = object.value(u"Config"_s).toString();
    Result<QStringList> layers = stringArray(object.value(u"Layers"_s), u"Layers"_s, position, false);
    if (!layers)
        return std::unexpected(layers.error());
    Result<QStringList> tags = stringArray(object.value(u"RepoTags"_s), u"RepoTags"_s, position, true);
    if (!tags)
        return std::unexpected(tags.error());
    image.layers = *layers;
    image.repoTags = *tags;
    return image;
}

} // namespace

Result<QList<DockerArchiveImage>> DockerArchiveManifest::parse(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes)
        return fail(ErrorCode::InvalidArgument, Tr::tr("manifest.json is larger than %1 bytes").arg(MaxBytes));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (document.isNull())
        return fail(ErrorCode::InvalidArgument, Tr::tr("manifest.json is not valid JSON"), error.errorString());
    if (!document.isArray())
        return fail(ErrorCode::InvalidArgument, Tr::tr("manifest.json is not a JSON array"));
    QList<DockerArchiveImage> images;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<DockerArchiveImage> image = parseImage(array.at(i), int(i + 1));
        if (!image)
            return std::unexpected(image.error());
        images.append(*image);
    }
    if (images.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("manifest.json lists no image"));
    return images;
}

QByteArray DockerArchiveManifest::write(const QList<DockerArchiveImage> &images)
{
    QJsonArray array;
    for (const DockerArchiveImage &image : images) {
        QJsonObject object;
        object.insert(u"Config"_s, image.config);
        object.insert(u"RepoTags"_s, image.repoTags.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(QJsonArray::fromStringList(image.repoTags)));
        object.insert(u"Layers"_s, QJsonArray::fromStringList(image.layers));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray DockerArchiveManifest::writeRepositories(const QMap<QString, QMap<QString, QString>> &repositories)
{
    QJsonObject top;
    for (auto repository = repositories.cbegin(); repository != repositories.cend(); ++repository) {
        QJsonObject tags;
        for (auto tag = repository->cbegin(); tag != repository->cend(); ++tag)
            tags.insert(tag.key(), tag.value());
        top.insert(repository.key(), tags);
    }
    return QJsonDocument(top).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace Ponton::Archive
