#pragma once

#include "engine/containerrequests.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace Ponton::Gui {

// The containers as `ponton ps -a` lists them: CONTAINER ID, IMAGE, COMMAND, CREATED, STATUS, NAMES.
class ContainerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Image, Command, Created, Status, Names, ColumnCount };
    enum Role { FullIdRole = Qt::UserRole + 1, StateRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<ContainerRow> &rows);
    const QList<ContainerRow> &rows() const { return m_rows; }
    int rowOf(const QString &idOrName) const;
    // "now" is a parameter so that tests can give one.
    static QString statusText(const ContainerRow &row, const QDateTime &now);
    static QString ago(const QDateTime &when, const QDateTime &now);
    static QString duration(qint64 seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ContainerRow> m_rows;
};

} // namespace Ponton::Gui
