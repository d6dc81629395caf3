#include "layers/filetreemodel.h"

#include "images/imagetablemodel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;
using Ponton::Store::FileChange;
using Ponton::Store::LayerTree;

namespace Ponton::Gui {

FileTreeModel::FileTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void FileTreeModel::setAnalysis(LayerAnalysis analysis)
{
    m_analysis = std::move(analysis);
    m_layer = m_analysis && m_analysis->layerCount() > 0 ? m_analysis->layerCount() - 1 : 0;
    m_search.clear();
    rebuild();
}

void FileTreeModel::setView(int layer, LayerTree::Scope scope)
{
    m_layer = layer;
    m_scope = scope;
    rebuild();
}

void FileTreeModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    rebuild();
}

void FileTreeModel::rebuild()
{
    beginResetModel();
    m_root.reset();
    if (m_analysis && m_analysis->layerCount() > 0) {
        m_root = std::make_unique<Item>();
        m_root->entry = m_analysis->root(m_layer, m_scope);
        if (!m_search.isEmpty()) {
            // A flat list of the matches; their rows have no children.
            for (const LayerTree::Entry &entry : m_analysis->search(m_search, m_layer, m_scope)) {
                auto item = std::make_unique<Item>();
                item->entry = entry;
                item->entry.hasChildren = false;
                item->parent = m_root.get();
                item->row = int(m_root->children.size());
                item->fetched = true;
                m_root->children.push_back(std::move(item));
            }
            m_root->fetched = true;
        } else {
            fill(*m_root); // the top level is always shown
        }
    }
    endResetModel();
}

FileTreeModel::Item *FileTreeModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Item *item = itemFor(parent);
    if (!item || row < 0 || row >= int(item->children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, item->children.at(size_t(row)).get());
}

QModelIndex FileTreeModel::parent(const QModelIndex &child) const
{
    const Item *item = itemFor(child);
    if (!child.isValid() || !item || !item->parent || item->parent == m_root.get())
        return {};
    return createIndex(item->parent->row, 0, item->parent);
}

int FileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Item *item = itemFor(parent);
    return item ? int(item->children.size()) : 0;
}

int FileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool FileTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Item *item = itemFor(parent);
    if (!item)
        return false;
    return item->fetched ? !item->children.empty() : item->entry.hasChildren;
}

bool FileTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Item *item = itemFor(parent);
    return item && !item->fetched && item->entry.hasChildren;
}

void FileTreeModel::fetchMore(const QModelIndex &parent)
{
    Item *item = itemFor(parent);
    if (!item || item->fetched)
        return;
    const QList<LayerTree::Entry> entries = m_analysis->children(item->entry, m_layer, m_scope);
    if (entries.isEmpty()) {
        // The folder turned out empty in this view: its expander goes away.
        item->fetched = true;
        emit dataChanged(parent, parent);
        return;
    }
    beginInsertRows(parent, 0, int(entries.size()) - 1);
    fill(*item, entries);
    endInsertRows();
}

void FileTreeModel::fill(Item &item, std::optional<QList<LayerTree::Entry>> entries)
{
    item.fetched = true;
    if (!entries)
        entries = m_analysis->children(item.entry, m_layer, m_scope);
    item.children.reserve(size_t(entries->size()));
    for (const LayerTree::Entry &entry : std::as_const(*entries)) {
        auto child = std::make_unique<Item>();
        child->entry = entry;
        child->parent = &item;
        child->row = int(item.children.size());
        item.children.push_back(std::move(child));
    }
}

QString FileTreeModel::changeName(FileChange change)
{
    switch (change) {
    case FileChange::Added: return tr("added");
    case FileChange::Modified: return tr("modified");
    case FileChange::Removed: return tr("removed");
    case FileChange::Unchanged: break;
    }
    return {};
}

QString FileTreeModel::path(const QModelIndex &index) const
{
    const Item *item = itemFor(index);
    return index.isValid() && item ? m_analysis->path(item->entry.node) : QString();
}

QVariant FileTreeModel::data(const QModelIndex &index, int role) const
{
    const Item *item = itemFor(index);
    if (!index.isValid() || !item)
        return {};
    const LayerTree::Entry &entry = item->entry;
    const bool folder = entry.kind == LayerTree::Kind::Directory;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name) {
            QString name = m_search.isEmpty() ? m_analysis->name(entry.node) : m_analysis->path(entry.node);
            const auto &versions = m_analysis->versions(entry.node);
            if (entry.kind == LayerTree::Kind::Symlink && !versions.isEmpty())
                name = tr("%1 → %2").arg(name, versions.constLast().linkTarget);
            return name;
        }
        if (index.column() == Change)
            return changeName(entry.change);
        if (index.column() == Size) {
            if (entry.change == FileChange::Removed)
                return QString();
            if (folder && item->bytes < 0)
                item->bytes = m_analysis->subtreeBytes(entry, m_layer, m_scope);
            return ImageTableModel::humanSize(folder ? item->bytes : entry.size);
        }
        return {};
    case Qt::ForegroundRole:
        switch (entry.change) {
        case FileChange::Added: return QBrush(QColor(0x2e, 0x7d, 0x32));
        case FileChange::Modified: return QBrush(QColor(0xb2, 0x6a, 0x00));
        case FileChange::Removed: return QBrush(QColor(0xc6, 0x28, 0x28));
        case FileChange::Unchanged: return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case PathRole: return m_analysis->path(entry.node);
    case LayerRole: return int(entry.layer);
    case IsFolderRole: return folder;
    case ChangeRole: return int(entry.change);
    default: return {};
    }
}

QVariant FileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Change: return tr("Change");
    case Size: return tr("Size");
    default: return {};
    }
}

void FileTreeModel::collectFiles(const LayerTree::Entry &entry, QList<Store::LayerFileRef> *files) const
{
    if (entry.change == FileChange::Removed)
        return;
    if (entry.kind == LayerTree::Kind::File || entry.kind == LayerTree::Kind::Hardlink) {
        files->append({m_analysis->layer(entry.layer).digest, m_analysis->path(entry.node)});
        return;
    }
    if (entry.kind != LayerTree::Kind::Directory)
        return;
    for (const LayerTree::Entry &child : m_analysis->children(entry, m_layer, m_scope))
        collectFiles(child, files);
}

QList<Store::LayerFileRef> FileTreeModel::filesOf(const QModelIndexList &indexes) const
{
    QList<Store::LayerFileRef> files;
    for (const QModelIndex &index : indexes) {
        if (index.column() != Name)
            continue;
        if (const Item *item = itemFor(index); index.isValid() && item)
            collectFiles(item->entry, &files);
    }
    return files;
}

} // namespace Ponton::Gui
