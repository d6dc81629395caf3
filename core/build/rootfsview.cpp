#include "build/rootfsview.h"

#include "build/dockerignore.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

enum class Presence { Absent, Present, WhitedOut };

Presence presence(const QString &hostPath)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(hostPath).constData(), &st) != 0)
        return Presence::Absent;
    if (S_ISCHR(st.st_mode) && major(st.st_rdev) == 0 && minor(st.st_rdev) == 0)
        return Presence::WhitedOut;
    return Presence::Present;
}

} // namespace

RootfsView::RootfsView(const QString &stateDir, const QList<Digest> &snapshots)
{
    for (auto it = snapshots.rbegin(); it != snapshots.rend(); ++it)
        m_layers.append(stateDir + u"/snapshots/"_s + it->hex());
}

QString RootfsView::clean(const QString &path)
{
    return u'/' + DockerIgnore::cleanPath(path);
}

std::optional<QString> RootfsView::locate(const QString &path) const
{
    const QString cleaned = clean(path);
    for (const QString &layer : m_layers) {
        const QString host = cleaned == u"/" ? layer : layer + cleaned;
        switch (presence(host)) {
        case Presence::Present: return host;
        case Presence::WhitedOut: return std::nullopt;
        case Presence::Absent: break;
        }
    }
    return std::nullopt;
}

QStringList RootfsView::list(const QString &path) const
{
    const QString cleaned = clean(path);
    QSet<QString> seen;
    QStringList names;
    for (const QString &layer : m_layers) {
        const QString host = cleaned == u"/" ? layer : layer + cleaned;
        const QStringList entries = QDir(host).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &name : entries) {
            if (seen.contains(name))
                continue;
            seen.insert(name);
            if (presence(host + u'/' + name) == Presence::Present)
                names.append(name);
        }
    }
    names.sort();
    return names;
}

} // namespace Ponton::Build
