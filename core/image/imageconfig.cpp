#include "image/imageconfig.h"

#include "common/tr.h"
#include "image/jsonfieldreader.h"
#include "image/jsonoverlay.h"
#include "image/manifestwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Ponton::Image {

namespace {

void readCreated(JsonFieldReader &reader, Timestamp &target)
{
    QString text;
    reader.read(u"created"_s, text);
    if (text.isEmpty())
        return;
    const Result<Timestamp> timestamp = Timestamp::parse(text);
    if (!timestamp) {
        reader.setError(Error{ErrorCode::InvalidArgument, Tr::tr("%1: invalid \"created\" time").arg(reader.what()),
                              timestamp.error().toString()});
        return;
    }
    target = *timestamp;
}

void readContainerConfig(JsonFieldReader &reader, ContainerConfig &target)
{
    QJsonObject object;
    if (!reader.readObject(u"config"_s, object))
        return;
    Result<ContainerConfig> config = ContainerConfig::fromJson(object, reader.what());
    if (!config) {
        reader.setError(config.error());
        return;
    }
    target = std::move(*config);
}

void readRootFs(JsonFieldReader &reader, RootFs &target)
{
    QJsonObject object;
    if (!reader.readObject(u"rootfs"_s, object) && reader.ok()) {
        reader.setError(Error{ErrorCode::InvalidArgument, Tr::tr("%1: no rootfs").arg(reader.what()), QString()});
        return;
    }
    Result<RootFs> rootfs = RootFs::fromJson(object, reader.what());
    if (!rootfs) {
        reader.setError(rootfs.error());
        return;
    }
    target = std::move(*rootfs);
}

void readHistory(JsonFieldReader &reader, QList<History> &target)
{
    QJsonArray array;
    if (!reader.readArray(u"history"_s, array))
        return;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString what = Tr::tr("%1, history %2").arg(reader.what(), QString::number(i));
        Result<History> entry = History::fromJson(array.at(i), what);
        if (!entry) {
            reader.setError(entry.error());
            return;
        }
        target.append(std::move(*entry));
    }
}

} // namespace

Result<ImageConfig> ImageConfig::parse(const QByteArray &bytes, const QString &what)
{
    if (bytes.size() > MaxBytes)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("image config %1 is too large: %2 bytes, the limit is %3 bytes")
                        .arg(what, QString::number(bytes.size()), QString::number(MaxBytes)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidArgument, Tr::tr("image config %1 is not valid JSON").arg(what),
                    error.errorString() + u" at offset "_s + QString::number(error.offset));
    if (!document.isObject())
        return fail(ErrorCode::InvalidArgument, Tr::tr("image config %1 is not a JSON object").arg(what));
    return fromJson(document.object(), what);
}

Result<ImageConfig> ImageConfig::fromJson(const QJsonObject &object, const QString &what)
{
    ImageConfig image;
    image.source = object;
    JsonFieldReader reader(object, Tr::tr("image config %1").arg(what));
    reader.read(u"architecture"_s, image.architecture);
    reader.read(u"os"_s, image.os);
    reader.read(u"variant"_s, image.variant);
    reader.read(u"os.version"_s, image.osVersion);
    reader.read(u"os.features"_s, image.osFeatures);
    reader.read(u"author"_s, image.author);
    readCreated(reader, image.created);
    readContainerConfig(reader, image.config);
    readRootFs(reader, image.rootfs);
    readHistory(reader, image.history);
    if (!reader.ok())
        return std::unexpected(reader.status().error());
    return image;
}

QJsonObject ImageConfig::toJsonObject() const
{
    QJsonObject object = source;
    JsonOverlay::putString(object, u"architecture"_s, architecture);
    JsonOverlay::putString(object, u"os"_s, os);
    JsonOverlay::putString(object, u"variant"_s, variant);
    JsonOverlay::putString(object, u"os.version"_s, osVersion);
    JsonOverlay::putStrings(object, u"os.features"_s, osFeatures);
    JsonOverlay::putString(object, u"created"_s, created.toString());
    JsonOverlay::putString(object, u"author"_s, author);
    const QJsonObject configObject = config.toJson();
    JsonOverlay::put(object, u"config"_s, configObject, !configObject.isEmpty());
    object.insert(u"rootfs"_s, rootfs.toJson());
    QJsonArray historyArray;
    for (const History &entry : history)
        historyArray.append(entry.toJson());
    JsonOverlay::put(object, u"history"_s, historyArray, !history.isEmpty());
    return object;
}

QByteArray ImageConfig::toJson() const
{
    return ManifestWriter::canonicalJson(toJsonObject());
}

Platform ImageConfig::platform() const
{
    return Platform{os, architecture, variant, osVersion, osFeatures};
}

Result<QList<LayerHistory>> ImageConfig::layerHistory() const
{
    QList<LayerHistory> entries;
    if (history.isEmpty()) {
        for (qsizetype i = 0; i < rootfs.diffIds.size(); ++i)
            entries.append(LayerHistory{History(), int(i), rootfs.diffIds.at(i)});
        return entries;
    }
    int layer = 0;
    for (const History &entry : history) {
        if (entry.emptyLayer) {
            entries.append(LayerHistory{entry, std::nullopt, std::nullopt});
            continue;
        }
        if (layer < rootfs.diffIds.size())
            entries.append(LayerHistory{entry, layer, rootfs.diffIds.at(layer)});
        ++layer;
    }
    if (layer != rootfs.diffIds.size())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the image config has %1 history entries with a layer but %2 layers in rootfs.diff_ids")
                        .arg(QString::number(layer), QString::number(rootfs.diffIds.size())));
    return entries;
}

Result<QList<LayerHistory>> ImageConfig::nonEmptyLayerHistory() const
{
    Result<QList<LayerHistory>> all = layerHistory();
    if (!all)
        return all;
    QList<LayerHistory> withLayers;
    for (LayerHistory &entry : *all) {
        if (entry.layerIndex)
            withLayers.append(std::move(entry));
    }
    return withLayers;
}

bool ImageConfig::operator==(const ImageConfig &other) const
{
    return toJsonObject() == other.toJsonObject();
}

} // namespace Ponton::Image
