// exec: a command in a running container, with Docker's flags, output and exit codes (the command's
// own; 126/127 when it cannot run; 1 when the container is not there or not running).
#include "argumentparser.h"
#include "command.h"
#include "detachkeysoption.h"
#include "terminalsession.h"

#include "common/environmentlist.h"
#include "engine/engine.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

namespace {

int daemonError(CommandContext &context, const Error &error)
{
    context.err << Tr::tr("Error response from daemon: %1").arg(error.message) << '\n';
    context.err.flush();
    return 1;
}

int exitCodeOf(CommandContext &context, const ContainerExecution &execution)
{
    const JobResult waited = waitFor(context.engine.waitExec(execution.containerId, execution.execId));
    if (!waited.ok)
        return reportError(context, waited.error, 126);
    return waited.value.toInt();
}

int relay(CommandContext &context, const ContainerExecution &execution, bool input, const std::string &detachKeys)
{
    TerminalSession::Options options;
    options.forwardInput = input;
    options.detachKeys = detachKeys;
    TerminalSession session(execution.terminal.get(), options);
    if (session.run() == TerminalSession::Outcome::Detached) {
        context.err << Tr::tr("read escape sequence") << '\n';
        context.err.flush();
        return 0;  // the process keeps running
    }
    return exitCodeOf(context, execution);
}

int runExec(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"exec"_s, Tr::tr("[OPTIONS] CONTAINER COMMAND [ARG...]"),
                          Tr::tr("Execute a command in a running container"));
    parser.addFlag(u'd', u"detach"_s, Tr::tr("Detached mode: run command in the background"));
    addDetachKeysOption(parser);
    parser.addOption(u'e', u"env"_s, Tr::tr("list"), Tr::tr("Set environment variables"));
    parser.addOption(QChar(), u"env-file"_s, Tr::tr("list"), Tr::tr("Read in a file of environment variables"));
    parser.addFlag(u'i', u"interactive"_s, Tr::tr("Keep STDIN open even if not attached"));
    parser.addFlag(QChar(), u"privileged"_s, Tr::tr("Give extended privileges to the command"));
    parser.addFlag(u't', u"tty"_s, Tr::tr("Allocate a pseudo-TTY"));
    parser.addOption(u'u', u"user"_s, Tr::tr("string"), Tr::tr("Username or UID (format: \"<name|uid>[:<group|gid>]\")"));
    parser.addOption(u'w', u"workdir"_s, Tr::tr("string"), Tr::tr("Working directory inside the container"));
    parser.setStopAtFirstPositional(true);
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 2))
        return exitCode;
    const bool detach = parser.isSet(u"detach"_s), input = parser.isSet(u"interactive"_s) && !detach;
    ContainerExecRequest request;
    request.container = parser.positional().first();
    request.args = parser.positional().mid(1);
    const Result<QStringList> env = EnvironmentList::fromOptions(parser.values(u"env-file"_s), parser.values(u"env"_s));
    if (!env)
        return reportError(context, env.error());
    const Result<std::string> detachKeys = detachKeysOf(parser);
    if (!detachKeys)
        return reportError(context, detachKeys.error());
    request.env = *env;
    request.workingDir = parser.value(u"workdir"_s);
    request.user = parser.value(u"user"_s);
    request.tty = parser.isSet(u"tty"_s);
    request.privileged = parser.isSet(u"privileged"_s);
    if (request.tty && input && !isatty(STDIN_FILENO))
        return reportError(context, {ErrorCode::InvalidArgument, Tr::tr("the input device is not a TTY"), {}});
    if (!request.tty && !detach)
        request.stdio = {input ? STDIN_FILENO : -1, STDOUT_FILENO, STDERR_FILENO};
    context.out.flush();
    const JobResult started = waitFor(context.engine.execInContainer(request));
    if (!started.ok)
        return daemonError(context, started.error);
    const auto execution = started.value.value<ContainerExecution>();
    if (!execution.started) {
        context.err << Tr::tr("OCI runtime exec failed: exec failed: unable to start container process: %1: unknown")
                           .arg(execution.error)
                    << '\n';
        context.err.flush();
        return execution.exitCode;
    }
    if (detach)
        return 0;
    if (request.tty && execution.terminal.isValid())
        return relay(context, execution, input, *detachKeys);
    return exitCodeOf(context, execution);
}

const bool registered = [] {
    CommandRegistry::add({"exec", Command::Group::Container,
                          QT_TRANSLATE_NOOP("Ponton::Cli", "Execute a command in a running container"), &runExec});
    return true;
}();

} // namespace

} // namespace Ponton::Cli
