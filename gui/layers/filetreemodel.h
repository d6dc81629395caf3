#pragma once

#include "engine/layerrequests.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <vector>

namespace Ponton::Gui {

// The file tree of one layer view (this layer only, or everything up to it) over an analysed image.
// Lazy: a folder's rows are made when the view expands it (canFetchMore/fetchMore), so an image of
// 100,000 files costs only what is shown; folder sizes are summed the first time they are painted.
// With a search text, the model is a flat list of the matching paths instead.
class FileTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Change, Size, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, LayerRole, IsFolderRole, ChangeRole };

    explicit FileTreeModel(QObject *parent = nullptr);

    void setAnalysis(LayerAnalysis analysis);
    const LayerAnalysis &analysis() const { return m_analysis; }
    void setView(int layer, Store::LayerTree::Scope scope);
    int layer() const { return m_layer; }
    Store::LayerTree::Scope scope() const { return m_scope; }
    void setSearch(const QString &text);
    QString search() const { return m_search; }

    // The files under the given rows (folders expanded), each from the layer whose version is shown.
    QList<Store::LayerFileRef> filesOf(const QModelIndexList &indexes) const;
    QString path(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString changeName(Store::FileChange change);

private:
    struct Item {
        Store::LayerTree::Entry entry;
        Item *parent = nullptr;
        int row = 0;
        bool fetched = false;
        mutable qint64 bytes = -1; // folders: summed on first use
        std::vector<std::unique_ptr<Item>> children;
    };
    Item *itemFor(const QModelIndex &index) const;
    void rebuild();
    void fill(Item &item, std::optional<QList<Store::LayerTree::Entry>> entries = std::nullopt);
    void collectFiles(const Store::LayerTree::Entry &entry, QList<Store::LayerFileRef> *files) const;

    LayerAnalysis m_analysis;
    int m_layer = 0;
    Store::LayerTree::Scope m_scope = Store::LayerTree::Scope::UpToLayer;
    QString m_search;
    std::unique_ptr<Item> m_root;
};

} // namespace Ponton::Gui
