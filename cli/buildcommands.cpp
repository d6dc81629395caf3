// lint: the builder's verbs.
#include "argumentparser.h"
#include "command.h"

#include "build/dockerfilelinter.h"
#include "engine/engine.h"

#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;


namespace Ponton::Cli {

namespace {

QString severityName(Build::LintSeverity severity)
{
    switch (severity) {
    case Build::LintSeverity::Error: return Tr::tr("error");
    case Build::LintSeverity::Warning: return Tr::tr("warning");
    case Build::LintSeverity::Info: return Tr::tr("info");
    case Build::LintSeverity::Style: return Tr::tr("style");
    }
    return Tr::tr("warning");
}

int runLint(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"lint"_s, Tr::tr("[OPTIONS]"), Tr::tr("Check a Dockerfile against good practices"));
    parser.addOption(u'f', u"file"_s, Tr::tr("string"), Tr::tr("Name of the Dockerfile (default \"Dockerfile\"; \"-\" reads STDIN)"));
    parser.addFlag(QChar(), u"explain"_s, Tr::tr("Explain each rule that fires"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 0, 0))
        return exitCode;
    const QString path = parser.isSet(u"file"_s) ? parser.value(u"file"_s) : u"Dockerfile"_s;
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return reportError(context, {ErrorCode::NotFound, Tr::tr("cannot read Dockerfile %1: %2").arg(path, file.errorString()), {}});
    const JobResult result = waitFor(context.engine.lintDockerfile(file.readAll()));
    if (!result.ok)
        return reportError(context, result.error);
    const auto diagnostics = result.value.value<QList<Build::LintDiagnostic>>();
    const QString shownName = path == u"-" ? u"Dockerfile"_s : path;
    bool serious = false;
    for (const Build::LintDiagnostic &diagnostic : diagnostics) {
        serious = serious || diagnostic.severity == Build::LintSeverity::Error || diagnostic.severity == Build::LintSeverity::Warning;
        context.out << u"%1:%2:%3 %4 %5: %6"_s.arg(shownName).arg(diagnostic.line).arg(diagnostic.column)
                           .arg(diagnostic.rule, severityName(diagnostic.severity), diagnostic.message) << '\n';
        if (!parser.isSet(u"explain"_s))
            continue;
        if (const std::optional<Build::LintRule> rule = Build::DockerfileLinter::rule(diagnostic.rule))
            context.out << u"    "_s << rule->explanation << '\n';
    }
    context.out.flush();
    return serious ? 1 : 0;
}

const bool registered = CommandRegistry::add(
    {"lint", Command::Group::Build, QT_TRANSLATE_NOOP("Ponton::Cli", "Check a Dockerfile against good practices"), &runLint});

} // namespace

} // namespace Ponton::Cli
