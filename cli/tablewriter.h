#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace Ponton::Cli {

// Columns as Docker's tabwriter lays them out: each column as wide as its widest cell plus 3 spaces,
// at least 10; the last column is not padded.
class TableWriter
{
public:
    explicit TableWriter(const QStringList &header) { m_rows.append(header); }
    void addRow(const QStringList &row) { m_rows.append(row); }
    void write(QTextStream &out) const;

private:
    QList<QStringList> m_rows;
};

} // namespace Ponton::Cli
