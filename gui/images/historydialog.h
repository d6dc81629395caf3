#pragma once

#include "store/imagereports.h"

#include <QDialog>

class QTableWidget;

namespace Ponton::Gui {

// `ponton history IMAGE` as a table (image, created, created by, size, comment) above a chart of the
// layer sizes.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const QString &image, const QList<Store::HistoryRow> &rows, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace Ponton::Gui
