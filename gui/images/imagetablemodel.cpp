#include "images/imagetablemodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

void ImageTableModel::setRows(const QList<Store::ImageRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ImageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageTableModel::humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeSIFormat);
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Store::ImageRow &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ImageId)
        return row.id.toString();
    if (role == Qt::UserRole)
        return row.id.toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Repository: return row.repository;
    case Tag: return row.tag;
    case ImageId: return row.id.shortId();
    case Created: return QLocale().toString(row.created.toLocalTime(), QLocale::ShortFormat);
    case Size: return humanSize(row.size);
    }
    return {};
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Repository: return tr("Repository");
    case Tag: return tr("Tag");
    case ImageId: return tr("Image ID");
    case Created: return tr("Created");
    case Size: return tr("Size");
    }
    return {};
}

} // namespace Ponton::Gui
