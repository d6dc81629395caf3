#pragma once

#include "common/error.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Ponton::Runtime {

class RuntimeClient;

// One changed path of a container, as `docker diff` prints it.
struct PathChange {
    enum class Kind { Added, Changed, Deleted };
    Kind kind = Kind::Added;
    QString path;  // absolute inside the container
    qint64 size = 0; // added or changed regular files: their bytes in the upper dir

    QChar letter() const { return kind == Kind::Added ? u'A' : kind == Kind::Changed ? u'C' : u'D'; }
};

// The changes of a container's upper dir as the helper reads them in place (container.changes, running
// containers too, as Docker's diff): an overlay whiteout is a deletion, an entry a lower snapshot shows
// is a change, anything else an addition. Sorted by path. One request, whoever the engine runs as:
// an ordinary user cannot read the helper's state folder.
class UpperDirChanges
{
public:
    UpperDirChanges(RuntimeClient &client, const QString &containerId);

    Result<QList<PathChange>> scan() const;

private:
    RuntimeClient &m_client;
    QString m_containerId;
};

} // namespace Ponton::Runtime

Q_DECLARE_METATYPE(Ponton::Runtime::PathChange)
