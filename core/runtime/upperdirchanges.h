#pragma once

#include "common/error.h"
#include "reference/digest.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Ponton::Runtime {

// One changed path of a container, as `docker diff` prints it.
struct PathChange {
    enum class Kind { Added, Changed, Deleted };
    Kind kind = Kind::Added;
    QString path;  // absolute inside the container

    QChar letter() const { return kind == Kind::Added ? u'A' : kind == Kind::Changed ? u'C' : u'D'; }
};

// The changes of a container from its upper dir, read in place (running containers too, as Docker's
// diff): an overlay whiteout is a deletion, an entry a lower snapshot has is a change, anything else an
// addition. Sorted by path. Reads the helper's state directory, so only for an engine running as root
// on the helper's host.
class UpperDirChanges
{
public:
    UpperDirChanges(const QString &stateDir, const QString &containerId, const QList<Digest> &snapshots);

    Result<QList<PathChange>> scan() const;

private:
    bool existsBelow(const QByteArray &relative) const;
    Status walk(const QByteArray &relative, QList<PathChange> &changes) const;

    QByteArray m_upper;
    QList<QByteArray> m_lowers;  // top first
};

} // namespace Ponton::Runtime

Q_DECLARE_METATYPE(Ponton::Runtime::PathChange)
