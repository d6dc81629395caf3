#pragma once

#include "common/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ponton::Image {

// Reads the known fields of one JSON object strictly, for the model's fromJson() functions.
// A missing or null field leaves the target as it is; a field of the wrong type records an
// InvalidArgument error naming the object (`what`) and the field (`prefix` + key). Only the first
// error is kept, so a parser reads every field and then returns status().
class JsonFieldReader
{
public:
    JsonFieldReader(const QJsonObject &object, const QString &what, const QString &prefix = {});

    void read(const QString &key, QString &target);
    void read(const QString &key, QStringList &target);
    void read(const QString &key, QMap<QString, QString> &target);
    void read(const QString &key, qint64 &target);
    void read(const QString &key, int &target);
    void read(const QString &key, bool &target);
    // An object whose keys are the values ({"80/tcp": {}}): the keys, sorted.
    void readKeys(const QString &key, QStringList &target);
    // True when the field is present and an object.
    bool readObject(const QString &key, QJsonObject &target);
    // True when the field is present and an array.
    bool readArray(const QString &key, QJsonArray &target);

    // Records an error (if none yet), e.g. one from a nested fromJson().
    void setError(const Error &error);
    bool ok() const { return !m_error; }
    Status status() const;
    // "config.Env": the name of a field in messages.
    QString field(const QString &key) const { return m_prefix + key; }
    const QString &what() const { return m_what; }

private:
    // The value when present and not null; records a type error when `isType` is false.
    std::optional<QJsonValue> value(const QString &key, bool (QJsonValue::*isType)() const, const QString &message);

    QJsonObject m_object;
    QString m_what;
    QString m_prefix;
    std::optional<Error> m_error;
};

} // namespace Ponton::Image
