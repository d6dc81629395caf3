// Engine operations of the builder.
#include "engine/engine.h"

#include "build/dockerfilelinter.h"

using namespace Qt::StringLiterals;

namespace Ponton {

Job *Engine::lintDockerfile(const QByteArray &dockerfile)
{
    return startJob(u"lint"_s, [dockerfile](Job &) -> Result<QVariant> {
        return QVariant::fromValue(Build::DockerfileLinter::lint(dockerfile));
    });
}

} // namespace Ponton
