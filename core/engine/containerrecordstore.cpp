#include "engine/containerrecordstore.h"

#include "common/atomicfile.h"
#include "common/tr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Ponton {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// An empty `<id>.json`: an unsynced record (a foreground `run --rm`, see durabilityOf) cut short by a
// crash. Its container is one nobody waits for any more: the record says so, for the sweep to remove both.
std::optional<ContainerRecord> lostUnsynced(const QString &file)
{
    const QString id = file.chopped(5);
    if (!Digest::isSha256Hex(id))
        return std::nullopt;
    ContainerRecord record;
    record.id = id;
    record.autoRemove = true;
    return record;
}

} // namespace

ContainerRecordStore::ContainerRecordStore(const QString &storeRoot) : m_dir(storeRoot + u"/containers"_s) {}

QString ContainerRecordStore::pathOf(const QString &id) const
{
    return m_dir + u'/' + id + u".json"_s;
}

QJsonObject ContainerRecordStore::toJson(const ContainerRecord &record)
{
    QJsonObject object{{u"id"_s, record.id},
                       {u"name"_s, record.name},
                       {u"image"_s, record.image},
                       {u"imageId"_s, record.imageId.toString()},
                       {u"entrypoint"_s, QJsonArray::fromStringList(record.entrypoint)},
                       {u"cmd"_s, QJsonArray::fromStringList(record.command)},
                       {u"env"_s, QJsonArray::fromStringList(record.env)},
                       {u"workingDir"_s, record.workingDir},
                       {u"user"_s, record.user},
                       {u"tty"_s, record.tty},
                       {u"interactive"_s, record.interactive},
                       {u"autoRemove"_s, record.autoRemove},
                       {u"waiter"_s, record.waiter},
                       {u"created"_s, record.created.toUTC().toString(Qt::ISODateWithMs)}};
    return object;
}

Result<ContainerRecord> ContainerRecordStore::fromJson(const QJsonObject &object, const QString &what)
{
    ContainerRecord record;
    record.id = object.value(u"id"_s).toString();
    if (!Digest::isSha256Hex(record.id))
        return fail(ErrorCode::InvalidArgument, Tr::tr("container record %1 is damaged: no valid ID").arg(what));
    record.name = object.value(u"name"_s).toString();
    record.image = object.value(u"image"_s).toString();
    if (Result<Digest> id = Digest::parse(object.value(u"imageId"_s).toString()))
        record.imageId = *id;
    record.entrypoint = stringList(object.value(u"entrypoint"_s));
    record.command = stringList(object.value(u"cmd"_s));
    record.env = stringList(object.value(u"env"_s));
    record.workingDir = object.value(u"workingDir"_s).toString();
    record.user = object.value(u"user"_s).toString();
    record.tty = object.value(u"tty"_s).toBool();
    record.interactive = object.value(u"interactive"_s).toBool();
    record.autoRemove = object.value(u"autoRemove"_s).toBool();
    record.waiter = object.value(u"waiter"_s).toInteger();
    record.created = QDateTime::fromString(object.value(u"created"_s).toString(), Qt::ISODateWithMs);
    return record;
}

Result<QList<ContainerRecord>> ContainerRecordStore::list() const
{
    QList<ContainerRecord> records;
    const QDir dir(m_dir);
    if (!dir.exists())
        return records;
    for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files)) {
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            continue;  // removed meanwhile
        const QByteArray data = in.read(1024 * 1024);
        if (data.isEmpty()) {
            if (std::optional<ContainerRecord> lost = lostUnsynced(file))
                records.append(*lost);
            continue;
        }
        Result<ContainerRecord> record = fromJson(QJsonDocument::fromJson(data).object(), file);
        if (record && file == record->id + u".json"_s)
            records.append(*record);
    }
    std::sort(records.begin(), records.end(), [](const ContainerRecord &a, const ContainerRecord &b) {
        return a.created > b.created;
    });
    return records;
}

AtomicFile::Durability ContainerRecordStore::durabilityOf(const ContainerRecord &record)
{
    // A foreground `run --rm` container is removed by its client right after its exit, and by any engine
    // call once that client is gone (a crash included): its record need not survive a crash.
    return record.autoRemove && record.waiter ? AtomicFile::Durability::Unsynced : AtomicFile::Durability::Synced;
}

Status ContainerRecordStore::save(const ContainerRecord &record) const
{
    if (Status made = AtomicFile::makePath(m_dir); !made)
        return made;
    return AtomicFile::write(pathOf(record.id), QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact), durabilityOf(record));
}

Status ContainerRecordStore::remove(const QString &id, AtomicFile::Durability durability) const
{
    if (!QFile::remove(pathOf(id)) && QFile::exists(pathOf(id)))
        return fail(ErrorCode::Internal, Tr::tr("Cannot remove the record of container %1.").arg(id.left(12)));
    return durability == AtomicFile::Durability::Synced ? AtomicFile::syncDirectory(m_dir) : Status();
}

Result<ContainerRecord> ContainerRecordStore::resolve(const QString &nameOrId) const
{
    Result<QList<ContainerRecord>> records = list();
    if (!records)
        return std::unexpected(records.error());
    const QString name = nameOrId.startsWith(u'/') ? nameOrId.mid(1) : nameOrId;
    for (const ContainerRecord &record : *records) {
        if (record.id == nameOrId)
            return record;
    }
    for (const ContainerRecord &record : *records) {
        if (record.name == name)
            return record;
    }
    QList<ContainerRecord> matches;
    if (!nameOrId.isEmpty()) {
        for (const ContainerRecord &record : *records) {
            if (record.id.startsWith(nameOrId))
                matches.append(record);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return fail(ErrorCode::Conflict, Tr::tr("multiple IDs found with provided prefix: %1").arg(nameOrId));
    return fail(ErrorCode::NotFound, Tr::tr("No such container: %1").arg(nameOrId));
}

} // namespace Ponton
