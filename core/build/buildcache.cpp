#include "build/buildcache.h"

#include "common/atomicfile.h"
#include "common/tr.h"
#include "image/manifestwriter.h"
#include "store/filelock.h"
#include "store/imagestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> mapFromJson(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

// The first key whose value differs between a and b (present in one only included).
QString firstDifference(const QMap<QString, QString> &a, const QMap<QString, QString> &b)
{
    QStringList keys = a.keys() + b.keys();
    keys.sort();
    for (const QString &key : keys) {
        if (a.value(key, u"\x01"_s) != b.value(key, u"\x01"_s))
            return key;
    }
    return {};
}

constexpr int MaxEntries = 20000;

} // namespace

QString CacheProbe::key() const
{
    QJsonObject object{{u"parent"_s, parent.toString()},
                       {u"instruction"_s, instruction},
                       {u"args"_s, mapToJson(args)},
                       {u"sources"_s, mapToJson(sources)}};
    return Digest::ofData(Image::ManifestWriter::canonicalJson(object)).toString();
}

BuildCache::BuildCache(const Store::ImageStore &store)
    : m_store(store), m_path(store.root() + u"/build-cache.json"_s), m_lockPath(store.root() + u"/build-cache.lock"_s)
{
}

Result<QList<BuildCache::Entry>> BuildCache::read() const
{
    QList<Entry> entries;
    QFile file(m_path);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, Tr::tr("cannot read the build cache %1").arg(m_path), file.errorString());
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    // A damaged index only loses the cache: the builder starts afresh.
    for (const QJsonValue &value : document.object().value(u"entries"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Entry entry;
        Result<Digest> parent = Digest::parse(object.value(u"parent"_s).toString());
        Result<Digest> image = Digest::parse(object.value(u"image"_s).toString());
        if (!image)
            continue;
        entry.probe.parent = parent.value_or(Digest());
        entry.probe.instruction = object.value(u"instruction"_s).toString();
        entry.probe.args = mapFromJson(object.value(u"args"_s).toObject());
        entry.probe.sources = mapFromJson(object.value(u"sources"_s).toObject());
        entry.image = *image;
        entries.append(entry);
    }
    return entries;
}

CacheLookup BuildCache::whyMissed(const CacheProbe &probe, const QList<Entry> &sameParent, const QList<Entry> &all)
{
    for (const Entry &entry : sameParent) {
        if (entry.probe.instruction != probe.instruction)
            continue;
        if (entry.probe.args != probe.args)
            return {{}, CacheMissReason::ChangedBuildArg, firstDifference(entry.probe.args, probe.args)};
        if (entry.probe.sources != probe.sources)
            return {{}, CacheMissReason::ChangedFile, firstDifference(entry.probe.sources, probe.sources)};
    }
    if (!sameParent.isEmpty())
        return {{}, CacheMissReason::ChangedInstruction, sameParent.last().probe.instruction};
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (it->probe.instruction == probe.instruction)
            return {{}, CacheMissReason::DifferentParent, it->probe.parent.toString()};
    }
    return {{}, CacheMissReason::NotBuiltBefore, {}};
}

Result<CacheLookup> BuildCache::lookup(const CacheProbe &probe) const
{
    Result<QList<Entry>> entries = read();
    if (!entries)
        return std::unexpected(entries.error());
    const QString key = probe.key();
    QList<Entry> sameParent;
    // The newest entry wins, as the classic builder takes the newest child.
    for (auto it = entries->rbegin(); it != entries->rend(); ++it) {
        if (it->probe.parent != probe.parent)
            continue;
        if (it->probe.key() == key && m_store.findById(it->image))
            return CacheLookup{it->image, CacheMissReason::None, {}};
        sameParent.prepend(*it);
    }
    return whyMissed(probe, sameParent, *entries);
}

Status BuildCache::record(const CacheProbe &probe, const Digest &image) const
{
    Result<Store::FileLock> lock = Store::FileLock::acquire(m_lockPath, Store::FileLock::Mode::Exclusive);
    if (!lock)
        return std::unexpected(lock.error());
    Result<QList<Entry>> entries = read();
    if (!entries)
        return std::unexpected(entries.error());
    const QString key = probe.key();
    entries->removeIf([&](const Entry &entry) { return entry.probe.key() == key; });
    entries->append({probe, image});
    while (entries->size() > MaxEntries)
        entries->removeFirst();
    QJsonArray array;
    for (const Entry &entry : *entries) {
        array.append(QJsonObject{{u"parent"_s, entry.probe.parent.toString()},
                                 {u"instruction"_s, entry.probe.instruction},
                                 {u"args"_s, mapToJson(entry.probe.args)},
                                 {u"sources"_s, mapToJson(entry.probe.sources)},
                                 {u"image"_s, entry.image.toString()}});
    }
    return AtomicFile::write(m_path, QJsonDocument(QJsonObject{{u"entries"_s, array}}).toJson(QJsonDocument::Compact));
}

} // namespace Ponton::Build
