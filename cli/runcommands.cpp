// run, create, start, attach: the container verbs that attach a terminal or stdio, with Docker's flags,
// output and exit codes (125: Ponton failed, 126/127: the command could not run, else the container's).
#include "argumentparser.h"
#include "command.h"
#include "detachkeysoption.h"
#include "layerprogressprinter.h"
#include "publishoption.h"
#include "terminalsession.h"

#include "common/environmentlist.h"
#include "engine/engine.h"
#include "registry/pullrequest.h"

#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

namespace {

constexpr int DaemonError = 125;

void addRunOptions(ArgumentParser &parser)
{
    parser.addFlag(u'd', u"detach"_s, Tr::tr("Run container in background and print container ID"));
    parser.addOption(u'e', u"env"_s, Tr::tr("list"), Tr::tr("Set environment variables"));
    parser.addOption(QChar(), u"entrypoint"_s, Tr::tr("string"), Tr::tr("Overwrite the default ENTRYPOINT of the image"));
    parser.addOption(QChar(), u"env-file"_s, Tr::tr("list"), Tr::tr("Read in a file of environment variables"));
    parser.addOption(u'h', u"hostname"_s, Tr::tr("string"), Tr::tr("Container host name"));
    parser.addFlag(u'i', u"interactive"_s, Tr::tr("Keep STDIN open even if not attached"));
    parser.addOption(QChar(), u"name"_s, Tr::tr("string"), Tr::tr("Assign a name to the container"));
    parser.addOption(QChar(), u"network"_s, Tr::tr("network"), Tr::tr("Connect a container to a network (host or none)"));
    parser.addFlag(QChar(), u"privileged"_s, Tr::tr("Give extended privileges to this container"));
    addPublishOptions(parser);
    parser.addFlag(QChar(), u"rm"_s, Tr::tr("Automatically remove the container when it exits"));
    parser.addFlag(u't', u"tty"_s, Tr::tr("Allocate a pseudo-TTY"));
    parser.addOption(u'u', u"user"_s, Tr::tr("string"), Tr::tr("Username or UID (format: <name|uid>[:<group|gid>])"));
    parser.addOption(u'v', u"volume"_s, Tr::tr("list"), Tr::tr("Bind mount a volume"));
    parser.addOption(u'w', u"workdir"_s, Tr::tr("string"), Tr::tr("Working directory inside the container"));
    parser.setStopAtFirstPositional(true);
}

Result<QList<Runtime::BindMount>> mounts(const ArgumentParser &parser)
{
    QList<Runtime::BindMount> list;
    for (const QString &spec : parser.values(u"volume"_s)) {
        const QStringList parts = spec.split(u':');
        if (parts.size() < 2 || parts.size() > 3 || !parts.at(0).startsWith(u'/') || !parts.at(1).startsWith(u'/') ||
            (parts.size() == 3 && parts.at(2) != u"ro" && parts.at(2) != u"rw"))
            return fail(ErrorCode::InvalidArgument, Tr::tr("invalid volume specification: '%1'").arg(spec));
        list.append({parts.at(0), parts.at(1), parts.size() == 3 && parts.at(2) == u"ro"});
    }
    return list;
}

Result<ContainerRunRequest> runRequest(const ArgumentParser &parser)
{
    ContainerRunRequest request;
    request.image = parser.positional().first();
    request.command = parser.positional().mid(1);
    if (parser.isSet(u"entrypoint"_s))
        request.entrypoint = QStringList{parser.value(u"entrypoint"_s)};
    Result<QStringList> env = EnvironmentList::fromOptions(parser.values(u"env-file"_s), parser.values(u"env"_s));
    if (!env)
        return std::unexpected(env.error());
    request.env = *env;
    Result<QList<Runtime::BindMount>> binds = mounts(parser);
    if (!binds)
        return std::unexpected(binds.error());
    request.mounts = *binds;
    request.name = parser.value(u"name"_s);
    request.workingDir = parser.value(u"workdir"_s);
    request.user = parser.value(u"user"_s);
    request.hostname = parser.value(u"hostname"_s);
    request.tty = parser.isSet(u"tty"_s);
    request.interactive = parser.isSet(u"interactive"_s);
    request.autoRemove = parser.isSet(u"rm"_s);
    // `run --rm` in the foreground: this process waits for the exit code, then removes the container.
    if (request.autoRemove && parser.verb() == u"run" && !parser.isSet(u"detach"_s))
        request.waiter = ::getpid();
    const QString network = parser.value(u"network"_s);
    if (!network.isEmpty() && network != u"host" && network != u"none")
        return fail(ErrorCode::InvalidArgument, Tr::tr("network %1 not found").arg(network));
    request.networkNone = network == u"none";
    request.privileged = parser.isSet(u"privileged"_s);
    return request;
}

// Docker's run: a missing image is pulled first, its progress on stderr.
bool ensureImage(CommandContext &context, const QString &image)
{
    if (waitFor(context.engine.inspectImages({image})).value.value<Store::InspectResult>().errors.isEmpty())
        return true;
    Result<Reference> reference = Reference::parse(image);
    if (!reference) {
        reportError(context, reference.error());
        return false;
    }
    const Reference wanted = reference->withDefaultTag();
    context.err << Tr::tr("Unable to find image '%1' locally").arg(wanted.familiarString()) << '\n';
    context.err << Tr::tr("%1: Pulling from %2").arg(wanted.hasTag() ? wanted.tag() : wanted.digest().toString(), wanted.path()) << '\n';
    context.err.flush();
    Job *job = context.engine.pull(image, QString());
    LayerProgressPrinter printer(context.err, isatty(STDERR_FILENO));
    QObject::connect(job, &Job::progress, job, [&printer](const ProgressEvent &event) { printer.show(event); });
    const JobResult pulled = waitFor(job);
    if (!pulled.ok) {
        reportError(context, pulled.error);
        return false;
    }
    const auto result = pulled.value.value<Registry::PullResult>();
    context.err << Tr::tr("Digest: %1").arg(result.indexDigest.isValid() ? result.indexDigest.toString() : result.manifestDigest.toString()) << '\n'
                << Tr::tr("Status: Downloaded newer image for %1").arg(wanted.familiarString()) << '\n';
    context.err.flush();
    return true;
}

// The exit code of a container that has finished (or could not start: 126/127/125 from the helper).
int exitCodeOf(CommandContext &context, const QString &id)
{
    const JobResult waited = waitFor(context.engine.waitContainer(id));
    if (!waited.ok)
        return reportError(context, waited.error, DaemonError);
    return waited.value.toInt();
}

// Relays a TTY container's terminal. -1 when the user detached.
int relayTerminal(CommandContext &context, const ContainerTerminal &terminal, bool input, const std::string &detachKeys)
{
    TerminalSession::Options options;
    options.forwardInput = input;
    options.detachKeys = detachKeys;
    TerminalSession session(terminal.terminal.get(), options);
    const TerminalSession::Outcome outcome = session.run();
    if (outcome == TerminalSession::Outcome::Detached) {
        context.err << Tr::tr("read escape sequence") << '\n';
        context.err.flush();
        return -1;
    }
    return exitCodeOf(context, terminal.id);
}

// Starts a created container attached as asked; the container's exit code, or -1 when detached.
int startAttached(CommandContext &context, const QString &id, bool tty, bool input, const std::string &detachKeys,
                  int *failure)
{
    ContainerStartOptions options;
    if (!tty)
        options.stdio = {input ? STDIN_FILENO : -1, STDOUT_FILENO, STDERR_FILENO};
    context.out.flush();
    const JobResult started = waitFor(context.engine.startContainer(id, options));
    if (!started.ok) {
        // The helper records why it could not run the command: 126, 127, or 125.
        reportError(context, started.error);
        *failure = exitCodeOf(context, id);
        return *failure;
    }
    const auto terminal = started.value.value<ContainerTerminal>();
    if (terminal.tty && terminal.terminal.isValid())
        return relayTerminal(context, terminal, input, detachKeys);
    return exitCodeOf(context, id);
}

Result<ContainerRecord> create(CommandContext &context, const ArgumentParser &parser)
{
    Result<ContainerRunRequest> request = runRequest(parser);
    if (!request)
        return std::unexpected(request.error());
    const Result<QStringList> ports = publishedPorts(parser);
    if (!ports)
        return std::unexpected(ports.error());
    if (const QString warning = publishWarning(*ports, parser.isSet(u"publish-all"_s), request->networkNone); !warning.isEmpty()) {
        context.err << warning << '\n';
        context.err.flush();
    }
    if (!ensureImage(context, request->image))
        return fail(ErrorCode::NotFound, QString());
    const JobResult created = waitFor(context.engine.createContainer(*request));
    if (!created.ok)
        return std::unexpected(created.error);
    return created.value.value<ContainerRecord>();
}

// What run and create share: the container of the parsed options created. On failure `*exitCode` is
// what the command exits with (its error already printed).
std::optional<ContainerRecord> createFromOptions(CommandContext &context, const ArgumentParser &parser, int *exitCode)
{
    Result<ContainerRecord> record = create(context, parser);
    if (!record) {
        *exitCode = record.error().message.isEmpty() ? DaemonError : reportError(context, record.error(), DaemonError);
        return std::nullopt;
    }
    return *record;
}

int runRun(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"run"_s, Tr::tr("[OPTIONS] IMAGE [COMMAND] [ARG...]"), Tr::tr("Create and run a new container from an image"));
    addRunOptions(parser);
    addDetachKeysOption(parser);
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1))
        return exitCode;
    const Result<std::string> detachKeys = detachKeysOf(parser);
    if (!detachKeys)
        return reportError(context, detachKeys.error(), DaemonError);
    std::optional<ContainerRecord> record = createFromOptions(context, parser, &exitCode);
    if (!record)
        return exitCode;
    if (parser.isSet(u"detach"_s)) {
        const JobResult started = waitFor(context.engine.startContainer(record->id));
        if (!started.ok)
            return reportError(context, started.error, exitCodeOf(context, record->id));
        context.out << record->id << '\n';
        context.out.flush();
        return 0;
    }
    int failure = 0;
    exitCode = startAttached(context, record->id, record->tty, record->interactive, *detachKeys, &failure);
    if (exitCode < 0)
        return 0;  // detached: the container keeps running
    if (record->autoRemove)
        (void)waitFor(context.engine.removeContainers({record->id}, true));
    return exitCode;
}

int runCreate(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"create"_s, Tr::tr("[OPTIONS] IMAGE [COMMAND] [ARG...]"), Tr::tr("Create a new container"));
    addRunOptions(parser);
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1))
        return exitCode;
    std::optional<ContainerRecord> record = createFromOptions(context, parser, &exitCode);
    if (!record)
        return exitCode;
    context.out << record->id << '\n';
    context.out.flush();
    return 0;
}

int runStart(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"start"_s, Tr::tr("[OPTIONS] CONTAINER [CONTAINER...]"), Tr::tr("Start one or more stopped containers"));
    parser.addFlag(u'a', u"attach"_s, Tr::tr("Attach STDOUT/STDERR and forward signals"));
    addDetachKeysOption(parser);
    parser.addFlag(u'i', u"interactive"_s, Tr::tr("Attach container's STDIN"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1))
        return exitCode;
    const bool attach = parser.isSet(u"attach"_s) || parser.isSet(u"interactive"_s);
    if (attach) {
        const Result<std::string> detachKeys = detachKeysOf(parser);
        if (!detachKeys)
            return reportError(context, detachKeys.error());
        if (parser.positional().size() > 1)
            return reportError(context, {ErrorCode::InvalidArgument, Tr::tr("you cannot start and attach multiple containers at once"), {}});
        const QString name = parser.positional().first();
        const JobResult found = waitFor(context.engine.inspectContainer(name));
        if (!found.ok)
            return reportError(context, found.error);
        const auto row = found.value.value<ContainerRow>();
        int failure = 0;
        exitCode = startAttached(context, row.id, row.tty, parser.isSet(u"interactive"_s), *detachKeys, &failure);
        return exitCode < 0 ? 0 : exitCode;
    }
    for (const QString &name : parser.positional()) {
        const JobResult started = waitFor(context.engine.startContainer(name));
        if (!started.ok) {
            exitCode = reportError(context, started.error);
            continue;
        }
        context.out << name << '\n';
        context.out.flush();
    }
    return exitCode;
}

int runAttach(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"attach"_s, Tr::tr("[OPTIONS] CONTAINER"), Tr::tr("Attach local standard input, output, and error streams to a running container"));
    addDetachKeysOption(parser);
    parser.addFlag(QChar(), u"no-stdin"_s, Tr::tr("Do not attach STDIN"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1, 1))
        return exitCode;
    const Result<std::string> detachKeys = detachKeysOf(parser);
    if (!detachKeys)
        return reportError(context, detachKeys.error());
    const JobResult attached = waitFor(context.engine.attachContainer(parser.positional().first()));
    if (!attached.ok)
        return reportError(context, attached.error);
    exitCode = relayTerminal(context, attached.value.value<ContainerTerminal>(), !parser.isSet(u"no-stdin"_s), *detachKeys);
    return exitCode < 0 ? 0 : exitCode;
}

const bool registered = [] {
    CommandRegistry::add({"run", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "Create and run a new container from an image"), &runRun});
    CommandRegistry::add({"create", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "Create a new container"), &runCreate});
    CommandRegistry::add({"start", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "Start one or more stopped containers"), &runStart});
    CommandRegistry::add({"attach", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "Attach local standard input, output, and error streams to a running container"), &runAttach});
    return true;
}();

} // namespace

} // namespace Ponton::Cli
