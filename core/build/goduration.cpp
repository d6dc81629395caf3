#include "build/goduration.h"

#include "common/tr.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

// Nanoseconds per unit; 0 for an unknown unit.
qint64 unitScale(const QString &unit)
{
    static const QHash<QString, qint64> units = {
        {u"ns"_s, 1}, {u"us"_s, 1000}, {u"\u00b5s"_s, 1000}, {u"\u03bcs"_s, 1000}, {u"ms"_s, 1000000},
        {u"s"_s, 1000000000}, {u"m"_s, 60000000000}, {u"h"_s, 3600000000000},
    };
    return units.value(unit, 0);
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

std::unexpected<Error> invalid(const QString &text)
{
    return fail(ErrorCode::InvalidArgument, Tr::tr("invalid duration \"%1\"").arg(text));
}

} // namespace

Result<std::chrono::nanoseconds> GoDuration::parse(const QString &text)
{
    qsizetype pos = 0;
    const bool negative = text.startsWith(u'-');
    if (negative || text.startsWith(u'+'))
        ++pos;
    if (text.mid(pos) == u"0")
        return std::chrono::nanoseconds(0);
    if (pos >= text.size())
        return invalid(text);
    long double total = 0;
    while (pos < text.size()) {
        const qsizetype numberStart = pos;
        while (pos < text.size() && (isDigit(text[pos]) || text[pos] == u'.'))
            ++pos;
        const QString number = text.mid(numberStart, pos - numberStart);
        if (number.isEmpty() || number == u"." || number.count(u'.') > 1)
            return invalid(text);
        const qsizetype unitStart = pos;
        while (pos < text.size() && !isDigit(text[pos]) && text[pos] != u'.')
            ++pos;
        const qint64 scale = unitScale(text.mid(unitStart, pos - unitStart));
        if (scale == 0)
            return invalid(text);
        const QString digits = number.endsWith(u'.') ? number + u'0' : number;
        total += digits.toDouble() * static_cast<long double>(scale);
    }
    if (total > static_cast<long double>(std::numeric_limits<qint64>::max()))
        return invalid(text);
    const qint64 nanoseconds = static_cast<qint64>(total);
    return std::chrono::nanoseconds(negative ? -nanoseconds : nanoseconds);
}

} // namespace Ponton::Build
