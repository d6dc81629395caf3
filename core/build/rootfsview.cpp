#include "build/rootfsview.h"

#include "build/dockerignore.h"
#include "common/tr.h"
#include "runtime/helperpayload.h"
#include "runtime/runtimeclient.h"

#include <QJsonArray>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <map>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

PathInfo PathInfo::fromStat(const struct stat &st)
{
    PathInfo info;
    info.type = S_ISREG(st.st_mode) ? Type::File : S_ISDIR(st.st_mode) ? Type::Directory : S_ISLNK(st.st_mode) ? Type::Symlink : Type::Other;
    info.mode = st.st_mode & 07777;
    info.uid = st.st_uid;
    info.gid = st.st_gid;
    info.size = st.st_size;
    info.mtime = st.st_mtime;
    return info;
}

namespace {

PathInfo fromJson(const QJsonObject &entry)
{
    PathInfo info;
    const QString type = entry.value(u"type"_s).toString();
    info.type = type == u"file" ? PathInfo::Type::File
                : type == u"dir" ? PathInfo::Type::Directory
                : type == u"symlink" ? PathInfo::Type::Symlink
                                     : PathInfo::Type::Other;
    info.mode = uint(entry.value(u"mode"_s).toInteger());
    info.uid = uint(entry.value(u"uid"_s).toInteger());
    info.gid = uint(entry.value(u"gid"_s).toInteger());
    info.size = entry.value(u"size"_s).toInteger();
    info.mtime = entry.value(u"mtime"_s).toInteger();
    info.linkTarget = entry.value(u"target"_s).toString();
    return info;
}

} // namespace

struct RootfsView::Shared {
    RuntimeAccess runtime;
    QJsonArray snapshots;
    QHash<QString, Folder> folders;
    std::map<QString, Runtime::FileDescriptor> opened;  // opened ahead, not asked for yet
};

namespace {

constexpr qsizetype kOpenedAhead = 15;  // with the file asked for: the 16 descriptors of one record

} // namespace

RootfsView::RootfsView(RuntimeAccess runtime, const QList<Digest> &snapshots) : m_shared(std::make_shared<Shared>())
{
    m_shared->runtime = std::move(runtime);
    for (const Digest &snapshot : snapshots)
        m_shared->snapshots.append(snapshot.toString());
}

QString RootfsView::clean(const QString &path)
{
    return u'/' + DockerIgnore::cleanPath(path);
}

const RootfsView::Folder &RootfsView::folder(const QString &cleanPath) const
{
    if (auto it = m_shared->folders.constFind(cleanPath); it != m_shared->folders.constEnd())
        return *it;
    Folder &listed = m_shared->folders[cleanPath];
    if (m_shared->snapshots.isEmpty() || !m_shared->runtime)
        return listed;
    Result<Runtime::RuntimeClient *> client = m_shared->runtime();
    if (!client)
        return listed;
    Result<Runtime::HelperConnection::Reply> reply =
        (*client)->call(u"rootfs.list"_s, {{u"snapshots"_s, m_shared->snapshots}, {u"path"_s, cleanPath}});
    if (!reply)
        return listed;
    Result<QJsonObject> payload = Runtime::readPayload(*reply);
    if (!payload || !payload->value(u"exists"_s).toBool())
        return listed;
    listed.exists = true;
    if (payload->contains(u"self"_s))
        listed.self = fromJson(payload->value(u"self"_s).toObject());
    for (const QJsonValue &value : payload->value(u"entries"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(u"name"_s).toString();
        listed.entries.insert(name, fromJson(entry));
        listed.names.append(name);
    }
    return listed;
}

std::optional<PathInfo> RootfsView::locate(const QString &path) const
{
    const QString cleaned = clean(path);
    if (cleaned == u"/") {
        const Folder &root = folder(cleaned);
        if (root.self)
            return root.self;
        PathInfo empty;
        empty.type = PathInfo::Type::Directory;
        empty.mode = 0755;
        return empty;
    }
    const qsizetype slash = cleaned.lastIndexOf(u'/');
    const Folder &parent = folder(slash == 0 ? u"/"_s : cleaned.left(slash));
    if (auto it = parent.entries.constFind(cleaned.mid(slash + 1)); it != parent.entries.constEnd())
        return *it;
    return std::nullopt;
}

QStringList RootfsView::list(const QString &path) const
{
    return folder(clean(path)).names;
}

QStringList RootfsView::nextFiles(const QString &cleanPath) const
{
    const qsizetype slash = cleanPath.lastIndexOf(u'/');
    const auto parent = m_shared->folders.constFind(slash == 0 ? u"/"_s : cleanPath.left(slash));
    if (parent == m_shared->folders.constEnd())
        return {};
    const QString prefix = slash == 0 ? u"/"_s : cleanPath.left(slash + 1);
    QStringList next;
    for (qsizetype i = parent->names.indexOf(cleanPath.mid(slash + 1)) + 1; i > 0 && i < parent->names.size() && next.size() < kOpenedAhead; ++i) {
        const QString &name = parent->names.at(i);
        if (parent->entries.value(name).type == PathInfo::Type::File && !m_shared->opened.contains(prefix + name))
            next.append(prefix + name);
    }
    return next;
}

Result<Runtime::FileDescriptor> RootfsView::open(const QString &path) const
{
    const QString cleaned = clean(path);
    if (auto ahead = m_shared->opened.find(cleaned); ahead != m_shared->opened.end()) {
        Runtime::FileDescriptor file = std::move(ahead->second);
        m_shared->opened.erase(ahead);
        return file;
    }
    if (m_shared->snapshots.isEmpty() || !m_shared->runtime)
        return fail(ErrorCode::NotFound, Tr::tr("%1: no such file in the image").arg(cleaned));
    Result<Runtime::RuntimeClient *> client = m_shared->runtime();
    if (!client)
        return std::unexpected(client.error());
    const QStringList also = nextFiles(cleaned);
    Result<Runtime::HelperConnection::Reply> reply = (*client)->call(
        u"rootfs.open"_s, {{u"snapshots"_s, m_shared->snapshots}, {u"path"_s, cleaned}, {u"also"_s, QJsonArray::fromStringList(also)}});
    if (!reply)
        return std::unexpected(reply.error());
    const int index = reply->result.value(u"file"_s).toInt(-1);
    if (index < 0 || std::size_t(index) >= reply->fds.size())
        return fail(ErrorCode::Internal, Tr::tr("The runtime helper sent no file for %1.").arg(cleaned));
    if (m_shared->opened.size() > std::size_t(4 * kOpenedAhead))
        m_shared->opened.clear();  // opened ahead for files nobody asked for
    const QJsonArray alsoOpened = reply->result.value(u"also"_s).toArray();
    for (qsizetype i = 0; i < also.size() && i < alsoOpened.size(); ++i) {
        const int more = alsoOpened.at(i).toInt(-1);
        if (more >= 0 && std::size_t(more) < reply->fds.size() && more != index)
            m_shared->opened.emplace(also.at(i), std::move(reply->fds[std::size_t(more)]));
    }
    return std::move(reply->fds[std::size_t(index)]);
}

std::optional<QByteArray> RootfsView::read(const QString &path, qint64 maxBytes) const
{
    Result<Runtime::FileDescriptor> file = open(path);
    if (!file)
        return std::nullopt;
    QByteArray content;
    char buffer[65536];
    while (content.size() < maxBytes) {
        const ssize_t n = ::read(file->get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        content.append(buffer, n);
    }
    return content;
}

} // namespace Ponton::Build
