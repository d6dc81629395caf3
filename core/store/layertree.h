#pragma once

#include "archive/layertarreader.h"
#include "reference/digest.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Ponton::Store {

// What a layer did to a path, compared with the layers below it.
enum class FileChange : quint8 { Unchanged, Added, Modified, Removed };

// One layer of an analysed image, bottom first.
struct LayerSummary {
    Digest digest;        // the layer blob
    Digest diffId;
    QString createdBy;    // from the config's history
    qint64 blobSize = 0;  // compressed
    qint64 fileBytes = 0; // bytes of the regular files the layer holds
    int entries = 0;
};

// The files of every layer of an image, as dive shows them: one node per path ever seen, with the
// version each layer wrote (added, modified, removed by a whiteout) and the folders made opaque.
// Built once by LayerAnalyzer, then read-only: a view asks for the children of a node at a layer,
// either "this layer only" (what the layer changed) or "up to this layer" (the file system it makes).
//
// Space: every regular file's bytes are counted once in totalBytes(); the bytes the final image shows
// are finalBytes(); wastedBytes() is their difference (versions overwritten by later layers, files
// removed or hidden by an opaque folder), and efficiency() = finalBytes / totalBytes.
class LayerTree
{
public:
    using Kind = Archive::LayerEntry::Type;
    enum class Scope { ThisLayer, UpToLayer };
    static constexpr qint32 Root = 0;

    struct Version {
        qint16 layer = 0;
        FileChange change = FileChange::Added;
        Kind kind = Kind::File;
        quint32 mode = 0;
        qint64 uid = 0;
        qint64 gid = 0;
        qint64 size = 0;
        quint64 contentHash = 0; // regular files: the first 8 bytes of their MD5
        QString linkTarget;
    };
    // What a node looks like in one view.
    struct Entry {
        qint32 node = Root;
        FileChange change = FileChange::Unchanged;
        Kind kind = Kind::Directory;
        qint64 size = 0;        // regular files; folders: see subtreeBytes()
        qint16 layer = 0;       // the layer whose version is shown
        qint16 childFloor = 0;  // pass to children(): versions below it are hidden by a removal or opaque folder
        bool hasChildren = false;
    };
    struct WastedPath {
        qint32 node = Root;
        int versions = 0;       // versions stored in the layers (removals included)
        qint64 wastedBytes = 0;
    };

    explicit LayerTree(QList<LayerSummary> layers);

    int layerCount() const { return int(m_layers.size()); }
    const LayerSummary &layer(int index) const { return m_layers.at(index); }
    int nodeCount() const { return int(m_nodes.size()); }
    QString name(qint32 node) const { return m_names.at(m_nodes.at(node).name); }
    QString path(qint32 node) const;
    std::optional<qint32> find(const QString &path) const;
    // The versions the layers wrote of `node`, bottom layer first.
    QList<Version> versions(qint32 node) const;

    // The root as a view shows it.
    Entry root(int layer, Scope scope) const;
    // The visible children of `parent` (an entry of the same view), sorted by name.
    QList<Entry> children(const Entry &parent, int layer, Scope scope) const;
    // Bytes of the visible regular files under `entry` (itself when it is a file).
    qint64 subtreeBytes(const Entry &entry, int layer, Scope scope) const;
    // Visible entries whose name contains `text` (case-insensitive), at most `limit`.
    QList<Entry> search(const QString &text, int layer, Scope scope, int limit = 1000) const;

    qint64 totalBytes() const { return m_totalBytes; }
    qint64 finalBytes() const { return m_finalBytes; }
    qint64 wastedBytes() const { return m_totalBytes - m_finalBytes; }
    double efficiency() const;
    // Paths with bytes the final image does not show, most wasteful first.
    const QList<WastedPath> &wastedPaths() const { return m_wasted; }
    // The regular files (and links) of the final image: path → its version.
    QHash<QString, Version> finalFiles() const;

    // --- Building (LayerAnalyzer). Entries of layer `layer` in tar order, then finish() once.
    void addEntry(int layer, const Archive::LayerEntry &entry, quint64 contentHash);
    void finish();

private:
    // The compact store: one Node per path (its name interned), the versions in one flat vector chained
    // newest first, the children of every folder in one flat vector after finish(), the layers that
    // touched a subtree as bits in one flat vector, and the rare hides in a side table.
    struct Node {
        qint32 name = 0;          // into m_names
        qint32 parent = -1;
        qint32 lastVersion = -1;  // into m_versions, the newest version
        qint32 firstChild = 0;    // into m_children (after finish())
        qint32 childCount = 0;
        qint32 hides = -1;        // into m_hides: layers whose whiteout or opaque marker hides older content
    };
    struct StoredVersion {
        qint64 size = 0;
        quint64 contentHash = 0;
        qint64 uid = 0;
        qint64 gid = 0;
        quint32 mode = 0;
        qint32 linkTarget = -1;   // into m_linkTargets
        qint32 older = -1;        // the version below, into m_versions
        qint16 layer = 0;
        FileChange change = FileChange::Added;
        Kind kind = Kind::File;
    };
    qint32 internName(QStringView name);
    qint32 childNamed(qint32 parent, QStringView name);
    std::optional<qint32> existingChild(qint32 parent, QStringView name) const;
    qint32 ensureFolder(QStringView path, int layer, qint16 *floor);
    qint32 ensureNode(QStringView path, int layer);
    qint16 floorAt(qint32 node, int layer) const;      // the highest hide of `node` at or below `layer`
    qint16 ancestorFloor(qint32 node, int layer) const;
    void addHide(qint32 node, int layer);
    const StoredVersion *versionAt(qint32 node, int layer, bool below) const;
    bool touched(qint32 node, int layer) const;
    void touch(qint32 node, int layer);
    void setVersion(qint32 node, const StoredVersion &version);
    Version published(const StoredVersion &version) const;
    std::optional<Entry> entryFor(qint32 node, qint16 floor, int layer, Scope scope) const;
    void computeSpace();

    QList<LayerSummary> m_layers;
    std::vector<Node> m_nodes;
    std::vector<StoredVersion> m_versions;
    std::vector<qint32> m_children;
    std::vector<quint64> m_touched;   // m_touchWords words per node
    int m_touchWords = 1;
    QList<QList<qint16>> m_hides;
    QStringList m_names;
    QHash<QString, qint32> m_nameIds;
    QHash<quint64, qint32> m_childIndex; // (parent << 32 | name) → node
    QStringList m_linkTargets;
    // The folder of the previous entry (tar order groups a folder's entries): its path, layer, node, floor.
    QString m_lastFolder;
    int m_lastFolderLayer = -1;
    qint32 m_lastFolderNode = Root;
    qint16 m_lastFolderFloor = 0;
    qint64 m_totalBytes = 0;
    qint64 m_finalBytes = 0;
    QList<WastedPath> m_wasted;
};

} // namespace Ponton::Store

Q_DECLARE_METATYPE(std::shared_ptr<const Ponton::Store::LayerTree>)
