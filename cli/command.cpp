#include "command.h"

#include "argumentparser.h"

#include <QEventLoop>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

namespace {
QList<Command> &commands()
{
    static QList<Command> list;
    return list;
}
} // namespace

bool CommandRegistry::add(const Command &command)
{
    commands().append(command);
    return true;
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

QList<Command> CommandRegistry::all()
{
    QList<Command> sorted = commands();
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return qstrcmp(a.name, b.name) < 0; });
    return sorted;
}

JobResult waitFor(Job *job)
{
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        if (!job->isFinished())
            loop.exec();
    }
    const JobResult result = job->result();
    job->deleteLater();
    return result;
}

int reportError(CommandContext &context, const Error &error, int exitCode)
{
    context.err << QCoreApplication::translate("Ponton::Cli", "Error: %1").arg(error.message) << '\n';
    if (!error.detail.isEmpty() && qEnvironmentVariableIsSet("PONTON_DEBUG"))
        context.err << "  (" << error.detail << ")\n";
    context.err.flush();
    return exitCode;
}

// Parses the verb's arguments; on --help or a bad flag prints and sets *exitCode.
bool parseArguments(ArgumentParser &parser, CommandContext &context, const QStringList &arguments, int *exitCode,
                    qsizetype minPositional, qsizetype maxPositional)
{
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << '\n' << Tr::tr("See 'ponton %1 --help'.").arg(parser.verb()) << '\n';
        *exitCode = 125;
        return false;
    }
    if (parser.helpRequested()) {
        context.out << parser.helpText();
        *exitCode = 0;
        return false;
    }
    const qsizetype count = parser.positional().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        context.err << Tr::tr("\"ponton\" requires a different number of arguments.") << '\n' << parser.helpText();
        *exitCode = 125;
        return false;
    }
    return true;
}

QString translatedSummary(const Command &command)
{
    return QCoreApplication::translate("Ponton::Cli", command.summary);
}

} // namespace Ponton::Cli
