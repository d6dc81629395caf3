#pragma once

#include "build/buildevent.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ponton::Gui {

// The classic builder's lines (`Step 2/3 : RUN apk update`, ` ---> Using cache`, ` ---> 8054303790e2`...)
// for a build event, as `ponton build` prints them, in the application's language (the CLI keeps
// Docker's English). The output of RUN steps is shown as it came.
class BuildLogFormatter
{
    Q_DECLARE_TR_FUNCTIONS(BuildLogFormatter)
public:
    static QStringList lines(const Build::BuildEvent &event);
    static QString builtLine(const QString &shortId); // "Successfully built 8054303790e2"
    static QString humanSize(qint64 bytes);   // Docker's "2.048kB"
    static QString shortId(const QString &id); // 12 hex digits, without "sha256:"
};

} // namespace Ponton::Gui
