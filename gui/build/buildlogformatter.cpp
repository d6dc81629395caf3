#include "build/buildlogformatter.h"

using namespace Qt::StringLiterals;
using Ponton::Build::BuildEvent;

namespace Ponton::Gui {

QString BuildLogFormatter::shortId(const QString &id)
{
    return id.mid(id.indexOf(u':') + 1, 12);
}

QString BuildLogFormatter::humanSize(qint64 bytes)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB"};
    double size = double(bytes);
    int unit = 0;
    while (size >= 1000.0 && unit < 4) {
        size /= 1000.0;
        ++unit;
    }
    return QString::number(size, 'g', 4) + QLatin1StringView(units[unit]);
}

QString BuildLogFormatter::builtLine(const QString &shortId)
{
    return tr("Successfully built %1").arg(shortId);
}

QStringList BuildLogFormatter::lines(const BuildEvent &event)
{
    switch (event.kind) {
    case BuildEvent::Kind::ContextSent:
        return {tr("Sending build context to Ponton  %1").arg(humanSize(event.contextBytes))};
    case BuildEvent::Kind::StepStarted:
        return {tr("Step %1/%2 : %3").arg(event.step).arg(event.stepCount).arg(event.instruction)};
    case BuildEvent::Kind::CacheHit:
        return {tr(" ---> Using cache")};
    case BuildEvent::Kind::ContainerStarted:
        return {tr(" ---> Running in %1").arg(shortId(event.containerId))};
    case BuildEvent::Kind::Log:
        return {event.text};
    case BuildEvent::Kind::ContainerRemoved:
        return {tr(" ---> Removed intermediate container %1").arg(shortId(event.containerId))};
    case BuildEvent::Kind::StepFinished:
        return {u" ---> %1"_s.arg(shortId(event.imageId))};
    case BuildEvent::Kind::StepFailed:
        return {event.text};
    case BuildEvent::Kind::Tagged:
        return {tr("Successfully tagged %1").arg(event.text)};
    case BuildEvent::Kind::Warning:
        return {tr("[Warning] %1").arg(event.text)};
    case BuildEvent::Kind::CacheMiss:
        return {};
    }
    return {};
}

} // namespace Ponton::Gui
