#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Ponton::Image {

// An RFC 3339 time as image configs carry it ("2024-01-30T11:05:42.123456789Z"): a QDateTime (UTC,
// milliseconds) plus the nanoseconds QDateTime cannot hold. A parsed timestamp writes back its
// original text, so re-serialising a config does not change the times it inherited.
class Timestamp
{
public:
    Timestamp() = default;
    // Implicit on purpose: `config.created = QDateTime::currentDateTimeUtc();`
    Timestamp(const QDateTime &dateTime);

    static Result<Timestamp> parse(const QString &text);
    static Timestamp fromSecsSinceEpoch(qint64 seconds, int nanoseconds = 0);

    bool isNull() const { return !m_dateTime.isValid(); }
    QDateTime toDateTime() const { return m_dateTime; }
    // Nanoseconds within the second, 0..999'999'999.
    int nanoseconds() const { return m_nanoseconds; }
    // The parsed text, or RFC 3339 in UTC with the shortest exact fraction ("…:42.5Z", "…:42Z").
    QString toString() const;

    friend bool operator==(const Timestamp &a, const Timestamp &b)
    {
        return a.m_dateTime == b.m_dateTime && a.m_nanoseconds == b.m_nanoseconds;
    }

private:
    QDateTime m_dateTime;
    int m_nanoseconds = 0;
    QString m_text;
};

} // namespace Ponton::Image

Q_DECLARE_METATYPE(Ponton::Image::Timestamp)
