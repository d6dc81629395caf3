#include "image/containerconfig.h"

#include "image/jsonfieldreader.h"
#include "image/jsonoverlay.h"

using namespace Qt::StringLiterals;

namespace Ponton::Image {

namespace {

void readHealthcheck(JsonFieldReader &reader, std::optional<Healthcheck> &target)
{
    QJsonObject object;
    if (!reader.readObject(u"Healthcheck"_s, object))
        return;
    const Result<Healthcheck> healthcheck = Healthcheck::fromJson(object, reader.what());
    if (!healthcheck) {
        reader.setError(healthcheck.error());
        return;
    }
    target = *healthcheck;
}

} // namespace

Result<ContainerConfig> ContainerConfig::fromJson(const QJsonObject &object, const QString &what)
{
    ContainerConfig config;
    config.source = object;
    JsonFieldReader reader(object, what, u"config."_s);
    reader.read(u"User"_s, config.user);
    reader.readKeys(u"ExposedPorts"_s, config.exposedPorts);
    reader.read(u"Env"_s, config.env);
    reader.read(u"Entrypoint"_s, config.entrypoint);
    reader.read(u"Cmd"_s, config.cmd);
    reader.readKeys(u"Volumes"_s, config.volumes);
    reader.read(u"WorkingDir"_s, config.workingDir);
    reader.read(u"Labels"_s, config.labels);
    reader.read(u"StopSignal"_s, config.stopSignal);
    reader.read(u"ArgsEscaped"_s, config.argsEscaped);
    readHealthcheck(reader, config.healthcheck);
    reader.read(u"OnBuild"_s, config.onBuild);
    reader.read(u"Shell"_s, config.shell);
    if (!reader.ok())
        return std::unexpected(reader.status().error());
    return config;
}

QJsonObject ContainerConfig::toJson() const
{
    QJsonObject object = source;
    JsonOverlay::putString(object, u"User"_s, user);
    JsonOverlay::putKeys(object, u"ExposedPorts"_s, exposedPorts);
    JsonOverlay::putStrings(object, u"Env"_s, env);
    JsonOverlay::putStrings(object, u"Entrypoint"_s, entrypoint);
    JsonOverlay::putStrings(object, u"Cmd"_s, cmd);
    JsonOverlay::putKeys(object, u"Volumes"_s, volumes);
    JsonOverlay::putString(object, u"WorkingDir"_s, workingDir);
    JsonOverlay::putStringMap(object, u"Labels"_s, labels);
    JsonOverlay::putString(object, u"StopSignal"_s, stopSignal);
    JsonOverlay::putBool(object, u"ArgsEscaped"_s, argsEscaped);
    const QJsonObject healthBase = source.value(u"Healthcheck"_s).toObject();
    JsonOverlay::put(object, u"Healthcheck"_s, healthcheck ? healthcheck->toJson(healthBase) : QJsonValue(),
                     healthcheck.has_value());
    JsonOverlay::putStrings(object, u"OnBuild"_s, onBuild);
    JsonOverlay::putStrings(object, u"Shell"_s, shell);
    return object;
}

std::optional<QString> ContainerConfig::envValue(const QString &name) const
{
    const QString prefix = name + u'=';
    for (const QString &entry : env) {
        if (entry.startsWith(prefix))
            return entry.mid(prefix.size());
    }
    return std::nullopt;
}

void ContainerConfig::setEnv(const QString &name, const QString &value)
{
    const QString prefix = name + u'=';
    for (QString &entry : env) {
        if (entry.startsWith(prefix)) {
            entry = prefix + value;
            return;
        }
    }
    env.append(prefix + value);
}

bool ContainerConfig::operator==(const ContainerConfig &other) const
{
    return toJson() == other.toJson();
}

} // namespace Ponton::Image
