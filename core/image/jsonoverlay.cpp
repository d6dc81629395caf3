#include "image/jsonoverlay.h"

namespace Ponton::Image::JsonOverlay {

void put(QJsonObject &target, const QString &key, const QJsonValue &value, bool isSet)
{
    if (!isSet && !target.contains(key))
        return;
    if (!isSet && target.value(key).isNull())
        return;
    target.insert(key, value);
}

void putString(QJsonObject &target, const QString &key, const QString &value)
{
    put(target, key, value, !value.isEmpty());
}

void putStrings(QJsonObject &target, const QString &key, const QStringList &value)
{
    put(target, key, toArray(value), !value.isEmpty());
}

void putStringMap(QJsonObject &target, const QString &key, const QMap<QString, QString> &value)
{
    put(target, key, toObject(value), !value.isEmpty());
}

void putKeys(QJsonObject &target, const QString &key, const QStringList &value)
{
    QJsonObject keys;
    for (const QString &name : value)
        keys.insert(name, QJsonObject());
    put(target, key, keys, !value.isEmpty());
}

void putInteger(QJsonObject &target, const QString &key, qint64 value)
{
    put(target, key, value, value != 0);
}

void putBool(QJsonObject &target, const QString &key, bool value)
{
    put(target, key, value, value);
}

QJsonArray toArray(const QStringList &strings)
{
    QJsonArray array;
    for (const QString &string : strings)
        array.append(string);
    return array;
}

QJsonObject toObject(const QMap<QString, QString> &strings)
{
    QJsonObject object;
    for (auto it = strings.begin(); it != strings.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace Ponton::Image::JsonOverlay
