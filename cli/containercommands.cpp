// ps, stop, kill, pause, unpause, rm, logs, diff, commit: the container verbs that do not attach, with
// Docker's output and exit codes.
#include "argumentparser.h"
#include "command.h"
#include "humanformat.h"
#include "tablewriter.h"

#include "engine/engine.h"

#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

namespace {

// Docker's formatter.Ellipsis: at most `width` characters, the last one an ellipsis when cut.
QString ellipsis(const QString &text, qsizetype width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

QString statusText(const ContainerRow &row, const QDateTime &now)
{
    if (row.status == u"running")
        return Tr::tr("Up %1").arg(HumanFormat::duration(row.startedAt.secsTo(now)));
    if (row.status == u"paused")
        return Tr::tr("Up %1 (Paused)").arg(HumanFormat::duration(row.startedAt.secsTo(now)));
    if (row.status == u"exited")
        return Tr::tr("Exited (%1) %2").arg(row.exitCode).arg(HumanFormat::ago(row.finishedAt.isValid() ? row.finishedAt : row.created, now));
    return Tr::tr("Created");
}

int runPs(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"ps"_s, Tr::tr("[OPTIONS]"), Tr::tr("List containers"));
    parser.addFlag(u'a', u"all"_s, Tr::tr("Show all containers (default shows just running)"));
    parser.addFlag(u'l', u"latest"_s, Tr::tr("Show the latest created container (includes all states)"));
    parser.addFlag(QChar(), u"no-trunc"_s, Tr::tr("Don't truncate output"));
    parser.addFlag(u'q', u"quiet"_s, Tr::tr("Only display container IDs"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 0, 0))
        return exitCode;
    const bool latest = parser.isSet(u"latest"_s);
    const JobResult result = waitFor(context.engine.listContainers(parser.isSet(u"all"_s) || latest));
    if (!result.ok)
        return reportError(context, result.error);
    auto rows = result.value.value<QList<ContainerRow>>();
    if (latest)
        rows = rows.mid(0, 1);
    const bool noTrunc = parser.isSet(u"no-trunc"_s);
    if (parser.isSet(u"quiet"_s)) {
        for (const ContainerRow &row : rows)
            context.out << (noTrunc ? row.id : row.id.left(12)) << '\n';
        context.out.flush();
        return 0;
    }
    TableWriter table({Tr::tr("CONTAINER ID"), Tr::tr("IMAGE"), Tr::tr("COMMAND"), Tr::tr("CREATED"), Tr::tr("STATUS"),
                       Tr::tr("PORTS"), Tr::tr("NAMES")});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ContainerRow &row : rows) {
        const QString command = u'"' + (noTrunc ? row.command : ellipsis(row.command, 20)) + u'"';
        table.addRow({noTrunc ? row.id : row.id.left(12), row.image, command, HumanFormat::ago(row.created, now),
                      statusText(row, now), QString(), row.name});
    }
    table.write(context.out);
    return 0;
}

// Runs one job per container, prints what Docker prints for each (the argument as given), and exits 1
// when any failed.
int forEachContainer(CommandContext &context, const QStringList &containers, const std::function<Job *(const QString &)> &start)
{
    int exitCode = 0;
    for (const QString &container : containers) {
        const JobResult result = waitFor(start(container));
        if (!result.ok) {
            exitCode = reportError(context, result.error);
            continue;
        }
        context.out << container << '\n';
        context.out.flush();
    }
    return exitCode;
}

int runStop(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"stop"_s, Tr::tr("[OPTIONS] CONTAINER [CONTAINER...]"), Tr::tr("Stop one or more running containers"));
    parser.addOption(u't', u"time"_s, Tr::tr("int"), Tr::tr("Seconds to wait for stop before killing it (default 10)"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1))
        return exitCode;
    bool ok = true;
    const int timeout = parser.isSet(u"time"_s) ? parser.value(u"time"_s).toInt(&ok) : 10;
    if (!ok || timeout < 0)
        return reportError(context, {ErrorCode::InvalidArgument, Tr::tr("invalid argument \"%1\" for \"-t, --time\" flag").arg(parser.value(u"time"_s)), {}}, 125);
    return forEachContainer(context, parser.positional(), [&](const QString &c) { return context.engine.stopContainer(c, timeout); });
}

int signalNumber(const QString &text)
{
    bool numeric = false;
    const int number = text.toInt(&numeric);
    if (numeric)
        return number > 0 && number < 65 ? number : -1;
    QString name = text.toUpper();
    if (name.startsWith(u"SIG"))
        name = name.mid(3);
    static const QHash<QString, int> names{{u"HUP"_s, SIGHUP}, {u"INT"_s, SIGINT}, {u"QUIT"_s, SIGQUIT}, {u"KILL"_s, SIGKILL},
                                           {u"USR1"_s, SIGUSR1}, {u"USR2"_s, SIGUSR2}, {u"TERM"_s, SIGTERM}, {u"STOP"_s, SIGSTOP},
                                           {u"CONT"_s, SIGCONT}, {u"WINCH"_s, SIGWINCH}, {u"ALRM"_s, SIGALRM}, {u"PIPE"_s, SIGPIPE}};
    return names.value(name, -1);
}

int runKill(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"kill"_s, Tr::tr("[OPTIONS] CONTAINER [CONTAINER...]"), Tr::tr("Kill one or more running containers"));
    parser.addOption(u's', u"signal"_s, Tr::tr("string"), Tr::tr("Signal to send to the container (default \"KILL\")"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1))
        return exitCode;
    const int signal = parser.isSet(u"signal"_s) ? signalNumber(parser.value(u"signal"_s)) : SIGKILL;
    if (signal < 0)
        return reportError(context, {ErrorCode::InvalidArgument, Tr::tr("invalid signal: %1").arg(parser.value(u"signal"_s)), {}}, 125);
    return forEachContainer(context, parser.positional(), [&](const QString &c) { return context.engine.killContainer(c, signal); });
}

int runPause(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"pause"_s, Tr::tr("CONTAINER [CONTAINER...]"), Tr::tr("Pause all processes within one or more containers"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1))
        return exitCode;
    return forEachContainer(context, parser.positional(), [&](const QString &c) { return context.engine.pauseContainer(c); });
}

int runUnpause(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"unpause"_s, Tr::tr("CONTAINER [CONTAINER...]"), Tr::tr("Unpause all processes within one or more containers"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1))
        return exitCode;
    return forEachContainer(context, parser.positional(), [&](const QString &c) { return context.engine.unpauseContainer(c); });
}

int runRm(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"rm"_s, Tr::tr("[OPTIONS] CONTAINER [CONTAINER...]"), Tr::tr("Remove one or more containers"));
    parser.addFlag(u'f', u"force"_s, Tr::tr("Force the removal of a running container (uses SIGKILL)"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1))
        return exitCode;
    const JobResult result = waitFor(context.engine.removeContainers(parser.positional(), parser.isSet(u"force"_s)));
    if (!result.ok)
        return reportError(context, result.error);
    const auto removal = result.value.value<ContainerRemoval>();
    for (const QString &removed : removal.removed)
        context.out << removed << '\n';
    context.out.flush();
    for (const Error &error : removal.errors)
        exitCode = reportError(context, error);
    return exitCode;
}

bool copyAvailable(int fd, QTextStream &out)
{
    out.flush();
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n == 0;
        for (ssize_t done = 0; done < n;) {
            const ssize_t written = ::write(STDOUT_FILENO, buffer + done, size_t(n - done));
            if (written <= 0)
                return false;
            done += written;
        }
    }
}

int runLogs(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"logs"_s, Tr::tr("[OPTIONS] CONTAINER"), Tr::tr("Fetch the logs of a container"));
    parser.addFlag(u'f', u"follow"_s, Tr::tr("Follow log output"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1, 1))
        return exitCode;
    const QString container = parser.positional().first();
    const JobResult result = waitFor(context.engine.containerLogs(container));
    if (!result.ok)
        return reportError(context, result.error);
    const auto log = result.value.value<Runtime::SharedFileDescriptor>();
    if (!copyAvailable(log.get(), context.out))
        return 1;
    while (parser.isSet(u"follow"_s)) {
        const JobResult state = waitFor(context.engine.inspectContainer(container));
        const bool up = state.ok && state.value.value<ContainerRow>().status != u"exited" &&
                        state.value.value<ContainerRow>().status != u"created";
        if (!copyAvailable(log.get(), context.out))
            return 1;
        if (!up)
            break;
        QThread::msleep(200);
    }
    return 0;
}

int runDiff(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"diff"_s, Tr::tr("CONTAINER"), Tr::tr("Inspect changes to files or directories on a container's filesystem"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1, 1))
        return exitCode;
    const JobResult result = waitFor(context.engine.containerChanges(parser.positional().first()));
    if (!result.ok)
        return reportError(context, result.error);
    for (const ContainerChange &change : result.value.value<QList<ContainerChange>>())
        context.out << change.letter() << ' ' << change.path << '\n';
    context.out.flush();
    return 0;
}

int runCommit(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"commit"_s, Tr::tr("[OPTIONS] CONTAINER [REPOSITORY[:TAG]]"), Tr::tr("Create a new image from a container's changes"));
    parser.addOption(u'a', u"author"_s, Tr::tr("string"), Tr::tr("Author (e.g., \"John Hannibal Smith <hannibal@a-team.com>\")"));
    parser.addOption(u'c', u"change"_s, Tr::tr("list"), Tr::tr("Apply Dockerfile instruction to the created image"));
    parser.addOption(u'm', u"message"_s, Tr::tr("string"), Tr::tr("Commit message"));
    parser.addFlag(u'p', u"pause"_s, Tr::tr("Pause container during commit (default true)"));
    parser.addFlag(QChar(), u"no-pause"_s, Tr::tr("Do not pause the container during commit"));
    // Docker's boolean with a true default: -p=false and --pause=false turn it off.
    QStringList normalized;
    for (const QString &argument : arguments)
        normalized.append(argument == u"-p=false" || argument == u"--pause=false" ? u"--no-pause"_s : argument);
    int exitCode = 0;
    if (!parseArguments(parser, context, normalized, &exitCode, 1, 2))
        return exitCode;
    CommitRequest request;
    request.container = parser.positional().at(0);
    request.reference = parser.positional().value(1);
    request.message = parser.value(u"message"_s);
    request.author = parser.value(u"author"_s);
    request.changes = parser.values(u"change"_s);
    request.pause = !parser.isSet(u"no-pause"_s);
    const JobResult result = waitFor(context.engine.commitContainer(request));
    if (!result.ok)
        return reportError(context, result.error);
    context.out << result.value.value<CommitResult>().imageId.toString() << '\n';
    context.out.flush();
    return 0;
}

const bool registered = [] {
    CommandRegistry::add({"ps", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "List containers"), &runPs});
    CommandRegistry::add({"stop", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "Stop one or more running containers"), &runStop});
    CommandRegistry::add({"kill", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "Kill one or more running containers"), &runKill});
    CommandRegistry::add({"pause", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "Pause all processes within one or more containers"), &runPause});
    CommandRegistry::add({"unpause", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "Unpause all processes within one or more containers"), &runUnpause});
    CommandRegistry::add({"rm", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "Remove one or more containers"), &runRm});
    CommandRegistry::add({"logs", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "Fetch the logs of a container"), &runLogs});
    CommandRegistry::add({"diff", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "Inspect changes to files or directories on a container's filesystem"), &runDiff});
    CommandRegistry::add({"commit", Command::Group::Container, QT_TRANSLATE_NOOP("Ponton::Cli", "Create a new image from a container's changes"), &runCommit});
    return true;
}();

} // namespace

} // namespace Ponton::Cli
