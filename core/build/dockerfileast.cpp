#include "build/dockerfileast.h"

using namespace Qt::StringLiterals;

namespace Ponton::Build {

QString DockerfileAst::dump() const
{
    QString out;
    for (const Node &node : instructions)
        out += u'(' + node.dump() + u")\n"_s;
    return out.trimmed();
}

} // namespace Ponton::Build
