#pragma once

#include "common/error.h"
#include "image/timestamp.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Ponton::Image {

// One entry of an image config's history. empty_layer entries (ENV, CMD…) have no layer.
struct History {
    Timestamp created;
    QString createdBy;
    QString author;
    QString comment;
    bool emptyLayer = false;

    QJsonObject source; // the parsed entry: unknown keys are written back

    static Result<History> fromJson(const QJsonValue &value, const QString &what);
    QJsonObject toJson() const;

    bool operator==(const History &other) const;
};

} // namespace Ponton::Image
