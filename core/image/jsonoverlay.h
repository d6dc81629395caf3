#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Writing known fields over the object they were parsed from, for the model's toJson() functions.
namespace Ponton::Image::JsonOverlay {

// Writes `value` under `key` when `isSet`, or when `target` already has the key (the source had the
// field, so it stays, now with the model's value). A source's null stays null while the model's value
// is unset, so parsing and writing back changes nothing.
void put(QJsonObject &target, const QString &key, const QJsonValue &value, bool isSet);

void putString(QJsonObject &target, const QString &key, const QString &value);
void putStrings(QJsonObject &target, const QString &key, const QStringList &value);
void putStringMap(QJsonObject &target, const QString &key, const QMap<QString, QString> &value);
// {"80/tcp": {}, …}
void putKeys(QJsonObject &target, const QString &key, const QStringList &value);
void putInteger(QJsonObject &target, const QString &key, qint64 value);
void putBool(QJsonObject &target, const QString &key, bool value);

QJsonArray toArray(const QStringList &strings);
QJsonObject toObject(const QMap<QString, QString> &strings);

} // namespace Ponton::Image::JsonOverlay
