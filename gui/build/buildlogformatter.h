#pragma once

#include "build/buildevent.h"

#include <QStringList>

namespace Ponton::Gui {

// The classic builder's lines (`Step 2/3 : RUN apk update`, ` ---> Using cache`, ` ---> 8054303790e2`...)
// for a build event, as `ponton build` prints them. Logs stay English, like the CLI's.
class BuildLogFormatter
{
public:
    static QStringList lines(const Build::BuildEvent &event);
    static QString humanSize(qint64 bytes);   // Docker's "2.048kB"
    static QString shortId(const QString &id); // 12 hex digits, without "sha256:"
};

} // namespace Ponton::Gui
