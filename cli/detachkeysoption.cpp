#include "detachkeysoption.h"

#include "argumentparser.h"
#include "command.h"

#include "common/detachkeys.h"
#include "registry/dockerconfig.h"

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

void addDetachKeysOption(ArgumentParser &parser)
{
    parser.addOption(QChar(), u"detach-keys"_s, Tr::tr("string"), Tr::tr("Override the key sequence for detaching a container"));
}

Result<std::string> detachKeysOf(const ArgumentParser &parser)
{
    QString specification = parser.value(u"detach-keys"_s);
    QString origin;
    if (!parser.isSet(u"detach-keys"_s)) {
        const Result<Registry::DockerConfig> config = Registry::DockerConfig::load();
        if (config) {
            specification = config->detachKeys();
            origin = config->path();
        }
    }
    const Result<QByteArray> keys = DetachKeys::parse(specification);
    if (!keys && !origin.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1 (\"detachKeys\" in %2)").arg(keys.error().message, origin));
    if (!keys)
        return std::unexpected(keys.error());
    return keys->toStdString();
}

} // namespace Ponton::Cli
