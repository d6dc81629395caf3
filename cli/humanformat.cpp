#include "humanformat.h"

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

QString HumanFormat::size(qint64 bytes)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1000.0 && unit < 6) {
        value /= 1000.0;
        ++unit;
    }
    return QString::number(value, 'g', 3) + QLatin1StringView(units[unit]);
}

QString HumanFormat::duration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 hours = (seconds + 1800) / 3600;
    if (seconds < 1)
        return tr("Less than a second");
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    if (minutes == 1)
        return tr("About a minute");
    if (minutes < 60)
        return tr("%n minute(s)", nullptr, int(minutes));
    if (hours == 1)
        return tr("About an hour");
    if (hours < 48)
        return tr("%n hour(s)", nullptr, int(hours));
    if (hours < 24 * 7 * 2)
        return tr("%n day(s)", nullptr, int(hours / 24));
    if (hours < 24 * 30 * 2)
        return tr("%n week(s)", nullptr, int(hours / 24 / 7));
    if (hours < 24 * 365 * 2)
        return tr("%n month(s)", nullptr, int(hours / 24 / 30));
    return tr("%n year(s)", nullptr, int(hours / 24 / 365));
}

QString HumanFormat::ago(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("N/A");
    return tr("%1 ago").arg(duration(when.secsTo(now)));
}

} // namespace Ponton::Cli
