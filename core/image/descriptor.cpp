#include "image/descriptor.h"

#include "common/tr.h"
#include "image/jsonfieldreader.h"
#include "image/jsonoverlay.h"

using namespace Qt::StringLiterals;

namespace Ponton::Image {

namespace {

Status readDigestAndSize(JsonFieldReader &reader, const QJsonObject &object, Descriptor &descriptor)
{
    QString digestText;
    reader.read(u"digest"_s, digestText);
    descriptor.size = -1;
    reader.read(u"size"_s, descriptor.size);
    if (!reader.ok())
        return reader.status();
    const Result<Digest> digest = Digest::parse(digestText);
    if (!digest)
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: invalid digest \"%2\"").arg(reader.what(), digestText),
                    digest.error().message);
    descriptor.digest = *digest;
    if (descriptor.size < 0)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("%1: the size must be an integer of at least 0").arg(reader.what()),
                    object.contains(u"size"_s) ? u"negative size"_s : u"no size"_s);
    return {};
}

Status readPlatform(JsonFieldReader &reader, Descriptor &descriptor)
{
    QJsonObject platformObject;
    if (!reader.readObject(u"platform"_s, platformObject))
        return reader.status();
    const Result<Platform> platform = Platform::fromJson(platformObject);
    if (!platform)
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: invalid platform").arg(reader.what()),
                    platform.error().toString());
    descriptor.platform = *platform;
    return {};
}

} // namespace

Descriptor Descriptor::forData(const QString &mediaType, const QByteArray &bytes)
{
    Descriptor descriptor;
    descriptor.mediaType = mediaType;
    descriptor.digest = Digest::ofData(bytes);
    descriptor.size = bytes.size();
    return descriptor;
}

Result<Descriptor> Descriptor::fromJson(const QJsonValue &value, const QString &what)
{
    if (!value.isObject())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: a descriptor must be an object").arg(what));
    const QJsonObject object = value.toObject();
    Descriptor descriptor;
    JsonFieldReader reader(object, what);
    reader.read(u"mediaType"_s, descriptor.mediaType);
    reader.read(u"urls"_s, descriptor.urls);
    reader.read(u"annotations"_s, descriptor.annotations);
    reader.read(u"artifactType"_s, descriptor.artifactType);
    if (const Status status = readDigestAndSize(reader, object, descriptor); !status)
        return std::unexpected(status.error());
    if (descriptor.mediaType.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: the descriptor of %2 has no media type")
                                                    .arg(what, descriptor.digest.toString()));
    if (const Status status = readPlatform(reader, descriptor); !status)
        return std::unexpected(status.error());
    return descriptor;
}

QJsonObject Descriptor::toJson() const
{
    QJsonObject object{
        {u"mediaType"_s, mediaType},
        {u"digest"_s, digest.toString()},
        {u"size"_s, size},
    };
    JsonOverlay::putStrings(object, u"urls"_s, urls);
    JsonOverlay::putStringMap(object, u"annotations"_s, annotations);
    JsonOverlay::putString(object, u"artifactType"_s, artifactType);
    if (platform)
        object.insert(u"platform"_s, platform->toJson());
    return object;
}

QString Descriptor::refName() const
{
    return annotations.value(RefNameAnnotation);
}

} // namespace Ponton::Image
