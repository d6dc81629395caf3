#pragma once

#include "common/atomicfile.h"
#include "common/error.h"
#include "engine/containerrequests.h"

#include <QList>
#include <QString>

namespace Ponton {

// The engine's records of its containers: `<store root>/containers/<id>.json`, one file each, written
// atomically (temporary file, fsync, rename), so a crash leaves either the old record or the new one.
// What the helper does not keep (the image as typed, its ID, the command as Docker's Config) lives here;
// the status comes from the helper.
class ContainerRecordStore
{
public:
    explicit ContainerRecordStore(const QString &storeRoot);

    Result<QList<ContainerRecord>> list() const;
    // How durable `record`'s writes need to be.
    static AtomicFile::Durability durabilityOf(const ContainerRecord &record);
    Status save(const ContainerRecord &record) const;
    // Unsynced: the record of a container that is removed anyway after a crash (a foreground `run --rm`).
    Status remove(const QString &id, AtomicFile::Durability durability = AtomicFile::Durability::Synced) const;
    // By exact ID, exact name, then unambiguous ID prefix, as Docker resolves them.
    Result<ContainerRecord> resolve(const QString &nameOrId) const;

    static QJsonObject toJson(const ContainerRecord &record);
    static Result<ContainerRecord> fromJson(const QJsonObject &object, const QString &what);

private:
    QString pathOf(const QString &id) const;

    QString m_dir;
};

} // namespace Ponton
