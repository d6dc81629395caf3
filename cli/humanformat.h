#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Ponton::Cli {

// Docker's human forms (go-units): sizes in decimal units with 3 significant digits ("7.8MB", "0B"),
// durations as "2 weeks ago".
class HumanFormat
{
    Q_DECLARE_TR_FUNCTIONS(Ponton::Cli)
public:
    static QString size(qint64 bytes);
    static QString duration(qint64 seconds);
    static QString ago(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Ponton::Cli
