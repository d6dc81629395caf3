#pragma once

#include "store/imagereports.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ponton::Gui {

// The rows of `ponton images` for a table view: repository, tag, image ID, created, size, platform (a
// platform this machine does not run is marked, and its tooltip says which tagged image it belongs to).
class ImageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Repository, Tag, ImageId, Created, Size, Platform, ColumnCount };

    explicit ImageTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setRows(const QList<Store::ImageRow> &rows);
    const QList<Store::ImageRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString humanSize(qint64 bytes);

private:
    QString platformNote(const Store::ImageRow &row) const;

    QList<Store::ImageRow> m_rows;
};

} // namespace Ponton::Gui
