#pragma once

#include "common/error.h"
#include "image/containerconfig.h"

#include <QString>

namespace Ponton {

// `commit -c CHANGE`: one Dockerfile instruction applied to the new image's config. Accepted, as Docker:
// CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, USER, VOLUME, WORKDIR (exec form as a JSON array, or the
// shell form). Anything else is InvalidArgument naming the instruction.
class CommitChanges
{
public:
    static Status apply(Image::ContainerConfig &config, const QString &change);
};

} // namespace Ponton
