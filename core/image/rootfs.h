#pragma once

#include "common/error.h"
#include "reference/digest.h"

#include <QJsonObject>
#include <QList>

namespace Ponton::Image {

// rootfs of an image config: type "layers" and the uncompressed digests (diff_ids) of the layers,
// bottom first.
struct RootFs {
    QList<Digest> diffIds;

    QJsonObject source; // the parsed object: unknown keys are written back

    // Refuses a type other than "layers" and diff_ids that are not valid digests.
    static Result<RootFs> fromJson(const QJsonObject &object, const QString &what);
    QJsonObject toJson() const;

    bool operator==(const RootFs &other) const { return toJson() == other.toJson(); }
};

} // namespace Ponton::Image
