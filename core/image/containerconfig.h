#pragma once

#include "common/error.h"
#include "image/healthcheck.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ponton::Image {

// The "config" object of an image config: how a container of the image runs. Keys as Docker spells
// them (User, ExposedPorts, Env…). Unknown keys of the parsed object are kept in `source` and written back.
struct ContainerConfig {
    QString user;
    QStringList exposedPorts; // "80/tcp", sorted
    QStringList env;          // "KEY=value", in order
    QStringList entrypoint;
    QStringList cmd;
    QStringList volumes;      // sorted
    QString workingDir;
    QMap<QString, QString> labels;
    QString stopSignal;
    bool argsEscaped = false;
    std::optional<Healthcheck> healthcheck;
    QStringList onBuild;
    QStringList shell;

    QJsonObject source;

    static Result<ContainerConfig> fromJson(const QJsonObject &object, const QString &what);
    // `source` overlaid with the known fields: a field empty in the model and absent from `source` is
    // left out; one present in `source` is written (an empty value stays as `source` had it when null).
    QJsonObject toJson() const;

    // The value of NAME in env, or nullopt.
    std::optional<QString> envValue(const QString &name) const;
    // Sets or replaces NAME=value, keeping the position of an existing entry.
    void setEnv(const QString &name, const QString &value);

    bool operator==(const ContainerConfig &other) const;
};

} // namespace Ponton::Image
