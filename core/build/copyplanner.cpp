#include "build/copyplanner.h"

#include "build/buildcontext.h"
#include "build/rootfsview.h"
#include "common/tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

QString relativeClean(const QString &path)
{
    return RootfsView::clean(path).mid(1);
}

bool hasWildcard(const QString &path)
{
    return path.contains(u'*') || path.contains(u'?') || path.contains(u'[');
}

struct Owner {
    std::optional<uint> uid;
    std::optional<uint> gid;
};

// name:x:uid:gid:… lines of /etc/passwd or /etc/group in the target file system.
std::optional<QStringList> lookupEntry(const RootfsView &target, const QString &file, const QString &name)
{
    const std::optional<QByteArray> content = target.read(file);
    if (!content)
        return std::nullopt;
    for (const QByteArray &line : content->split('\n')) {
        const QStringList fields = QString::fromUtf8(line).split(u':');
        if (fields.size() >= 3 && fields.at(0) == name)
            return fields;
    }
    return std::nullopt;
}

Result<Owner> parseChown(const QString &chown, const RootfsView &target)
{
    Owner owner;
    if (chown.isEmpty())
        return owner;
    const QString user = chown.section(u':', 0, 0);
    const QString group = chown.contains(u':') ? chown.section(u':', 1) : QString();
    bool numeric = false;
    const uint uid = user.toUInt(&numeric);
    if (numeric) {
        owner.uid = uid;
        owner.gid = uid;
    } else {
        const std::optional<QStringList> entry = lookupEntry(target, u"/etc/passwd"_s, user);
        if (!entry || entry->size() < 4)
            return fail(ErrorCode::InvalidArgument, Tr::tr("unable to convert uid/gid chown string to host mapping: no such user: %1").arg(user));
        owner.uid = entry->at(2).toUInt();
        owner.gid = entry->at(3).toUInt();
        if (group.isEmpty()) {
            if (const std::optional<QStringList> sameName = lookupEntry(target, u"/etc/group"_s, user))
                owner.gid = sameName->at(2).toUInt();
        }
    }
    if (!group.isEmpty()) {
        const uint gid = group.toUInt(&numeric);
        if (numeric) {
            owner.gid = gid;
        } else {
            const std::optional<QStringList> entry = lookupEntry(target, u"/etc/group"_s, group);
            if (!entry)
                return fail(ErrorCode::InvalidArgument, Tr::tr("unable to convert uid/gid chown string to host mapping: no such group: %1").arg(group));
            owner.gid = entry->at(2).toUInt();
        }
    }
    return owner;
}

// Collects entries by image path; a later entry for the same path replaces an earlier one.
class EntrySet
{
public:
    EntrySet(const RootfsView &target, qint64 clamp) : m_target(target), m_clamp(clamp) {}

    void add(LayerEntry entry)
    {
        if (m_clamp >= 0 && entry.mtime > m_clamp)
            entry.mtime = m_clamp;
        addParents(entry.path);
        m_entries.insert(entry.path, entry);
    }
    QList<LayerEntry> entries() const { return m_entries.values(); }

private:
    // Parent folders: an existing folder keeps its metadata, a missing one is made 0755 root:root.
    void addParents(const QString &path)
    {
        const QStringList parts = path.split(u'/');
        for (qsizetype n = 1; n < parts.size(); ++n) {
            const QString parent = QStringList(parts.mid(0, n)).join(u'/');
            if (m_entries.contains(parent))
                continue;
            LayerEntry dir;
            dir.type = LayerEntry::Type::Directory;
            dir.path = parent;
            dir.mode = 0755;
            dir.mtime = m_clamp >= 0 ? m_clamp : 0;
            if (const std::optional<PathInfo> existing = m_target.locate(u'/' + parent); existing && existing->isDirectory()) {
                dir.mode = existing->mode;
                dir.uid = existing->uid;
                dir.gid = existing->gid;
                dir.mtime = m_clamp >= 0 ? qMin<qint64>(existing->mtime, m_clamp) : existing->mtime;
            }
            m_entries.insert(parent, dir);
        }
    }

    const RootfsView &m_target;
    qint64 m_clamp;
    QMap<QString, LayerEntry> m_entries;
};

// sha256 of what the cache must notice: type, mode, owner, size, link target and content (no mtime).
Result<QString> digestOf(const LayerEntry &entry, qint64 size)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(u"%1 %2 %3:%4 %5 "_s.arg(int(entry.type)).arg(entry.mode, 0, 8).arg(entry.uid).arg(entry.gid)
                     .arg(size).toUtf8());
    hash.addData(entry.linkTarget.toUtf8());
    if (entry.type == LayerEntry::Type::File || entry.type == LayerEntry::Type::Archive) {
        if (!entry.source.isEmpty()) {
            QFile file(entry.source);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(&file);
        } else if (entry.open) {
            Result<Runtime::FileDescriptor> opened = entry.open();
            if (!opened)
                return std::unexpected(opened.error());
            QFile file;
            if (file.open(opened->release(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
                hash.addData(&file);
        } else {
            hash.addData(entry.data);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

struct Walk {
    const CopySourceTree &tree;
    const Owner &owner;
    std::optional<uint> chmod;
    EntrySet &set;
    QMap<QString, QString> &digests;
    bool add;
    bool destIsDir;
};

Status addPath(Walk &walk, const QString &source, const PathInfo &info, const QString &target, bool top)
{
    LayerEntry entry;
    entry.path = target;
    entry.source = info.hostPath;
    entry.mode = info.mode;
    entry.uid = walk.tree.keepOwner ? info.uid : 0;
    entry.gid = walk.tree.keepOwner ? info.gid : 0;
    if (walk.owner.uid)
        entry.uid = *walk.owner.uid;
    if (walk.owner.gid)
        entry.gid = *walk.owner.gid;
    if (walk.chmod)
        entry.mode = *walk.chmod;
    entry.mtime = info.mtime;
    if (info.isDirectory()) {
        entry.type = LayerEntry::Type::Directory;
        entry.source.clear();
        if (!target.isEmpty())
            walk.set.add(entry);
        for (const QString &name : walk.tree.list(source)) {
            const QString childSource = source.isEmpty() ? name : source + u'/' + name;
            const std::optional<PathInfo> child = walk.tree.locate(childSource);
            if (!child)
                continue;
            const QString childTarget = target.isEmpty() ? name : target + u'/' + name;
            if (Status added = addPath(walk, childSource, *child, childTarget, false); !added)
                return added;
        }
        return {};
    }
    if (info.type == PathInfo::Type::Symlink) {
        entry.type = LayerEntry::Type::Symlink;
        entry.linkTarget = info.linkTarget;
        entry.source.clear();
    } else if (info.type == PathInfo::Type::File) {
        const bool archive = top && walk.add && !info.hostPath.isEmpty() && LayerBuilder::isArchive(info.hostPath);
        entry.type = archive ? LayerEntry::Type::Archive : LayerEntry::Type::File;
        if (info.hostPath.isEmpty() && walk.tree.open)
            entry.open = [open = walk.tree.open, source] { return open(source); };
        if (entry.type == LayerEntry::Type::Archive) {
            entry.path = walk.destIsDir ? target.section(u'/', 0, -2) : target;
            if (!entry.path.isEmpty()) {
                LayerEntry dir = entry;
                dir.type = LayerEntry::Type::Directory;
                dir.source.clear();
                dir.mode = 0755;
                walk.set.add(dir);
            }
        }
    } else {
        return {};
    }
    Result<QString> digest = digestOf(entry, info.size);
    if (!digest)
        return std::unexpected(digest.error());
    walk.digests.insert(walk.tree.label + source, *digest);
    walk.set.add(entry);
    return {};
}

} // namespace

CopySourceTree CopySourceTree::fromContext(const BuildContext &context)
{
    CopySourceTree tree;
    const QString root = context.root();
    tree.locate = [root, &context](const QString &path) -> std::optional<PathInfo> {
        const QString host = path.isEmpty() ? root : root + u'/' + path;
        struct stat st {};
        if (::lstat(QFile::encodeName(host).constData(), &st) != 0)
            return std::nullopt;
        // An excluded folder is still walked when an exception may re-include something below it.
        if (!path.isEmpty() && !context.isIncluded(path) && !(S_ISDIR(st.st_mode) && context.ignore().mayIncludeBelow(path)))
            return std::nullopt;
        PathInfo info = PathInfo::fromStat(st);
        info.hostPath = host;
        if (info.type == PathInfo::Type::Symlink) {
            QByteArray link(4096, '\0');
            const ssize_t length = ::readlink(QFile::encodeName(host).constData(), link.data(), 4095);
            if (length >= 0)
                info.linkTarget = QString::fromUtf8(link.left(length));
        }
        return info;
    };
    tree.list = [root, &context](const QString &path) {
        QStringList names = QDir(path.isEmpty() ? root : root + u'/' + path)
                                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        names.removeIf([&](const QString &name) {
            const QString child = path.isEmpty() ? name : path + u'/' + name;
            return !context.isIncluded(child) && !context.ignore().mayIncludeBelow(child);
        });
        return names;
    };
    return tree;
}

CopySourceTree CopySourceTree::fromRootfs(const RootfsView &view, const QString &label)
{
    CopySourceTree tree;
    tree.keepOwner = true;
    tree.label = label + u':';
    tree.locate = [view](const QString &path) { return view.locate(u'/' + path); };
    tree.list = [view](const QString &path) { return view.list(u'/' + path); };
    tree.open = [view](const QString &path) { return view.open(u'/' + path); };
    return tree;
}

Result<QStringList> CopyPlanner::expandSource(const CopySourceTree &tree, const QString &source)
{
    const QString cleaned = relativeClean(source);
    if (!hasWildcard(cleaned))
        return QStringList{cleaned};
    QStringList matches{QString()};
    for (const QString &segment : cleaned.split(u'/')) {
        QStringList next;
        const QRegularExpression regex(QRegularExpression::wildcardToRegularExpression(segment));
        for (const QString &base : std::as_const(matches)) {
            if (!hasWildcard(segment)) {
                next.append(base.isEmpty() ? segment : base + u'/' + segment);
                continue;
            }
            for (const QString &name : tree.list(base)) {
                if (regex.match(name).hasMatch())
                    next.append(base.isEmpty() ? name : base + u'/' + name);
            }
        }
        matches = next;
    }
    matches.removeIf([&](const QString &path) { return !tree.locate(path); });
    return matches;
}

Result<CopyPlan> CopyPlanner::plan(const CopyRequest &request, const CopySourceTree &tree, const RootfsView &target)
{
    Result<Owner> owner = parseChown(request.chown, target);
    if (!owner)
        return std::unexpected(owner.error());
    std::optional<uint> chmod;
    if (!request.chmod.isEmpty()) {
        bool ok = false;
        const uint mode = request.chmod.toUInt(&ok, 8);
        if (!ok || mode > 07777)
            return fail(ErrorCode::InvalidArgument, Tr::tr("invalid chmod parameter: %1").arg(request.chmod));
        chmod = mode;
    }
    QStringList resolved;
    for (const QString &source : request.sources) {
        if (source.startsWith(u"http://") || source.startsWith(u"https://"))
            return fail(ErrorCode::InvalidArgument, Tr::tr("source can't be a URL for COPY"));
        Result<QStringList> matches = expandSource(tree, source);
        if (!matches)
            return std::unexpected(matches.error());
        if (matches->isEmpty() || !tree.locate(matches->first()))
            return fail(ErrorCode::NotFound, Tr::tr("COPY failed: file not found in build context or excluded by .dockerignore: stat %1: file does not exist").arg(source));
        resolved += *matches;
    }
    const bool destSlash = request.destination.endsWith(u'/');
    const QString dest = relativeClean(request.destination);
    const qsizetype count = resolved.size() + request.heredocFiles.size();
    if (count > 1 && !destSlash)
        return fail(ErrorCode::InvalidArgument, Tr::tr("When using COPY with more than one source file, the destination must be a directory and end with a /"));
    const std::optional<PathInfo> existing = target.locate(request.destination);
    const bool destIsDir = destSlash || (existing && existing->isDirectory());

    CopyPlan plan;
    EntrySet set(target, request.mtimeClamp);
    Walk walk{tree, *owner, chmod, set, plan.sourceDigests, request.add, destIsDir};
    for (const QString &source : std::as_const(resolved)) {
        const std::optional<PathInfo> info = tree.locate(source);
        if (!info)
            return fail(ErrorCode::NotFound, Tr::tr("COPY failed: file not found in build context or excluded by .dockerignore: stat %1: file does not exist").arg(source));
        const QString name = source.section(u'/', -1);
        const QString into = info->isDirectory() || !destIsDir ? dest : (dest.isEmpty() ? name : dest + u'/' + name);
        if (Status added = addPath(walk, source, *info, into, true); !added)
            return std::unexpected(added.error());
    }
    for (const InlineFile &file : request.heredocFiles) {
        LayerEntry entry;
        entry.path = destIsDir ? (dest.isEmpty() ? file.name : dest + u'/' + file.name) : dest;
        entry.data = file.data;
        entry.source = file.sourcePath;
        entry.mode = chmod.value_or(file.mode);
        entry.uid = owner->uid.value_or(0);
        entry.gid = owner->gid.value_or(0);
        entry.mtime = file.mtime.value_or(request.mtimeClamp >= 0 ? request.mtimeClamp : 0);
        if (request.mtimeClamp >= 0 && entry.mtime > request.mtimeClamp)
            entry.mtime = request.mtimeClamp;
        if (file.keepAlive)
            plan.keepAlive.append(file.keepAlive);
        Result<QString> digest = digestOf(entry, file.sourcePath.isEmpty() ? file.data.size() : QFileInfo(file.sourcePath).size());
        if (!digest)
            return std::unexpected(digest.error());
        plan.sourceDigests.insert(file.key.isEmpty() ? u"<<"_s + file.name : file.key, *digest);
        set.add(entry);
    }
    plan.entries = set.entries();
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (auto it = plan.sourceDigests.begin(); it != plan.sourceDigests.end(); ++it)
        all.addData(QString(it.key() + u' ' + it.value() + u'\n').toUtf8());
    const QString hex = QString::fromLatin1(all.result().toHex());
    const bool single = resolved.size() + request.heredocFiles.size() == 1;
    const bool singleDir = single && !resolved.isEmpty() && tree.locate(resolved.first()).value_or(PathInfo()).isDirectory();
    plan.summary = (single ? (singleDir ? u"dir:"_s : u"file:"_s) : u"multi:"_s)
                   + (single && !singleDir && plan.sourceDigests.size() == 1 ? plan.sourceDigests.first() : hex);
    return plan;
}

} // namespace Ponton::Build
