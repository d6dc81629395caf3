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

// One tag or digest: "TAG: Pulling from REPO", the layer lines, "Digest: …". *upToDate stays true only while every image was up to date.
bool pullOne(CommandContext &context, const Reference &wanted, const QString &platform, bool quiet, bool *upToDate,
             int *exitCode)
{
    if (!quiet) {
        const QString what = wanted.hasTag() ? wanted.tag() : wanted.digest().toString();
        context.out << Tr::tr("%1: Pulling from %2").arg(what, wanted.path()) << '\n';
        context.out.flush();
    }
    const JobResult result = waitShowingLayers(context.engine.pull(wanted.toString(), platform), context, quiet);
    if (!result.ok) {
        *exitCode = reportError(context, result.error);
        return false;
    }
    const auto pulled = result.value.value<Registry::PullResult>();
    if (!quiet) {
        context.out << Tr::tr("Digest: %1").arg(pulled.indexDigest.isValid() ? pulled.indexDigest.toString() : pulled.manifestDigest.toString()) << '\n';
        context.out.flush();
    }
    *upToDate = *upToDate && pulled.upToDate;
    return true;
}

// The repository's tags, sorted as the registry lists them (pull --all-tags).
bool listTags(CommandContext &context, const Reference &repository, QStringList *tags, int *exitCode)
{
    const JobResult result = waitFor(context.engine.listTags(repository.toString()));
    if (!result.ok) {
        *exitCode = reportError(context, result.error);
        return false;
    }
    *tags = result.value.toStringList();
    if (tags->isEmpty()) {
        *exitCode = reportError(context, {ErrorCode::NotFound, Tr::tr("repository %1 has no tags").arg(repository.familiarString()), {}});
        return false;
    }
    return true;
}

int runPull(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"pull"_s, Tr::tr("[OPTIONS] NAME[:TAG|@DIGEST]"), Tr::tr("Download an image from a registry"));
    parser.addFlag(u'a', u"all-tags"_s, Tr::tr("Download all tagged images in the repository"));
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
    const bool allTags = parser.isSet(u"all-tags"_s);
    const QString platform = parser.value(u"platform"_s);
    if (allTags && !reference->isNameOnly())
        return reportError(context, {ErrorCode::InvalidArgument, Tr::tr("tag can't be used with --all-tags/-a"), {}});
    QList<Reference> wanted;
    if (allTags) {
        QStringList tags;
        if (!listTags(context, *reference, &tags, &exitCode))
            return exitCode;
        for (const QString &tag : std::as_const(tags)) {
            Result<Reference> tagged = Reference::parse(reference->toString() + u':' + tag);
            if (!tagged)
                return reportError(context, tagged.error());
            wanted.append(*tagged);
        }
    } else {
        if (!quiet && reference->isNameOnly()) {
            context.out << Tr::tr("Using default tag: latest") << '\n';
            context.out.flush();
        }
        wanted.append(reference->withDefaultTag());
    }
    bool upToDate = true;
    for (const Reference &one : std::as_const(wanted)) {
        if (!pullOne(context, one, platform, quiet, &upToDate, &exitCode))
            return exitCode;
    }
    const Reference shown = allTags ? reference->nameOnly() : wanted.first();
    if (!quiet) {
        context.out << (upToDate ? Tr::tr("Status: Image is up to date for %1") : Tr::tr("Status: Downloaded newer image for %1"))
                           .arg(shown.familiarString()) << '\n';
    }
    context.out << shown.toString() << '\n';
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
