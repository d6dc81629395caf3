#include "store/layertree.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

namespace {

const QString OpaqueMarker = u".wh..wh..opq"_s;
const QString WhiteoutPrefix = u".wh."_s;

QString parentOf(const QString &path, QString *base)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    *base = slash < 0 ? path : path.mid(slash + 1);
    return slash < 0 ? QString() : path.left(slash);
}

} // namespace

LayerTree::LayerTree(QList<LayerSummary> layers) : m_layers(std::move(layers))
{
    Node root;
    root.touched = QBitArray(qMax(1, layerCount()));
    m_nodes.append(root);
    m_byPath.insert(QString(), Root);
}

QString LayerTree::path(qint32 node) const
{
    QStringList parts;
    for (qint32 at = node; at > Root; at = m_nodes.at(at).parent)
        parts.prepend(m_nodes.at(at).name);
    return parts.join(u'/');
}

std::optional<qint32> LayerTree::find(const QString &path) const
{
    const auto it = m_byPath.constFind(path);
    if (it == m_byPath.constEnd())
        return std::nullopt;
    return *it;
}

const LayerTree::Version *LayerTree::versionAt(const Node &node, int layer, bool below) const
{
    for (qsizetype i = node.versions.size() - 1; i >= 0; --i) {
        const Version &version = node.versions.at(i);
        if (version.layer < layer || (!below && version.layer == layer))
            return &version;
    }
    return nullptr;
}

qint16 LayerTree::floorAt(qint32 node, int layer) const
{
    qint16 floor = 0;
    for (const qint16 hide : m_nodes.at(node).hides) {
        if (hide <= layer)
            floor = qMax(floor, hide);
    }
    return floor;
}

qint16 LayerTree::ancestorFloor(qint32 node, int layer) const
{
    qint16 floor = 0;
    for (qint32 at = m_nodes.at(node).parent; at >= Root; at = m_nodes.at(at).parent)
        floor = qMax(floor, floorAt(at, layer));
    return floor;
}

qint32 LayerTree::childNamed(qint32 parent, const QString &childPath, const QString &name)
{
    if (const auto it = m_byPath.constFind(childPath); it != m_byPath.constEnd())
        return *it;
    Node node;
    node.name = name;
    node.parent = parent;
    node.touched = QBitArray(qMax(1, layerCount()));
    const auto index = qint32(m_nodes.size());
    m_nodes.append(node);
    m_nodes[parent].children.append(index);
    m_byPath.insert(childPath, index);
    return index;
}

// Walks to `path`, creating the nodes, and gives folders that the layer implies but does not list
// (an entry "a/b/c" without "a/b") an added version at `layer`.
qint32 LayerTree::ensureNode(const QString &path, int layer)
{
    if (const auto it = m_byPath.constFind(path); it != m_byPath.constEnd())
        return *it;
    const QStringList parts = path.split(u'/');
    qint32 at = Root;
    qint16 floor = floorAt(Root, layer);
    QString prefix;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        prefix = i == 0 ? parts.at(i) : prefix + u'/' + parts.at(i);
        at = childNamed(at, prefix, parts.at(i));
        if (i + 1 == parts.size())
            break;
        const Version *current = versionAt(m_nodes.at(at), layer, false);
        if (!current || current->change == FileChange::Removed || current->layer < floor) {
            Version implied;
            implied.layer = qint16(layer);
            implied.kind = Kind::Directory;
            implied.mode = 0755;
            setVersion(at, implied);
            touch(at, layer);
        }
        floor = qMax(floor, floorAt(at, layer));
    }
    return at;
}

void LayerTree::touch(qint32 node, int layer)
{
    for (qint32 at = node; at >= Root; at = m_nodes.at(at).parent) {
        if (m_nodes.at(at).touched.testBit(layer))
            return;
        m_nodes[at].touched.setBit(layer);
    }
}

void LayerTree::setVersion(qint32 node, const Version &version)
{
    QList<Version> &versions = m_nodes[node].versions;
    if (!versions.isEmpty() && versions.constLast().layer == version.layer)
        versions.last() = version;
    else
        versions.append(version);
}

void LayerTree::addEntry(int layer, const Archive::LayerEntry &entry, quint64 contentHash)
{
    ++m_layers[layer].entries;
    QString base;
    const QString folder = parentOf(entry.path, &base);
    if (base == OpaqueMarker) {
        const qint32 node = folder.isEmpty() ? Root : ensureNode(folder, layer);
        if (m_nodes.at(node).hides.isEmpty() || m_nodes.at(node).hides.constLast() != layer)
            m_nodes[node].hides.append(qint16(layer));
        touch(node, layer);
        return;
    }
    if (base.startsWith(WhiteoutPrefix)) {
        const QString target = base.mid(WhiteoutPrefix.size());
        const qint32 node = ensureNode(folder.isEmpty() ? target : folder + u'/' + target, layer);
        const Version *before = versionAt(m_nodes.at(node), layer, true);
        Version removed;
        removed.layer = qint16(layer);
        removed.change = FileChange::Removed;
        removed.kind = before ? before->kind : Kind::File;
        setVersion(node, removed);
        if (m_nodes.at(node).hides.isEmpty() || m_nodes.at(node).hides.constLast() != layer)
            m_nodes[node].hides.append(qint16(layer));
        touch(node, layer);
        return;
    }
    const qint32 node = ensureNode(entry.path, layer);
    const Version *before = versionAt(m_nodes.at(node), layer, true);
    const bool existed = before && before->change != FileChange::Removed && before->layer >= ancestorFloor(node, layer);
    Version version;
    version.layer = qint16(layer);
    version.kind = entry.type;
    version.mode = entry.mode;
    version.uid = entry.uid;
    version.gid = entry.gid;
    version.size = entry.type == Kind::File ? entry.size : 0;
    version.contentHash = contentHash;
    version.linkTarget = entry.linkTarget;
    if (!existed)
        version.change = FileChange::Added;
    else if (entry.type == Kind::Directory && before->kind == Kind::Directory && before->mode == entry.mode
             && before->uid == entry.uid && before->gid == entry.gid)
        version.change = FileChange::Unchanged;
    else
        version.change = FileChange::Modified;
    setVersion(node, version);
    m_layers[layer].fileBytes += version.size;
    touch(node, layer);
}

void LayerTree::finish()
{
    for (Node &node : m_nodes) {
        std::sort(node.children.begin(), node.children.end(), [this](qint32 a, qint32 b) {
            return m_nodes.at(a).name < m_nodes.at(b).name;
        });
    }
    computeSpace();
}

LayerTree::Entry LayerTree::root(int layer, Scope scope) const
{
    Entry entry;
    entry.layer = qint16(layer);
    entry.childFloor = scope == Scope::UpToLayer ? floorAt(Root, layer) : 0;
    entry.hasChildren = !m_nodes.at(Root).children.isEmpty();
    return entry;
}

std::optional<LayerTree::Entry> LayerTree::entryFor(qint32 node, qint16 floor, int layer, Scope scope) const
{
    const Node &data = m_nodes.at(node);
    Entry entry;
    entry.node = node;
    entry.hasChildren = !data.children.isEmpty();
    if (scope == Scope::ThisLayer) {
        if (!data.touched.testBit(layer))
            return std::nullopt;
        const Version *version = versionAt(data, layer, false);
        if (!version)
            return std::nullopt;
        entry.kind = version->kind;
        entry.layer = version->layer;
        if (version->layer == layer) {
            entry.change = version->change;
            entry.size = version->size;
        }
        return entry;
    }
    const Version *version = versionAt(data, layer, false);
    if (!version || version->layer < floor)
        return std::nullopt;
    if (version->change == FileChange::Removed && version->layer != layer)
        return std::nullopt;
    entry.kind = version->kind;
    entry.layer = version->layer;
    entry.size = version->size;
    entry.change = version->layer == layer ? version->change : FileChange::Unchanged;
    entry.childFloor = qMax(floor, floorAt(node, layer));
    if (version->change == FileChange::Removed)
        entry.hasChildren = false;
    return entry;
}

QList<LayerTree::Entry> LayerTree::children(const Entry &parent, int layer, Scope scope) const
{
    QList<Entry> result;
    const Node &data = m_nodes.at(parent.node);
    result.reserve(data.children.size());
    for (const qint32 child : data.children) {
        if (auto entry = entryFor(child, parent.childFloor, layer, scope))
            result.append(*entry);
    }
    return result;
}

qint64 LayerTree::subtreeBytes(const Entry &entry, int layer, Scope scope) const
{
    if (entry.kind != Kind::Directory)
        return entry.change == FileChange::Removed ? 0 : entry.size;
    qint64 total = 0;
    QList<Entry> pending{entry};
    while (!pending.isEmpty()) {
        const Entry at = pending.takeLast();
        for (const Entry &child : children(at, layer, scope)) {
            if (child.kind == Kind::Directory)
                pending.append(child);
            else if (child.change != FileChange::Removed)
                total += child.size;
        }
    }
    return total;
}

QList<LayerTree::Entry> LayerTree::search(const QString &text, int layer, Scope scope, int limit) const
{
    QList<Entry> result;
    if (text.isEmpty())
        return result;
    for (qint32 node = Root + 1; node < nodeCount() && result.size() < limit; ++node) {
        if (!m_nodes.at(node).name.contains(text, Qt::CaseInsensitive))
            continue;
        // Visible only when every folder on the way is visible in the same view.
        QList<qint32> chain;
        for (qint32 at = node; at > Root; at = m_nodes.at(at).parent)
            chain.prepend(at);
        Entry current = root(layer, scope);
        bool visible = true;
        for (const qint32 step : chain) {
            const auto entry = entryFor(step, current.childFloor, layer, scope);
            if (!entry) {
                visible = false;
                break;
            }
            current = *entry;
        }
        if (visible)
            result.append(current);
    }
    return result;
}

double LayerTree::efficiency() const
{
    return m_totalBytes == 0 ? 1.0 : double(m_finalBytes) / double(m_totalBytes);
}

QHash<QString, LayerTree::Version> LayerTree::finalFiles() const
{
    QHash<QString, Version> files;
    if (m_layers.isEmpty())
        return files;
    const int last = layerCount() - 1;
    QList<std::pair<Entry, QString>> pending{{root(last, Scope::UpToLayer), QString()}};
    while (!pending.isEmpty()) {
        const auto [at, prefix] = pending.takeLast();
        for (const Entry &child : children(at, last, Scope::UpToLayer)) {
            if (child.change == FileChange::Removed)
                continue;
            const QString childPath = prefix + m_nodes.at(child.node).name;
            files.insert(childPath, *versionAt(m_nodes.at(child.node), last, false));
            if (child.kind == Kind::Directory)
                pending.append({child, childPath + u'/'});
        }
    }
    return files;
}

void LayerTree::computeSpace()
{
    m_totalBytes = 0;
    m_finalBytes = 0;
    m_wasted.clear();
    if (m_layers.isEmpty())
        return;
    const int last = layerCount() - 1;
    // The layer of each node's version in the final image, -1 when it has none.
    QList<qint16> finalLayer(m_nodes.size(), qint16(-1));
    QList<Entry> pending{root(last, Scope::UpToLayer)};
    while (!pending.isEmpty()) {
        const Entry at = pending.takeLast();
        for (const Entry &child : children(at, last, Scope::UpToLayer)) {
            if (child.change == FileChange::Removed)
                continue;
            finalLayer[child.node] = child.layer;
            if (child.kind == Kind::Directory)
                pending.append(child);
        }
    }
    for (qint32 node = Root + 1; node < nodeCount(); ++node) {
        WastedPath wasted{node, int(m_nodes.at(node).versions.size()), 0};
        for (const Version &version : m_nodes.at(node).versions) {
            if (version.kind != Kind::File || version.change == FileChange::Removed)
                continue;
            m_totalBytes += version.size;
            if (version.layer == finalLayer.at(node))
                m_finalBytes += version.size;
            else
                wasted.wastedBytes += version.size;
        }
        if (wasted.wastedBytes > 0)
            m_wasted.append(wasted);
    }
    std::sort(m_wasted.begin(), m_wasted.end(), [](const WastedPath &a, const WastedPath &b) {
        return a.wastedBytes > b.wastedBytes;
    });
}

} // namespace Ponton::Store
