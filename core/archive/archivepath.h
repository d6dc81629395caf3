#pragma once

#include "common/error.h"

#include <QString>

namespace Ponton::Archive {

// Names of entries inside an image archive, made safe: relative, normalised, never outside the archive.
class ArchivePath
{
public:
    // "./a//b/" → "a/b". Refuses (InvalidArgument, naming the entry) empty names, absolute names, NUL
    // bytes, backslashes and ".." components: an archive whose names climb out is refused as a whole.
    static Result<QString> normalize(const QString &name);
    // The archive path a symbolic link at `linkName` designates: `target` relative to the link's folder
    // ("a/layer.tar" → "../b.tar" gives "b.tar"). Absolute targets and targets that climb out of the
    // archive are refused.
    static Result<QString> resolveSymlink(const QString &linkName, const QString &target);
};

} // namespace Ponton::Archive
