#include "images/historydialog.h"

#include "images/imagetablemodel.h"
#include "images/layersizechart.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

HistoryDialog::HistoryDialog(const QString &image, const QList<Store::HistoryRow> &rows, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(int(rows.size()), 5, this))
{
    setWindowTitle(tr("History of %1").arg(image));
    resize(860, 520);
    m_table->setHorizontalHeaderLabels({tr("Image"), tr("Created"), tr("Created by"), tr("Size"), tr("Comment")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    for (int row = 0; row < int(rows.size()); ++row) {
        const Store::HistoryRow &entry = rows.at(row);
        const QString id = entry.image.startsWith(u"sha256:"_s) ? entry.image.mid(7, 12) : entry.image;
        m_table->setItem(row, 0, new QTableWidgetItem(id));
        m_table->setItem(row, 1, new QTableWidgetItem(QLocale().toString(entry.created.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.createdBy.simplified()));
        m_table->item(row, 2)->setToolTip(entry.createdBy);
        m_table->setItem(row, 3, new QTableWidgetItem(ImageTableModel::humanSize(entry.size)));
        m_table->setItem(row, 4, new QTableWidgetItem(entry.comment));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *chart = new LayerSizeChart(this);
    chart->setHistory(image, rows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 2);
    layout->addWidget(chart, 1);
    layout->addWidget(buttons);
}

} // namespace Ponton::Gui
