#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ponton::Image {

// An OCI platform: where an image runs. Architectures and variants are compared after containerd's
// normalisation (x86_64 → amd64, aarch64 → arm64, arm64/v8 → arm64, arm → arm/v7).
struct Platform {
    QString os;
    QString architecture;
    QString variant;
    QString osVersion;
    QStringList osFeatures;

    // "linux/arm64/v8", "linux/amd64", "linux" (the host's architecture). Normalised.
    static Result<Platform> parse(const QString &text);
    // The platform Ponton runs on (linux/amd64 on x86-64 machines), normalised.
    static Platform host();
    // Strict: os and architecture are required strings; "os.version", "os.features", "variant" optional.
    static Result<Platform> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // Lower-case os, canonical architecture and variant names (the default variant is empty for arm64,
    // "v7" for arm).
    Platform normalized() const;
    // "linux/arm64", "linux/arm/v7": os/architecture[/variant], as written (not normalised).
    QString toString() const;
    bool isEmpty() const { return os.isEmpty() && architecture.isEmpty(); }

    // When this is the wanted platform: how well `candidate` fits, 0 for an exact match, higher for
    // the fallbacks a machine of this platform can still run (arm/v6 on arm/v7, arm on arm64, 386 on
    // amd64); nullopt when it cannot run. Both sides are normalised first.
    std::optional<int> matchRank(const Platform &candidate) const;
    bool matches(const Platform &candidate) const { return matchRank(candidate).has_value(); }

    friend bool operator==(const Platform &, const Platform &) = default;
};

} // namespace Ponton::Image

Q_DECLARE_METATYPE(Ponton::Image::Platform)
