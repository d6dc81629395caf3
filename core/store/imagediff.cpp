#include "store/imagediff.h"

#include <algorithm>

namespace Ponton::Store {

namespace {

bool same(const LayerTree::Version &a, const LayerTree::Version &b)
{
    return a.kind == b.kind && a.size == b.size && a.contentHash == b.contentHash && a.linkTarget == b.linkTarget
        && a.mode == b.mode && a.uid == b.uid && a.gid == b.gid;
}

} // namespace

QList<ImageDiffEntry> ImageDiff::compare(const LayerTree &before, const LayerTree &after)
{
    const QHash<QString, LayerTree::Version> first = before.finalFiles();
    const QHash<QString, LayerTree::Version> second = after.finalFiles();
    QList<ImageDiffEntry> changes;
    for (auto it = first.constBegin(); it != first.constEnd(); ++it) {
        const auto other = second.constFind(it.key());
        if (other == second.constEnd())
            changes.append({it.key(), FileChange::Removed, it->kind, it->size, 0});
        else if (!same(*it, *other))
            changes.append({it.key(), FileChange::Modified, other->kind, it->size, other->size});
    }
    for (auto it = second.constBegin(); it != second.constEnd(); ++it) {
        if (!first.contains(it.key()))
            changes.append({it.key(), FileChange::Added, it->kind, 0, it->size});
    }
    std::sort(changes.begin(), changes.end(), [](const ImageDiffEntry &a, const ImageDiffEntry &b) {
        return a.path < b.path;
    });
    return changes;
}

} // namespace Ponton::Store
