#include "image/timestamp.h"

#include "common/tr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Ponton::Image {

namespace {

constexpr int NanosPerMilli = 1'000'000;

// Digits of a fraction of a second ("5", "123456789") as nanoseconds.
int fractionToNanoseconds(const QString &digits)
{
    const QString padded = digits + QString(9 - digits.size(), u'0');
    return padded.toInt();
}

// "+02:00" → 7200; "Z" → 0.
int offsetSeconds(const QString &zone)
{
    if (zone == u"Z")
        return 0;
    const int sign = zone.startsWith(u'-') ? -1 : 1;
    return sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60);
}

} // namespace

Timestamp::Timestamp(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return;
    m_dateTime = dateTime.toUTC();
    m_nanoseconds = m_dateTime.time().msec() * NanosPerMilli;
}

Result<Timestamp> Timestamp::parse(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    const QDate date = match.hasMatch()
        ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()) : QDate();
    const QTime time = match.hasMatch()
        ? QTime(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt()) : QTime();
    const int zoneMinutes = match.hasMatch() ? match.captured(8).mid(4, 2).toInt() : 0;
    if (!date.isValid() || !time.isValid() || zoneMinutes > 59)
        return fail(ErrorCode::InvalidArgument, Tr::tr("invalid RFC 3339 time \"%1\"").arg(text),
                    u"expected e.g. 2024-01-30T11:05:42.123456789Z"_s);
    Timestamp timestamp;
    timestamp.m_nanoseconds = fractionToNanoseconds(match.captured(7));
    const QDateTime local(date, time, Qt::OffsetFromUTC, offsetSeconds(match.captured(8)));
    timestamp.m_dateTime = local.toUTC().addMSecs(timestamp.m_nanoseconds / NanosPerMilli);
    timestamp.m_text = text;
    return timestamp;
}

Timestamp Timestamp::fromSecsSinceEpoch(qint64 seconds, int nanoseconds)
{
    Timestamp timestamp;
    timestamp.m_nanoseconds = qBound(0, nanoseconds, 999'999'999);
    timestamp.m_dateTime = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
                               .addMSecs(timestamp.m_nanoseconds / NanosPerMilli);
    return timestamp;
}

QString Timestamp::toString() const
{
    if (!m_text.isEmpty())
        return m_text;
    if (isNull())
        return QString();
    QString text = m_dateTime.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
    if (m_nanoseconds != 0) {
        QString fraction = u"%1"_s.arg(m_nanoseconds, 9, 10, QChar(u'0'));
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        text += u'.' + fraction;
    }
    return text + u'Z';
}

} // namespace Ponton::Image
