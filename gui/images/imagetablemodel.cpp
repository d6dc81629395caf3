#include "images/imagetablemodel.h"

#include "image/platform.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>
#include <QPalette>

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
    if (role == Qt::ToolTipRole && index.column() != ImageId) {
        const QString note = platformNote(row);
        return note.isEmpty() ? QVariant() : QVariant(note);
    }
    if (role == Qt::ForegroundRole && index.column() == Platform && !platformNote(row).isEmpty())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
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
    case Platform: return row.platform;
    }
    return {};
}

// For a row of a platform this machine does not run, or an untagged platform of a tagged image: what it is.
QString ImageTableModel::platformNote(const Store::ImageRow &row) const
{
    const Result<Image::Platform> platform = Image::Platform::parse(row.platform);
    const bool foreign = platform && !Image::Platform::host().matches(*platform);
    QString note;
    if (foreign)
        note = tr("A %1 image: this machine runs %2, so it can be browsed, saved and pushed, not run.")
                   .arg(row.platform, Image::Platform::host().toString());
    if (!row.platformOf.isEmpty())
        note += (note.isEmpty() ? QString() : u"\n"_s) + tr("One of the platforms of %1.").arg(row.platformOf);
    return note;
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
    case Platform: return tr("Platform");
    }
    return {};
}

} // namespace Ponton::Gui
