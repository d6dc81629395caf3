#include "archive/archivepath.h"

#include "common/tr.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Ponton::Archive {

namespace {

// Joins the components, resolving "." and ".."; false when ".." climbs above the top.
bool collapse(const QStringList &parts, QStringList *out, bool allowParent)
{
    for (const QString &part : parts) {
        if (part.isEmpty() || part == u".")
            continue;
        if (part == u"..") {
            if (!allowParent || out->isEmpty())
                return false;
            out->removeLast();
            continue;
        }
        out->append(part);
    }
    return true;
}

} // namespace

Result<QString> ArchivePath::normalize(const QString &name)
{
    const auto unsafe = [&name](const QString &why) {
        return fail(ErrorCode::InvalidArgument, Tr::tr("unsafe entry name \"%1\" in the archive: %2").arg(name, why));
    };
    if (name.isEmpty())
        return unsafe(Tr::tr("empty name"));
    if (name.startsWith(u'/'))
        return unsafe(Tr::tr("absolute path"));
    if (name.contains(QChar(0)) || name.contains(u'\\'))
        return unsafe(Tr::tr("invalid character"));
    QStringList parts;
    if (!collapse(name.split(u'/'), &parts, false))
        return unsafe(Tr::tr("\"..\" component"));
    if (parts.isEmpty())
        return QString(); // "." or "./": the archive's top folder
    return parts.join(u'/');
}

Result<QString> ArchivePath::resolveSymlink(const QString &linkName, const QString &target)
{
    const auto escaping = [&]() {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("entry \"%1\" of the archive is a link to \"%2\", outside the archive").arg(linkName, target));
    };
    if (target.isEmpty() || target.startsWith(u'/') || target.contains(QChar(0)))
        return escaping();
    QStringList parts = linkName.split(u'/');
    parts.removeLast();
    QStringList resolved;
    if (!collapse(parts + target.split(u'/'), &resolved, true) || resolved.isEmpty())
        return escaping();
    return resolved.join(u'/');
}

} // namespace Ponton::Archive
