#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QStringList>

namespace Ponton::Image {

// config.Healthcheck of an image config. Durations are in nanoseconds, as Docker writes them.
struct Healthcheck {
    // ["NONE"], ["CMD", args…], ["CMD-SHELL", command]; empty: inherit.
    QStringList test;
    qint64 interval = 0;
    qint64 timeout = 0;
    qint64 startPeriod = 0;
    qint64 startInterval = 0;
    int retries = 0;

    static Result<Healthcheck> fromJson(const QJsonObject &object, const QString &what);
    // Fields absent from `base` are written only when set; unknown fields of `base` are kept.
    QJsonObject toJson(const QJsonObject &base = {}) const;

    friend bool operator==(const Healthcheck &, const Healthcheck &) = default;
};

} // namespace Ponton::Image
