#include "tablewriter.h"

namespace Ponton::Cli {

void TableWriter::write(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = qMax(widths[c], qMax<qsizetype>(row.at(c).size() + 3, 10));
        }
    }
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths.at(c)) : row.at(c);
        out << line << '\n';
    }
    out.flush();
}

} // namespace Ponton::Cli
