#pragma once

#include "reference/digest.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ponton {

// What `ponton build` asks for.
struct BuildRequest {
    // A folder, a .tar / .tar.gz / .tgz, a .zip, or "-" (a tar on standard input).
    QString context;
    // The Dockerfile: empty means "Dockerfile" inside the context; a relative path is taken inside the
    // context; "-" reads it from standard input (the context must then not be "-").
    QString dockerfile;
    QStringList tags;                 // "name[:tag]", tagged only when the whole build succeeds
    QMap<QString, QString> buildArgs; // --build-arg K=V
    QMap<QString, QString> labels;    // --label K=V, set on the final image
    QString target;                   // --target: the last stage built
    bool noCache = false;
    bool pull = false;                // pull base images even when present
    bool removeIntermediate = true;   // --rm (default true)
    bool forceRemove = false;         // --force-rm: remove intermediate containers even after a failure
    // SOURCE_DATE_EPOCH: creation times of configs and history; nullopt: now.
    std::optional<qint64> sourceDateEpoch;
};

struct BuildResult {
    Digest imageId;                 // the final image
    QStringList tags;               // as tagged, familiar form
    QList<Digest> intermediateIds;  // every step's image, in order
    int cacheHits = 0;
    int steps = 0;
};

} // namespace Ponton

Q_DECLARE_METATYPE(Ponton::BuildResult)
