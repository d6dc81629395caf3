#include "image/manifestparser.h"

#include "common/tr.h"
#include "image/mediatypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Ponton::Image {

namespace {

// Content-Types that say nothing about which manifest it is: the body decides.
bool isGenericType(const QString &type)
{
    return type.isEmpty() || type == u"application/json" || type == u"text/plain"
        || type == u"application/octet-stream" || type == u"binary/octet-stream";
}

std::unexpected<Error> schema1Error(const QString &what, const QString &mediaType)
{
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("manifest %1: schema 1 manifests are not supported; push the image with a current client")
                    .arg(what),
                mediaType.isEmpty() ? u"schemaVersion 1"_s : u"media type "_s + mediaType);
}

QString typeOrNone(const QString &mediaType)
{
    return mediaType.isEmpty() ? Tr::tr("(no media type)") : mediaType;
}

Result<QJsonObject> readObject(const QByteArray &bytes, const QString &declared, const QString &what)
{
    if (bytes.size() > ManifestParser::MaxBytes)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("manifest %1 (%2) is too large: %3 bytes, the limit is %4 bytes")
                        .arg(what, typeOrNone(declared), QString::number(bytes.size()),
                             QString::number(ManifestParser::MaxBytes)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("manifest %1 (%2) is not valid JSON").arg(what, typeOrNone(declared)),
                    error.errorString() + u" at offset "_s + QString::number(error.offset));
    if (!document.isObject())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("manifest %1 (%2) is not a JSON object").arg(what, typeOrNone(declared)));
    return document.object();
}

// The media type from the declared one, the body's "mediaType" and, without either, the shape.
Result<QString> effectiveMediaType(const QString &declared, const QJsonObject &object, const QString &what)
{
    const QJsonValue body = object.value(u"mediaType"_s);
    if (!body.isUndefined() && !body.isNull() && !body.isString())
        return fail(ErrorCode::InvalidArgument, Tr::tr("manifest %1: \"mediaType\" must be a string").arg(what));
    const QString bodyType = body.toString();
    if (!declared.isEmpty() && !bodyType.isEmpty() && declared != bodyType)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("manifest %1 was served as %2 but its content says %3").arg(what, declared, bodyType));
    if (!bodyType.isEmpty())
        return bodyType;
    if (!declared.isEmpty())
        return declared;
    if (object.contains(u"manifests"_s))
        return MediaType::OciIndex;
    if (object.contains(u"config"_s))
        return MediaType::OciManifest;
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("manifest %1 has no media type and is neither a manifest nor an index").arg(what));
}

Status checkShape(const QString &mediaType, const QJsonObject &object, const QString &what)
{
    const bool hasManifests = object.contains(u"manifests"_s);
    const bool hasImageParts = object.contains(u"config"_s) || object.contains(u"layers"_s);
    if (MediaType::isManifest(mediaType) && hasManifests)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("manifest %1 claims to be %2 but is really an index").arg(what, mediaType));
    if (MediaType::isIndex(mediaType) && hasImageParts)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("index %1 claims to be %2 but is really an image manifest").arg(what, mediaType));
    return {};
}

Result<ParsedManifest> build(const QByteArray &bytes, const QJsonObject &object, const QString &mediaType,
                             const QString &what)
{
    ParsedManifest parsed;
    parsed.descriptor = Descriptor::forData(mediaType, bytes);
    if (MediaType::isIndex(mediaType)) {
        Result<ImageIndex> index = ImageIndex::fromJson(object, mediaType, what);
        if (!index)
            return std::unexpected(index.error());
        parsed.kind = ParsedManifest::Kind::Index;
        parsed.index = std::move(*index);
        return parsed;
    }
    Result<Manifest> manifest = Manifest::fromJson(object, mediaType, what);
    if (!manifest)
        return std::unexpected(manifest.error());
    parsed.manifest = std::move(*manifest);
    return parsed;
}

} // namespace

Result<ParsedManifest> ManifestParser::parse(const QByteArray &bytes, const QString &declaredMediaType,
                                             const QString &what)
{
    const QString name = what.isEmpty() ? Digest::ofData(bytes).toString() : what;
    const QString essence = MediaType::essence(declaredMediaType);
    const QString declared = isGenericType(essence) ? QString() : essence;
    if (MediaType::isSchema1(declared))
        return schema1Error(name, declared);
    const Result<QJsonObject> object = readObject(bytes, declared, name);
    if (!object)
        return std::unexpected(object.error());
    if (object->value(u"schemaVersion"_s).toInteger(0) == 1)
        return schema1Error(name, declared);
    const Result<QString> mediaType = effectiveMediaType(declared, *object, name);
    if (!mediaType)
        return std::unexpected(mediaType.error());
    if (MediaType::isSchema1(*mediaType))
        return schema1Error(name, *mediaType);
    if (!MediaType::isManifest(*mediaType) && !MediaType::isIndex(*mediaType))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("manifest %1 has an unsupported media type: %2").arg(name, *mediaType));
    if (const Status shape = checkShape(*mediaType, *object, name); !shape)
        return std::unexpected(shape.error());

    return build(bytes, *object, *mediaType, name);
}

Result<Manifest> ManifestParser::parseManifest(const QByteArray &bytes, const QString &declaredMediaType,
                                               const QString &what)
{
    Result<ParsedManifest> parsed = parse(bytes, declaredMediaType, what);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (parsed->isIndex())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1 is an index (%2) where an image manifest was expected")
                                                    .arg(what.isEmpty() ? parsed->descriptor.digest.toString() : what,
                                                         parsed->descriptor.mediaType));
    return std::move(parsed->manifest);
}

Result<ImageIndex> ManifestParser::parseIndex(const QByteArray &bytes, const QString &declaredMediaType,
                                              const QString &what)
{
    Result<ParsedManifest> parsed = parse(bytes, declaredMediaType, what);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (!parsed->isIndex())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1 is an image manifest (%2) where an index was expected")
                                                    .arg(what.isEmpty() ? parsed->descriptor.digest.toString() : what,
                                                         parsed->descriptor.mediaType));
    return std::move(parsed->index);
}

} // namespace Ponton::Image
