#pragma once

#include "common/error.h"
#include "reference/digest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Ponton::Runtime { class RuntimeClient; }

namespace Ponton::Build {

// What a RUN step executes.
struct RunCommand {
    QStringList argv;        // shell + command line, or the exec form
    QStringList env;         // image Env + in-scope build arguments
    QString workingDir;
    QString user;
};

struct RunOutcome {
    QString containerId;
    int exitCode = 0;
    QStringList lastLines;   // the last lines of output, for the error of a failed command
};

// Runs one RUN command in a container through the helper: non-interactive (stdin /dev/null), stdout and
// stderr on pipes read line by line, cancellation by SIGKILL. The container is left stopped for the
// caller to capture its changes and remove it.
class RunStep
{
public:
    struct Callbacks {
        std::function<void(const QString &containerId)> started;
        std::function<void(const QString &line, bool fromStderr)> line;
        std::function<bool()> canceled;
    };

    static Result<RunOutcome> execute(Runtime::RuntimeClient &client, const QList<Digest> &snapshots,
                                      const RunCommand &command, const Callbacks &callbacks);
};

} // namespace Ponton::Build
