// pull and push, with Docker's output.
#include "argumentparser.h"
#include "command.h"
#include "layerprogressprinter.h"

#include "engine/engine.h"
#include "registry/pullrequest.h"
#include "registry/pushrequest.h"

#include <QEventLoop>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

namespace {

// Like waitFor(), showing the job's layer events as they come.
JobResult waitShowingLayers(Job *job, CommandContext &context, bool quiet)
{
    LayerProgressPrinter printer(context.out, isatty(STDOUT_FILENO));
    if (!quiet)
        QObject::connect(job, &Job::progress, job, [&printer](const ProgressEvent &event) { printer.show(event); });
    return waitFor(job);
}

int runPull(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"pull"_s, Tr::tr("[OPTIONS] NAME[:TAG|@DIGEST]"), Tr::tr("Download an image from a registry"));
    parser.addOption(QChar(), u"platform"_s, Tr::tr("string"), Tr::tr("Set platform if server is multi-platform capable"));
    parser.addFlag(u'q', u"quiet"_s, Tr::tr("Suppress verbose output"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1, 1))
        return exitCode;
    const QString name = parser.positional().first();
    Result<Reference> reference = Reference::parse(name);
    if (!reference)
        return reportError(context, reference.error());
    const bool quiet = parser.isSet(u"quiet"_s);
    const Reference wanted = reference->withDefaultTag();
    if (!quiet) {
        if (reference->isNameOnly())
            context.out << Tr::tr("Using default tag: latest") << '\n';
        const QString what = wanted.hasTag() ? wanted.tag() : wanted.digest().toString();
        context.out << Tr::tr("%1: Pulling from %2").arg(what, wanted.path()) << '\n';
        context.out.flush();
    }
    const JobResult result = waitShowingLayers(context.engine.pull(name, parser.value(u"platform"_s)), context, quiet);
    if (!result.ok)
        return reportError(context, result.error);
    const auto pulled = result.value.value<Registry::PullResult>();
    if (!quiet) {
        context.out << Tr::tr("Digest: %1").arg(pulled.indexDigest.isValid() ? pulled.indexDigest.toString() : pulled.manifestDigest.toString()) << '\n';
        context.out << (pulled.upToDate ? Tr::tr("Status: Image is up to date for %1") : Tr::tr("Status: Downloaded newer image for %1"))
                           .arg(wanted.familiarString()) << '\n';
    }
    context.out << wanted.toString() << '\n';
    context.out.flush();
    return 0;
}

int runPush(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"push"_s, Tr::tr("[OPTIONS] NAME[:TAG]"), Tr::tr("Upload an image to a registry"));
    parser.addFlag(u'q', u"quiet"_s, Tr::tr("Suppress verbose output"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1, 1))
        return exitCode;
    const QString name = parser.positional().first();
    Result<Reference> reference = Reference::parse(name);
    if (!reference)
        return reportError(context, reference.error());
    const bool quiet = parser.isSet(u"quiet"_s);
    if (!quiet) {
        context.out << Tr::tr("The push refers to repository [%1]").arg(reference->nameOnly().toString()) << '\n';
        context.out.flush();
    }
    const JobResult result = waitShowingLayers(context.engine.push(name, QString()), context, quiet);
    if (!result.ok)
        return reportError(context, result.error);
    const auto pushed = result.value.value<Registry::PushResult>();
    const QString tag = pushed.reference.hasTag() ? pushed.reference.tag() : u"latest"_s;
    if (quiet)
        context.out << pushed.reference.toString() << '\n';
    else
        context.out << Tr::tr("%1: digest: %2 size: %3").arg(tag, pushed.manifestDigest.toString()).arg(pushed.manifestSize) << '\n';
    context.out.flush();
    return 0;
}

const bool registered = [] {
    CommandRegistry::add({"pull", Command::Group::Registry, QT_TRANSLATE_NOOP("Ponton::Cli", "Download an image from a registry"), &runPull});
    CommandRegistry::add({"push", Command::Group::Registry, QT_TRANSLATE_NOOP("Ponton::Cli", "Upload an image to a registry"), &runPush});
    return true;
}();

} // namespace

} // namespace Ponton::Cli
