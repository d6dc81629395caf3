#include "store/imageinspector.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

QStringList familiar(const QStringList &references)
{
    QStringList result;
    for (const QString &text : references) {
        Result<Reference> reference = Reference::parse(text);
        result.append(reference ? reference->familiarString() : text);
    }
    return result;
}

} // namespace

InspectResult ImageInspector::inspect(const QStringList &names) const
{
    InspectResult result;
    for (const QString &name : names) {
        Result<QJsonObject> object = inspectOne(name);
        if (object)
            result.objects.append(*object);
        else
            result.errors.append(object.error());
    }
    return result;
}

Result<QJsonObject> ImageInspector::inspectOne(const QString &nameOrId) const
{
    Result<ImageRecord> image = m_store.resolve(nameOrId);
    if (!image)
        return std::unexpected(image.error());
    Result<Image::ImageConfig> config = m_store.config(*image);
    if (!config)
        return std::unexpected(config.error());
    QStringList tags;
    for (const Reference &tag : image->tags)
        tags.append(tag.familiarString());
    const QJsonObject full = config->toJsonObject();
    QJsonObject object;
    object.insert(u"Id"_s, image->id.toString());
    object.insert(u"RepoTags"_s, toArray(tags));
    object.insert(u"RepoDigests"_s, toArray(familiar(image->repoDigests)));
    object.insert(u"Parent"_s, image->parent.isValid() ? image->parent.toString() : QString());
    object.insert(u"Comment"_s, config->history.isEmpty() ? QString() : config->history.last().comment);
    object.insert(u"Created"_s, config->created.isNull() ? QString() : config->created.toString());
    object.insert(u"DockerVersion"_s, full.value(u"docker_version"_s).toString());
    object.insert(u"Author"_s, config->author);
    object.insert(u"Config"_s, full.value(u"config"_s).toObject());
    object.insert(u"Architecture"_s, config->architecture);
    if (!config->variant.isEmpty())
        object.insert(u"Variant"_s, config->variant);
    object.insert(u"Os"_s, config->os);
    object.insert(u"Size"_s, double(image->size));
    QJsonArray layers;
    for (const Digest &diffId : config->rootfs.diffIds)
        layers.append(diffId.toString());
    object.insert(u"RootFS"_s, QJsonObject{{u"Type"_s, u"layers"_s}, {u"Layers"_s, layers}});
    object.insert(u"Descriptor"_s, QJsonObject{{u"mediaType"_s, image->manifest.mediaType},
                                               {u"digest"_s, image->manifest.digest.toString()},
                                               {u"size"_s, double(image->manifest.size)}});
    object.insert(u"Metadata"_s, QJsonObject{{u"LastTagTime"_s, u"0001-01-01T00:00:00Z"_s}});
    return object;
}

} // namespace Ponton::Store
