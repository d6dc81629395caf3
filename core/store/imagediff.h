#pragma once

#include "store/layertree.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Ponton::Store {

// One path that differs between the final file systems of two images.
struct ImageDiffEntry {
    QString path;
    FileChange change = FileChange::Modified; // Added: only in the second image; Removed: only in the first
    LayerTree::Kind kind = LayerTree::Kind::File;
    qint64 sizeBefore = 0;
    qint64 sizeAfter = 0;
};

// Compares the final file systems of two analysed images: type, size, content hash, link target, mode
// and owner of every path. Sorted by path.
class ImageDiff
{
public:
    static QList<ImageDiffEntry> compare(const LayerTree &before, const LayerTree &after);
};

} // namespace Ponton::Store

Q_DECLARE_METATYPE(QList<Ponton::Store::ImageDiffEntry>)
