// build and lint: the builder's verbs.
#include "argumentparser.h"
#include "command.h"

#include "build/buildevent.h"
#include "build/dockerfilelinter.h"
#include "engine/engine.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTimer>

#include <atomic>
#include <csignal>
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

// Docker's context size: decimal units, 4 significant digits ("2.048kB").
QString contextSize(qint64 bytes)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1000 && unit < 4) {
        value /= 1000;
        ++unit;
    }
    return QString::number(value, 'g', 4) + QString::fromLatin1(units[unit]);
}

std::atomic<bool> interrupted{false};

void onInterrupt(int)
{
    interrupted.store(true);
}

// Prints the classic builder's lines from the build's events; `plain` adds why each step missed the
// cache and how long it took.
class BuildPrinter
{
public:
    BuildPrinter(QTextStream &out, bool quiet, bool plain) : m_out(out), m_quiet(quiet), m_plain(plain) {}

    void print(const Build::BuildEvent &event)
    {
        using Kind = Build::BuildEvent::Kind;
        if (m_quiet)
            return;
        switch (event.kind) {
        case Kind::ContextSent:
            m_out << Tr::tr("Sending build context to Ponton  %1").arg(contextSize(event.contextBytes)) << "\n";
            break;
        case Kind::StepStarted:
            if (event.step != m_lastStep)
                m_out << Tr::tr("Step %1/%2 : %3").arg(event.step).arg(event.stepCount).arg(event.instruction) << "\n";
            m_lastStep = event.step;
            break;
        case Kind::CacheHit:
            m_out << " ---> " << Tr::tr("Using cache") << "\n";
            break;
        case Kind::CacheMiss:
            if (m_plain)
                m_out << " ---> " << Tr::tr("Cache miss: %1").arg(event.text) << "\n";
            break;
        case Kind::ContainerStarted:
            m_out << " ---> " << Tr::tr("Running in %1").arg(event.containerId.left(12)) << "\n";
            break;
        case Kind::Log:
            m_out << event.text << "\n";
            break;
        case Kind::ContainerRemoved:
            m_out << " ---> " << Tr::tr("Removed intermediate container %1").arg(event.containerId.left(12)) << "\n";
            break;
        case Kind::StepFinished:
            m_out << " ---> " << event.imageId.section(u':', 1).left(12) << "\n";
            if (m_plain && event.step > 0)
                m_out << " ---> " << Tr::tr("Step %1 took %2s").arg(event.step).arg(double(event.durationMs) / 1000.0, 0, 'f', 2) << "\n";
            break;
        case Kind::StepFailed:
        case Kind::Tagged:
            break;
        case Kind::Warning:
            m_out << event.text << "\n";
            break;
        }
        m_out.flush();
    }

private:
    QTextStream &m_out;
    bool m_quiet;
    bool m_plain;
    int m_lastStep = -1;
};

Result<QMap<QString, QString>> keyValues(const QStringList &values, const QString &flag, bool fromEnvironment)
{
    QMap<QString, QString> map;
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(u'=');
        if (equals == 0)
            return fail(ErrorCode::InvalidArgument, Tr::tr("invalid argument \"%1\" for \"%2\" flag").arg(value, flag));
        if (equals < 0) {
            // `--build-arg NAME` takes the value from the environment, as Docker does.
            if (fromEnvironment && qEnvironmentVariableIsSet(value.toLocal8Bit().constData()))
                map.insert(value, qEnvironmentVariable(value.toLocal8Bit().constData()));
            else if (!fromEnvironment)
                map.insert(value, QString());
            continue;
        }
        map.insert(value.left(equals), value.mid(equals + 1));
    }
    return map;
}

int runBuild(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"build"_s, Tr::tr("[OPTIONS] PATH | -"), Tr::tr("Build an image from a Dockerfile"));
    parser.addOption(u't', u"tag"_s, Tr::tr("list"), Tr::tr("Name and optionally a tag in the \"name:tag\" format"));
    parser.addOption(u'f', u"file"_s, Tr::tr("string"), Tr::tr("Name of the Dockerfile (Default is \"PATH/Dockerfile\")"));
    parser.addOption(QChar(), u"build-arg"_s, Tr::tr("list"), Tr::tr("Set build-time variables"));
    parser.addOption(QChar(), u"label"_s, Tr::tr("list"), Tr::tr("Set metadata for an image"));
    parser.addOption(QChar(), u"target"_s, Tr::tr("string"), Tr::tr("Set the target build stage to build"));
    parser.addOption(QChar(), u"progress"_s, Tr::tr("string"), Tr::tr("Type of progress output: classic or plain"));
    parser.addFlag(QChar(), u"no-cache"_s, Tr::tr("Do not use cache when building the image"));
    parser.addFlag(QChar(), u"pull"_s, Tr::tr("Always attempt to pull a newer version of the image"));
    parser.addFlag(u'q', u"quiet"_s, Tr::tr("Suppress the build output and print image ID on success"));
    parser.addFlag(QChar(), u"rm"_s, Tr::tr("Remove intermediate containers after a successful build (default true)"));
    parser.addFlag(QChar(), u"force-rm"_s, Tr::tr("Always remove intermediate containers"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1, 1))
        return exitCode;
    const QString progress = parser.isSet(u"progress"_s) ? parser.value(u"progress"_s) : u"classic"_s;
    if (progress != u"classic" && progress != u"plain" && progress != u"auto")
        return reportError(context, {ErrorCode::InvalidArgument, Tr::tr("invalid progress type %1: use classic or plain").arg(progress), {}});
    BuildRequest request;
    request.context = parser.positional().first();
    request.dockerfile = parser.value(u"file"_s);
    request.tags = parser.values(u"tag"_s);
    request.target = parser.value(u"target"_s);
    request.noCache = parser.isSet(u"no-cache"_s);
    request.pull = parser.isSet(u"pull"_s);
    request.removeIntermediate = !arguments.contains(u"--rm=false"_s);
    request.forceRemove = parser.isSet(u"force-rm"_s);
    Result<QMap<QString, QString>> buildArgs = keyValues(parser.values(u"build-arg"_s), u"--build-arg"_s, true);
    Result<QMap<QString, QString>> labels = keyValues(parser.values(u"label"_s), u"--label"_s, false);
    if (!buildArgs || !labels)
        return reportError(context, buildArgs ? labels.error() : buildArgs.error(), 125);
    request.buildArgs = *buildArgs;
    request.labels = *labels;
    bool epochOk = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&epochOk);
    if (epochOk)
        request.sourceDateEpoch = epoch;

    const bool quiet = parser.isSet(u"quiet"_s);
    BuildPrinter printer(context.out, quiet, progress == u"plain");
    Job *job = context.engine.build(request);
    QObject::connect(job, &Job::event, job, [&printer](const QVariant &value) {
        printer.print(value.value<Build::BuildEvent>());
    });
    interrupted.store(false);
    auto previous = std::signal(SIGINT, onInterrupt);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, job, [job] {
        if (interrupted.load())
            job->cancel();
    });
    watch.start(100);
    const JobResult result = waitFor(job);
    watch.stop();
    std::signal(SIGINT, previous);
    if (!result.ok) {
        context.out.flush();
        context.err << result.error.message << "\n";
        if (!result.error.detail.isEmpty() && result.error.code != ErrorCode::Canceled)
            context.err << result.error.detail << "\n";
        context.err.flush();
        return result.error.code == ErrorCode::Canceled ? 130 : 1;
    }
    const auto built = result.value.value<BuildResult>();
    if (quiet) {
        context.out << built.imageId.toString() << "\n";
    } else {
        context.out << Tr::tr("Successfully built %1").arg(built.imageId.shortId()) << "\n";
        for (const QString &tag : built.tags)
            context.out << Tr::tr("Successfully tagged %1").arg(tag) << "\n";
    }
    context.out.flush();
    return 0;
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

const bool buildRegistered = CommandRegistry::add(
    {"build", Command::Group::Build, QT_TRANSLATE_NOOP("Ponton::Cli", "Build an image from a Dockerfile"), &runBuild});

const bool registered = CommandRegistry::add(
    {"lint", Command::Group::Build, QT_TRANSLATE_NOOP("Ponton::Cli", "Check a Dockerfile against good practices"), &runLint});

} // namespace

} // namespace Ponton::Cli
