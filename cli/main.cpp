// ponton: the command line. Global options, then a verb with Docker's arguments and output.
// This is the module ponton-cli.so; the `ponton` program (cli/launcher) opens it and calls
// ponton_cli_main, its only exported symbol (cli/ponton-cli.map).
#include "command.h"

#include "engine/engine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Ponton;

namespace {

void printUsage(QTextStream &out)
{
    out << Cli::Tr::tr("Usage:  ponton [OPTIONS] COMMAND") << "\n\n"
        << Cli::Tr::tr("A workbench for container images") << "\n\n"
        << Cli::Tr::tr("Options:") << '\n'
        << "      --root DIR   " << Cli::Tr::tr("Store location (default $PONTON_ROOT, else $XDG_DATA_HOME/ponton, /var/lib/ponton for root)") << '\n'
        << "  -v, --version    " << Cli::Tr::tr("Print version information and quit") << "\n\n"
        << Cli::Tr::tr("Commands:") << '\n';
    for (const Cli::Command &command : Cli::CommandRegistry::all())
        out << "  " << QString::fromLatin1(command.name).leftJustified(12) << Cli::translatedSummary(command) << '\n';
    out << '\n' << Cli::Tr::tr("Run 'ponton COMMAND --help' for more information on a command.") << '\n';
    out.flush();
}

void installTranslator(QCoreApplication &app)
{
    // The user's language; English otherwise (the C locale too), whose catalogue holds the plural forms.
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"ponton"_s, u"_"_s, u":/i18n"_s) || translator->load(u":/i18n/ponton_en.qm"_s))
        app.installTranslator(translator);
}

} // namespace

extern "C" __attribute__((visibility("default"))) int ponton_cli_main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ponton"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PONTON_VERSION));
    installTranslator(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = app.arguments().mid(1);
    EngineOptions options;
    while (!arguments.isEmpty() && arguments.first().startsWith(u'-')) {
        const QString option = arguments.takeFirst();
        if (option == u"--root" && !arguments.isEmpty()) {
            options.root = arguments.takeFirst();
        } else if (option.startsWith(u"--root=")) {
            options.root = option.mid(7);
        } else if (option == u"-v" || option == u"--version") {
            out << Cli::Tr::tr("Ponton version %1").arg(QStringLiteral(PONTON_VERSION)) << '\n';
            return 0;
        } else if (option == u"--help" || option == u"-h") {
            printUsage(out);
            return 0;
        } else {
            err << Cli::Tr::tr("unknown flag: %1").arg(option) << '\n' << Cli::Tr::tr("See 'ponton --help'.") << '\n';
            return 125;
        }
    }
    if (arguments.isEmpty()) {
        printUsage(out);
        return 0;
    }
    const QString verb = arguments.takeFirst();
    const Cli::Command *command = Cli::CommandRegistry::find(verb);
    if (!command) {
        err << Cli::Tr::tr("ponton: '%1' is not a ponton command.").arg(verb) << '\n' << Cli::Tr::tr("See 'ponton --help'") << '\n';
        return 125;
    }
    Engine engine(options);
    Cli::CommandContext context{engine, out, err};
    return command->run(context, arguments);
}
