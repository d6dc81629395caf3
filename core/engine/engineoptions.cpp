#include "engine/engineoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton {

QString EngineOptions::defaultRoot()
{
    const QString fromEnv = qEnvironmentVariable("PONTON_ROOT");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    if (geteuid() == 0)
        return u"/var/lib/ponton"_s;
    const QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    const QString base = xdg.isEmpty() ? QDir::homePath() + u"/.local/share"_s : xdg;
    return base + u"/ponton"_s;
}

QString EngineOptions::defaultHelperPath()
{
    const QString fromEnv = qEnvironmentVariable("PONTON_HELPER");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    const QString dir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (dir.isEmpty())
        return u"ponton-helper"_s;
    // Installed beside `ponton`; in a build tree the helper is in runtime/ beside cli/ and gui/.
    const QString beside = dir + u"/ponton-helper"_s;
    const QString buildTree = dir + u"/../runtime/ponton-helper"_s;
    return QFileInfo::exists(beside) || !QFileInfo::exists(buildTree) ? beside : QDir::cleanPath(buildTree);
}

} // namespace Ponton
