// Engine operations of the builder.
#include "engine/engine.h"

#include "build/buildevent.h"
#include "build/dockerfilelinter.h"
#include "common/tr.h"

using namespace Qt::StringLiterals;

namespace Ponton {

Job *Engine::lintDockerfile(const QByteArray &dockerfile)
{
    return startJob(u"lint"_s, [dockerfile](Job &) -> Result<QVariant> {
        return QVariant::fromValue(Build::DockerfileLinter::lint(dockerfile));
    });
}

Job *Engine::build(const BuildRequest &request)
{
    return startJob(u"build"_s, [request](Job &) -> Result<QVariant> {
        return fail(ErrorCode::Unavailable, Tr::tr("building images is not available yet"), request.context);
    });
}

} // namespace Ponton
