#include "build/signalname.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {
constexpr int RealtimeMin = 34;
constexpr int RealtimeMax = 64;

const QHash<QString, int> &names()
{
    static const QHash<QString, int> table = {
        {u"HUP"_s, 1}, {u"INT"_s, 2}, {u"QUIT"_s, 3}, {u"ILL"_s, 4}, {u"TRAP"_s, 5}, {u"ABRT"_s, 6},
        {u"IOT"_s, 6}, {u"BUS"_s, 7}, {u"FPE"_s, 8}, {u"KILL"_s, 9}, {u"USR1"_s, 10}, {u"SEGV"_s, 11},
        {u"USR2"_s, 12}, {u"PIPE"_s, 13}, {u"ALRM"_s, 14}, {u"TERM"_s, 15}, {u"STKFLT"_s, 16},
        {u"CHLD"_s, 17}, {u"CLD"_s, 17}, {u"CONT"_s, 18}, {u"STOP"_s, 19}, {u"TSTP"_s, 20},
        {u"TTIN"_s, 21}, {u"TTOU"_s, 22}, {u"URG"_s, 23}, {u"XCPU"_s, 24}, {u"XFSZ"_s, 25},
        {u"VTALRM"_s, 26}, {u"PROF"_s, 27}, {u"WINCH"_s, 28}, {u"IO"_s, 29}, {u"POLL"_s, 29},
        {u"PWR"_s, 30}, {u"SYS"_s, 31}, {u"RTMIN"_s, RealtimeMin}, {u"RTMAX"_s, RealtimeMax},
    };
    return table;
}

std::optional<int> realtime(const QString &name)
{
    for (const auto &[base, sign] : {std::pair{u"RTMIN+"_s, 1}, std::pair{u"RTMAX-"_s, -1}}) {
        if (!name.startsWith(base))
            continue;
        bool ok = false;
        const int offset = name.mid(base.size()).toInt(&ok);
        const int number = (sign > 0 ? RealtimeMin : RealtimeMax) + sign * offset;
        if (ok && offset >= 0 && number >= RealtimeMin && number <= RealtimeMax)
            return number;
    }
    return std::nullopt;
}

} // namespace

std::optional<int> SignalName::parse(const QString &text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (ok)
        return number > 0 && number <= RealtimeMax ? std::optional<int>(number) : std::nullopt;
    QString name = text.toUpper();
    if (name.startsWith(u"SIG"_s))
        name = name.mid(3);
    if (const auto it = names().constFind(name); it != names().constEnd())
        return *it;
    return realtime(name);
}

} // namespace Ponton::Build
