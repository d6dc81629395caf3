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

QStringList BuildLogFormatter::lines(const BuildEvent &event)
{
    switch (event.kind) {
    case BuildEvent::Kind::ContextSent:
        return {u"Sending build context to Ponton  %1"_s.arg(humanSize(event.contextBytes))};
    case BuildEvent::Kind::StepStarted:
        return {u"Step %1/%2 : %3"_s.arg(event.step).arg(event.stepCount).arg(event.instruction)};
    case BuildEvent::Kind::CacheHit:
        return {u" ---> Using cache"_s};
    case BuildEvent::Kind::ContainerStarted:
        return {u" ---> Running in %1"_s.arg(shortId(event.containerId))};
    case BuildEvent::Kind::Log:
        return {event.text};
    case BuildEvent::Kind::ContainerRemoved:
        return {u" ---> Removed intermediate container %1"_s.arg(shortId(event.containerId))};
    case BuildEvent::Kind::StepFinished:
        return {u" ---> %1"_s.arg(shortId(event.imageId))};
    case BuildEvent::Kind::StepFailed:
        return {event.text};
    case BuildEvent::Kind::Tagged:
        return {u"Successfully tagged %1"_s.arg(event.text)};
    case BuildEvent::Kind::Warning:
        return {u"[Warning] %1"_s.arg(event.text)};
    case BuildEvent::Kind::CacheMiss:
        return {};
    }
    return {};
}

} // namespace Ponton::Gui
