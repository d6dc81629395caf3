#pragma once

#include "common/error.h"
#include "engine/job.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace Ponton { class Engine; }

namespace Ponton::Cli {

class ArgumentParser;

// Translation context of the command line.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Ponton::Cli)
};

struct CommandContext {
    Engine &engine;
    QTextStream &out;
    QTextStream &err;
};

// One verb. Each commands file registers its verbs at start-up:
//   static const bool registered = CommandRegistry::add({"images", Group::Image, QT_TRANSLATE_NOOP(...), &runImages});
struct Command {
    enum class Group { Image, Container, Registry, Build, System };
    const char *name;
    Group group;
    const char *summary; // marked with QT_TRANSLATE_NOOP("Ponton::Cli", ...), translated when shown
    int (*run)(CommandContext &context, const QStringList &arguments);
};

class CommandRegistry
{
public:
    static bool add(const Command &command);
    static const Command *find(const QString &name);
    static QList<Command> all();
};

// Runs the job's event loop until it finishes (the CLI's thread is not a GUI thread).
JobResult waitFor(Job *job);
// "Error: <message>" on stderr; returns exitCode.
int reportError(CommandContext &context, const Error &error, int exitCode = 1);
QString translatedSummary(const Command &command);
// Parses a verb's arguments. On --help prints the help, on a bad flag or a wrong number of positional
// arguments prints the error; both return false with *exitCode set (0, or 125 as Docker).
bool parseArguments(ArgumentParser &parser, CommandContext &context, const QStringList &arguments, int *exitCode,
                    qsizetype minPositional = 0, qsizetype maxPositional = -1);

} // namespace Ponton::Cli
