#include "layers/imagediffdialog.h"

#include "images/imagetablemodel.h"
#include "layers/filetreemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ponton::Gui {

ImageDiffDialog::ImageDiffDialog(const QString &before, const QString &after,
                                 const QList<Store::ImageDiffEntry> &changes, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(int(changes.size()), 4, this))
{
    setWindowTitle(tr("%1 → %2").arg(before, after));
    resize(760, 520);
    m_table->setHorizontalHeaderLabels({tr("Change"), tr("Path"), tr("Before"), tr("After")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    for (int row = 0; row < int(changes.size()); ++row) {
        const Store::ImageDiffEntry &change = changes.at(row);
        const bool folder = change.kind == Store::LayerTree::Kind::Directory;
        m_table->setItem(row, 0, new QTableWidgetItem(FileTreeModel::changeName(change.change)));
        m_table->setItem(row, 1, new QTableWidgetItem(change.path));
        const bool hasBefore = change.change != Store::FileChange::Added && !folder;
        const bool hasAfter = change.change != Store::FileChange::Removed && !folder;
        m_table->setItem(row, 2, new QTableWidgetItem(hasBefore ? ImageTableModel::humanSize(change.sizeBefore) : QString()));
        m_table->setItem(row, 3, new QTableWidgetItem(hasAfter ? ImageTableModel::humanSize(change.sizeAfter) : QString()));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *summary = new QLabel(tr("%n path(s) differ between %1 and %2.", nullptr, int(changes.size())).arg(before, after), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace Ponton::Gui
