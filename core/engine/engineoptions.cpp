#include "engine/engineoptions.h"

#include <QDir>
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

} // namespace Ponton
