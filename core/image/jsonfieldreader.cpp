#include "image/jsonfieldreader.h"

#include "common/tr.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace Ponton::Image {

namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a boolean"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"undefined"_s;
}

} // namespace

JsonFieldReader::JsonFieldReader(const QJsonObject &object, const QString &what, const QString &prefix)
    : m_object(object), m_what(what), m_prefix(prefix)
{
}

std::optional<QJsonValue> JsonFieldReader::value(const QString &key, bool (QJsonValue::*isType)() const,
                                                 const QString &message)
{
    const QJsonValue found = m_object.value(key);
    if (found.isUndefined() || found.isNull())
        return std::nullopt;
    if ((found.*isType)())
        return found;
    setError(Error{ErrorCode::InvalidArgument, message.arg(m_what, field(key)),
                   u"found "_s + jsonTypeName(found)});
    return std::nullopt;
}

void JsonFieldReader::read(const QString &key, QString &target)
{
    const auto found = value(key, &QJsonValue::isString, Tr::tr("%1: \"%2\" must be a string"));
    if (found)
        target = found->toString();
}

void JsonFieldReader::read(const QString &key, QStringList &target)
{
    const QString message = Tr::tr("%1: \"%2\" must be an array of strings");
    const auto found = value(key, &QJsonValue::isArray, message);
    if (!found)
        return;
    QStringList strings;
    for (const QJsonValue &item : found->toArray()) {
        if (!item.isString()) {
            setError(Error{ErrorCode::InvalidArgument, message.arg(m_what, field(key)),
                           u"an item is "_s + jsonTypeName(item)});
            return;
        }
        strings.append(item.toString());
    }
    target = strings;
}

void JsonFieldReader::read(const QString &key, QMap<QString, QString> &target)
{
    const QString message = Tr::tr("%1: \"%2\" must be an object of strings");
    const auto found = value(key, &QJsonValue::isObject, message);
    if (!found)
        return;
    QMap<QString, QString> strings;
    const QJsonObject object = found->toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            setError(Error{ErrorCode::InvalidArgument, message.arg(m_what, field(key)),
                           u"the value of \""_s + it.key() + u"\" is "_s + jsonTypeName(it.value())});
            return;
        }
        strings.insert(it.key(), it.value().toString());
    }
    target = strings;
}

void JsonFieldReader::read(const QString &key, qint64 &target)
{
    const QString message = Tr::tr("%1: \"%2\" must be an integer");
    const auto found = value(key, &QJsonValue::isDouble, message);
    if (!found)
        return;
    const qint64 integer = found->toInteger(-1);
    if (integer == -1 && found->toInteger(0) == 0) {
        setError(Error{ErrorCode::InvalidArgument, message.arg(m_what, field(key)),
                       u"found "_s + QString::number(found->toDouble(), 'g', 17)});
        return;
    }
    target = integer;
}

void JsonFieldReader::read(const QString &key, int &target)
{
    qint64 wide = target;
    read(key, wide);
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
        setError(Error{ErrorCode::InvalidArgument, Tr::tr("%1: \"%2\" must be an integer").arg(m_what, field(key)),
                       u"out of range: "_s + QString::number(wide)});
        return;
    }
    target = int(wide);
}

void JsonFieldReader::read(const QString &key, bool &target)
{
    const auto found = value(key, &QJsonValue::isBool, Tr::tr("%1: \"%2\" must be true or false"));
    if (found)
        target = found->toBool();
}

void JsonFieldReader::readKeys(const QString &key, QStringList &target)
{
    const auto found = value(key, &QJsonValue::isObject, Tr::tr("%1: \"%2\" must be an object"));
    if (!found)
        return;
    target = found->toObject().keys();
    target.sort();
}

bool JsonFieldReader::readObject(const QString &key, QJsonObject &target)
{
    const auto found = value(key, &QJsonValue::isObject, Tr::tr("%1: \"%2\" must be an object"));
    if (found)
        target = found->toObject();
    return found.has_value();
}

bool JsonFieldReader::readArray(const QString &key, QJsonArray &target)
{
    const auto found = value(key, &QJsonValue::isArray, Tr::tr("%1: \"%2\" must be an array"));
    if (found)
        target = found->toArray();
    return found.has_value();
}

void JsonFieldReader::setError(const Error &error)
{
    if (!m_error)
        m_error = error;
}

Status JsonFieldReader::status() const
{
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

} // namespace Ponton::Image
