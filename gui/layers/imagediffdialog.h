#pragma once

#include "store/imagediff.h"

#include <QDialog>

class QTableWidget;

namespace Ponton::Gui {

// The paths that differ between two images' file systems: added, modified, removed, with their sizes.
class ImageDiffDialog : public QDialog
{
    Q_OBJECT
public:
    ImageDiffDialog(const QString &before, const QString &after, const QList<Store::ImageDiffEntry> &changes,
                    QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace Ponton::Gui
