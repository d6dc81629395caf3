#include "containers/containertablemodel.h"

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

void ContainerTableModel::setRows(const QList<ContainerRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ContainerTableModel::rowOf(const QString &idOrName) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const ContainerRow &container = m_rows.at(row);
        if (container.id == idOrName || container.name == idOrName
            || (idOrName.size() >= 12 && container.id.startsWith(idOrName)))
            return row;
    }
    return -1;
}

QString ContainerTableModel::duration(qint64 seconds)
{
    if (seconds < 1)
        return tr("Less than a second");
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

QString ContainerTableModel::ago(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    return tr("%1 ago").arg(duration(when.secsTo(now)));
}

QString ContainerTableModel::statusText(const ContainerRow &row, const QDateTime &now)
{
    if (row.status == u"running"_s)
        return tr("Up %1").arg(duration(row.startedAt.secsTo(now)));
    if (row.status == u"paused"_s)
        return tr("Up %1 (Paused)").arg(duration(row.startedAt.secsTo(now)));
    if (row.status == u"exited"_s)
        return tr("Exited (%1) %2").arg(row.exitCode).arg(ago(row.finishedAt, now));
    if (row.status == u"created"_s)
        return tr("Created");
    return row.status;
}

int ContainerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ContainerRow &row = m_rows.at(index.row());
    if (role == FullIdRole)
        return row.id;
    if (role == StateRole)
        return row.status;
    if (role == Qt::ToolTipRole && index.column() == Id)
        return row.id;
    if (role != Qt::DisplayRole)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (index.column()) {
    case Id: return row.id.left(12);
    case Image: return row.image;
    case Command: return u"\"%1\""_s.arg(row.command.size() > 20 ? row.command.left(19) + u'…' : row.command);
    case Created: return ago(row.created, now);
    case Status: return statusText(row, now);
    case Names: return row.name;
    default: return {};
    }
}

QVariant ContainerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Container ID");
    case Image: return tr("Image");
    case Command: return tr("Command");
    case Created: return tr("Created");
    case Status: return tr("Status");
    case Names: return tr("Names");
    default: return {};
    }
}

} // namespace Ponton::Gui
