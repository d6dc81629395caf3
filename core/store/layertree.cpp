#include "store/layertree.h"

#include <QStringTokenizer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

namespace {

constexpr QStringView OpaqueMarker = u".wh..wh..opq";
constexpr QStringView WhiteoutPrefix = u".wh.";

// A QString over the view's characters without copying them: for hash look-ups only.
QString lookupKey(QStringView view)
{
    return QString::fromRawData(view.data(), view.size());
}

quint64 childKey(qint32 parent, qint32 name)
{
    return (quint64(quint32(parent)) << 32) | quint32(name);
}

} // namespace

LayerTree::LayerTree(QList<LayerSummary> layers)
    : m_layers(std::move(layers)), m_touchWords(qMax(1, (int(m_layers.size()) + 63) / 64))
{
    m_names.append(QString());
    m_nameIds.insert(QString(), 0);
    m_nodes.push_back(Node{});
    m_touched.resize(size_t(m_touchWords), 0);
}

QString LayerTree::path(qint32 node) const
{
    QStringList parts;
    for (qint32 at = node; at > Root; at = m_nodes.at(size_t(at)).parent)
        parts.prepend(name(at));
    return parts.join(u'/');
}

std::optional<qint32> LayerTree::existingChild(qint32 parent, QStringView name) const
{
    const auto id = m_nameIds.constFind(lookupKey(name));
    if (id == m_nameIds.constEnd())
        return std::nullopt;
    const auto child = m_childIndex.constFind(childKey(parent, *id));
    if (child == m_childIndex.constEnd())
        return std::nullopt;
    return *child;
}

std::optional<qint32> LayerTree::find(const QString &path) const
{
    qint32 at = Root;
    for (const QStringView part : QStringTokenizer(path, u'/', Qt::SkipEmptyParts)) {
        const std::optional<qint32> child = existingChild(at, part);
        if (!child)
            return std::nullopt;
        at = *child;
    }
    return at;
}

LayerTree::Version LayerTree::published(const StoredVersion &stored) const
{
    Version version;
    version.layer = stored.layer;
    version.change = stored.change;
    version.kind = stored.kind;
    version.mode = stored.mode;
    version.uid = stored.uid;
    version.gid = stored.gid;
    version.size = stored.size;
    version.contentHash = stored.contentHash;
    if (stored.linkTarget >= 0)
        version.linkTarget = m_linkTargets.at(stored.linkTarget);
    return version;
}

QList<LayerTree::Version> LayerTree::versions(qint32 node) const
{
    QList<Version> result;
    for (qint32 at = m_nodes.at(size_t(node)).lastVersion; at >= 0; at = m_versions.at(size_t(at)).older)
        result.prepend(published(m_versions.at(size_t(at))));
    return result;
}

const LayerTree::StoredVersion *LayerTree::versionAt(qint32 node, int layer, bool below) const
{
    for (qint32 at = m_nodes[size_t(node)].lastVersion; at >= 0; at = m_versions[size_t(at)].older) {
        const StoredVersion &version = m_versions[size_t(at)];
        if (version.layer < layer || (!below && version.layer == layer))
            return &version;
    }
    return nullptr;
}

qint16 LayerTree::floorAt(qint32 node, int layer) const
{
    const qint32 hides = m_nodes[size_t(node)].hides;
    if (hides < 0)
        return 0;
    qint16 floor = 0;
    for (const qint16 hide : m_hides.at(hides)) {
        if (hide <= layer)
            floor = qMax(floor, hide);
    }
    return floor;
}

qint16 LayerTree::ancestorFloor(qint32 node, int layer) const
{
    qint16 floor = 0;
    for (qint32 at = m_nodes[size_t(node)].parent; at >= Root; at = m_nodes[size_t(at)].parent)
        floor = qMax(floor, floorAt(at, layer));
    return floor;
}

void LayerTree::addHide(qint32 node, int layer)
{
    Node &data = m_nodes[size_t(node)];
    if (data.hides < 0) {
        data.hides = qint32(m_hides.size());
        m_hides.append(QList<qint16>());
    }
    QList<qint16> &hides = m_hides[data.hides];
    if (hides.isEmpty() || hides.constLast() != layer)
        hides.append(qint16(layer));
}

qint32 LayerTree::internName(QStringView name)
{
    const QString key = lookupKey(name);
    if (const auto it = m_nameIds.constFind(key); it != m_nameIds.constEnd())
        return *it;
    const auto id = qint32(m_names.size());
    m_names.append(name.toString());
    m_nameIds.insert(m_names.constLast(), id);
    return id;
}

qint32 LayerTree::childNamed(qint32 parent, QStringView name)
{
    const qint32 nameId = internName(name);
    const quint64 key = childKey(parent, nameId);
    if (const auto it = m_childIndex.constFind(key); it != m_childIndex.constEnd())
        return *it;
    Node node;
    node.name = nameId;
    node.parent = parent;
    const auto index = qint32(m_nodes.size());
    m_nodes.push_back(node);
    m_touched.resize(m_touched.size() + size_t(m_touchWords), 0);
    m_childIndex.insert(key, index);
    return index;
}

// Walks to the folder `path`, creating its nodes, and gives the folders that the layer implies but does
// not list (an entry "a/b/c" without "a/b") an added version at `layer`. `floor` receives the highest
// hide on the way. Entries of one folder follow each other in a tar: the last folder is remembered.
qint32 LayerTree::ensureFolder(QStringView path, int layer, qint16 *floor)
{
    if (layer == m_lastFolderLayer && path == m_lastFolder) {
        *floor = m_lastFolderFloor;
        return m_lastFolderNode;
    }
    qint32 at = Root;
    *floor = floorAt(Root, layer);
    for (const QStringView part : QStringTokenizer(path, u'/', Qt::SkipEmptyParts)) {
        at = childNamed(at, part);
        const StoredVersion *current = versionAt(at, layer, false);
        if (!current || current->change == FileChange::Removed || current->layer < *floor) {
            StoredVersion implied;
            implied.layer = qint16(layer);
            implied.kind = Kind::Directory;
            implied.mode = 0755;
            setVersion(at, implied);
            touch(at, layer);
        }
        *floor = qMax(*floor, floorAt(at, layer));
    }
    m_lastFolder = path.toString();
    m_lastFolderLayer = layer;
    m_lastFolderNode = at;
    m_lastFolderFloor = *floor;
    return at;
}

qint32 LayerTree::ensureNode(QStringView path, int layer)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    qint16 floor = 0;
    const qint32 folder = ensureFolder(slash < 0 ? QStringView() : path.left(slash), layer, &floor);
    return childNamed(folder, slash < 0 ? path : path.mid(slash + 1));
}

bool LayerTree::touched(qint32 node, int layer) const
{
    return (m_touched[size_t(node) * size_t(m_touchWords) + size_t(layer / 64)] >> (layer % 64)) & 1U;
}

void LayerTree::touch(qint32 node, int layer)
{
    for (qint32 at = node; at >= Root; at = m_nodes[size_t(at)].parent) {
        quint64 &word = m_touched[size_t(at) * size_t(m_touchWords) + size_t(layer / 64)];
        const quint64 bit = quint64(1) << (layer % 64);
        if (word & bit)
            return;
        word |= bit;
    }
}

void LayerTree::setVersion(qint32 node, const StoredVersion &version)
{
    Node &data = m_nodes[size_t(node)];
    if (data.lastVersion >= 0 && m_versions[size_t(data.lastVersion)].layer == version.layer) {
        const qint32 older = m_versions[size_t(data.lastVersion)].older;
        m_versions[size_t(data.lastVersion)] = version;
        m_versions[size_t(data.lastVersion)].older = older;
        return;
    }
    m_versions.push_back(version);
    m_versions.back().older = data.lastVersion;
    data.lastVersion = qint32(m_versions.size() - 1);
}

void LayerTree::addEntry(int layer, const Archive::LayerEntry &entry, quint64 contentHash)
{
    ++m_layers[layer].entries;
    const QStringView path(entry.path);
    const qsizetype slash = path.lastIndexOf(u'/');
    const QStringView folder = slash < 0 ? QStringView() : path.left(slash);
    const QStringView base = slash < 0 ? path : path.mid(slash + 1);
    if (base == OpaqueMarker) {
        const qint32 node = folder.isEmpty() ? Root : ensureNode(folder, layer);
        addHide(node, layer);
        touch(node, layer);
        m_lastFolderLayer = -1; // the floors under the folder changed
        return;
    }
    if (base.startsWith(WhiteoutPrefix)) {
        const QStringView target = base.mid(WhiteoutPrefix.size());
        QString targetPath = folder.toString();
        if (!targetPath.isEmpty())
            targetPath.append(u'/');
        targetPath.append(target);
        const qint32 node = ensureNode(targetPath, layer);
        const StoredVersion *before = versionAt(node, layer, true);
        StoredVersion removed;
        removed.layer = qint16(layer);
        removed.change = FileChange::Removed;
        removed.kind = before ? before->kind : Kind::File;
        setVersion(node, removed);
        addHide(node, layer);
        touch(node, layer);
        m_lastFolderLayer = -1;
        return;
    }
    const qint32 node = ensureNode(path, layer);
    const StoredVersion *before = versionAt(node, layer, true);
    const bool existed = before && before->change != FileChange::Removed && before->layer >= ancestorFloor(node, layer);
    StoredVersion version;
    version.layer = qint16(layer);
    version.kind = entry.type;
    version.mode = entry.mode;
    version.uid = entry.uid;
    version.gid = entry.gid;
    version.size = entry.type == Kind::File ? entry.size : 0;
    version.contentHash = contentHash;
    if (!entry.linkTarget.isEmpty()) {
        version.linkTarget = qint32(m_linkTargets.size());
        m_linkTargets.append(entry.linkTarget);
    }
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
    // The children of every folder, contiguous in m_children (a counting sort by parent), then by name.
    std::vector<qint32> offsets(m_nodes.size() + 1, 0);
    for (size_t node = 1; node < m_nodes.size(); ++node)
        ++offsets[size_t(m_nodes[node].parent) + 1];
    for (size_t node = 0; node < m_nodes.size(); ++node) {
        m_nodes[node].firstChild = offsets[node];
        m_nodes[node].childCount = offsets[node + 1];
        offsets[node + 1] += offsets[node];
    }
    m_children.assign(m_nodes.size() > 0 ? m_nodes.size() - 1 : 0, Root);
    std::vector<qint32> filled(m_nodes.size(), 0);
    for (size_t node = 1; node < m_nodes.size(); ++node) {
        const Node &parent = m_nodes[size_t(m_nodes[node].parent)];
        m_children[size_t(parent.firstChild + filled[size_t(m_nodes[node].parent)]++)] = qint32(node);
    }
    for (const Node &node : m_nodes) {
        std::sort(m_children.begin() + node.firstChild, m_children.begin() + node.firstChild + node.childCount,
                  [this](qint32 a, qint32 b) { return m_names.at(m_nodes[size_t(a)].name) < m_names.at(m_nodes[size_t(b)].name); });
    }
    m_lastFolder.clear();
    m_lastFolderLayer = -1;
    computeSpace();
}

LayerTree::Entry LayerTree::root(int layer, Scope scope) const
{
    Entry entry;
    entry.layer = qint16(layer);
    entry.childFloor = scope == Scope::UpToLayer ? floorAt(Root, layer) : 0;
    entry.hasChildren = m_nodes[Root].childCount > 0;
    return entry;
}

std::optional<LayerTree::Entry> LayerTree::entryFor(qint32 node, qint16 floor, int layer, Scope scope) const
{
    Entry entry;
    entry.node = node;
    entry.hasChildren = m_nodes[size_t(node)].childCount > 0;
    if (scope == Scope::ThisLayer) {
        if (!touched(node, layer))
            return std::nullopt;
        const StoredVersion *version = versionAt(node, layer, false);
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
    const StoredVersion *version = versionAt(node, layer, false);
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
    const Node &data = m_nodes[size_t(parent.node)];
    result.reserve(data.childCount);
    for (qint32 i = data.firstChild; i < data.firstChild + data.childCount; ++i) {
        if (auto entry = entryFor(m_children[size_t(i)], parent.childFloor, layer, scope))
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
    // Each interned name is matched once.
    std::vector<bool> matches(size_t(m_names.size()), false);
    for (qsizetype id = 1; id < m_names.size(); ++id)
        matches[size_t(id)] = m_names.at(id).contains(text, Qt::CaseInsensitive);
    for (qint32 node = Root + 1; node < nodeCount() && result.size() < limit; ++node) {
        if (!matches[size_t(m_nodes[size_t(node)].name)])
            continue;
        // Visible only when every folder on the way is visible in the same view.
        QList<qint32> chain;
        for (qint32 at = node; at > Root; at = m_nodes[size_t(at)].parent)
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
            const QString childPath = prefix + name(child.node);
            files.insert(childPath, published(*versionAt(child.node, last, false)));
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
    std::vector<qint16> finalLayer(m_nodes.size(), qint16(-1));
    QList<Entry> pending{root(last, Scope::UpToLayer)};
    while (!pending.isEmpty()) {
        const Entry at = pending.takeLast();
        for (const Entry &child : children(at, last, Scope::UpToLayer)) {
            if (child.change == FileChange::Removed)
                continue;
            finalLayer[size_t(child.node)] = child.layer;
            if (child.kind == Kind::Directory)
                pending.append(child);
        }
    }
    for (qint32 node = Root + 1; node < nodeCount(); ++node) {
        WastedPath wasted{node, 0, 0};
        for (qint32 at = m_nodes[size_t(node)].lastVersion; at >= 0; at = m_versions[size_t(at)].older) {
            const StoredVersion &version = m_versions[size_t(at)];
            ++wasted.versions;
            if (version.kind != Kind::File || version.change == FileChange::Removed)
                continue;
            m_totalBytes += version.size;
            if (version.layer == finalLayer[size_t(node)])
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
