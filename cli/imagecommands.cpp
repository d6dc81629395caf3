// images, tag, rmi, history, inspect: the local image verbs, with Docker's output.
#include "argumentparser.h"
#include "command.h"
#include "humanformat.h"
#include "layerprogressprinter.h"
#include "tablewriter.h"

#include "engine/engine.h"
#include "store/imagearchiveloader.h"

#include <QJsonDocument>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

namespace {

QString imageId(const Digest &id, bool noTrunc)
{
    return noTrunc ? id.toString() : id.shortId();
}

int runImages(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"images"_s, Tr::tr("[OPTIONS] [REPOSITORY[:TAG]]"), Tr::tr("List images"));
    parser.addFlag(u'a', u"all"_s, Tr::tr("Show all images (default hides intermediate images)"));
    parser.addFlag(QChar(), u"digests"_s, Tr::tr("Show digests"));
    parser.addOption(u'f', u"filter"_s, Tr::tr("filter"), Tr::tr("Filter output based on conditions provided"));
    parser.addFlag(QChar(), u"no-trunc"_s, Tr::tr("Don't truncate output"));
    parser.addFlag(u'q', u"quiet"_s, Tr::tr("Only show image IDs"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 0, 1))
        return exitCode;
    Store::ImageListRequest request;
    request.all = parser.isSet(u"all"_s);
    request.referencePatterns = parser.positional();
    for (const QString &filter : parser.values(u"filter"_s)) {
        const QString key = filter.section(u'=', 0, 0);
        const QString value = filter.section(u'=', 1);
        if (key == u"dangling" && (value == u"true" || value == u"false"))
            request.dangling = value == u"true";
        else if (key == u"reference" && !value.isEmpty())
            request.referencePatterns.append(value);
        else
            return reportError(context, {ErrorCode::InvalidArgument, Tr::tr("invalid filter '%1'").arg(filter), {}}, 125);
    }
    const JobResult result = waitFor(context.engine.listImages(request));
    if (!result.ok)
        return reportError(context, result.error);
    const auto rows = result.value.value<QList<Store::ImageRow>>();
    const bool noTrunc = parser.isSet(u"no-trunc"_s);
    if (parser.isSet(u"quiet"_s)) {
        for (const Store::ImageRow &row : rows)
            context.out << imageId(row.id, noTrunc) << '\n';
        context.out.flush();
        return 0;
    }
    const bool digests = parser.isSet(u"digests"_s);
    QStringList header{Tr::tr("REPOSITORY"), Tr::tr("TAG")};
    if (digests)
        header.append(Tr::tr("DIGEST"));
    header << Tr::tr("IMAGE ID") << Tr::tr("CREATED") << Tr::tr("SIZE");
    TableWriter table(header);
    for (const Store::ImageRow &row : rows) {
        QStringList cells{row.repository, row.tag};
        if (digests)
            cells.append(row.digest);
        cells << imageId(row.id, noTrunc) << HumanFormat::ago(row.created) << HumanFormat::size(row.size);
        table.addRow(cells);
    }
    table.write(context.out);
    return 0;
}

int runTag(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"tag"_s, Tr::tr("SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]"),
                          Tr::tr("Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 2, 2))
        return exitCode;
    const JobResult result = waitFor(context.engine.tagImage(parser.positional().at(0), parser.positional().at(1)));
    return result.ok ? 0 : reportError(context, result.error);
}

int runRmi(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"rmi"_s, Tr::tr("[OPTIONS] IMAGE [IMAGE...]"), Tr::tr("Remove one or more images"));
    parser.addFlag(u'f', u"force"_s, Tr::tr("Force removal of the image"));
    parser.addFlag(QChar(), u"no-prune"_s, Tr::tr("Do not delete untagged parents"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1))
        return exitCode;
    const JobResult result = waitFor(context.engine.removeImages(parser.positional(), parser.isSet(u"force"_s),
                                                                 !parser.isSet(u"no-prune"_s)));
    if (!result.ok)
        return reportError(context, result.error);
    const auto removal = result.value.value<Store::RemovalResult>();
    for (const Store::RemovalLine &line : removal.lines) {
        const bool untagged = line.kind == Store::RemovalLine::Kind::Untagged;
        context.out << (untagged ? Tr::tr("Untagged: %1") : Tr::tr("Deleted: %1")).arg(line.subject) << '\n';
    }
    context.out.flush();
    for (const Error &error : removal.errors)
        reportError(context, error);
    return removal.errors.isEmpty() ? 0 : 1;
}

QString ellipsis(const QString &text, qsizetype width)
{
    return text.size() <= width ? text : text.left(width - 1) + u"…"_s;
}

int runHistory(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"history"_s, Tr::tr("[OPTIONS] IMAGE"), Tr::tr("Show the history of an image"));
    parser.addFlag(u'H', u"human"_s, Tr::tr("Print sizes and dates in human readable format (default true)"));
    parser.addFlag(QChar(), u"no-trunc"_s, Tr::tr("Don't truncate output"));
    parser.addFlag(u'q', u"quiet"_s, Tr::tr("Only show image IDs"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1, 1))
        return exitCode;
    const JobResult result = waitFor(context.engine.history(parser.positional().first()));
    if (!result.ok)
        return reportError(context, result.error);
    const auto rows = result.value.value<QList<Store::HistoryRow>>();
    const bool noTrunc = parser.isSet(u"no-trunc"_s);
    auto shownId = [noTrunc](const QString &image) {
        return image.startsWith(u"sha256:") && !noTrunc ? image.mid(7, 12) : image;
    };
    if (parser.isSet(u"quiet"_s)) {
        for (const Store::HistoryRow &row : rows)
            context.out << shownId(row.image) << '\n';
        context.out.flush();
        return 0;
    }
    TableWriter table({Tr::tr("IMAGE"), Tr::tr("CREATED"), Tr::tr("CREATED BY"), Tr::tr("SIZE"), Tr::tr("COMMENT")});
    for (const Store::HistoryRow &row : rows) {
        const QString createdBy = noTrunc ? row.createdBy : ellipsis(row.createdBy, 45);
        table.addRow({shownId(row.image), HumanFormat::ago(row.created), createdBy, HumanFormat::size(row.size), row.comment});
    }
    table.write(context.out);
    return 0;
}

int runInspect(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"inspect"_s, Tr::tr("[OPTIONS] IMAGE [IMAGE...]"), Tr::tr("Display detailed information on one or more images"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1))
        return exitCode;
    const JobResult result = waitFor(context.engine.inspectImages(parser.positional()));
    if (!result.ok)
        return reportError(context, result.error);
    const auto inspection = result.value.value<Store::InspectResult>();
    context.out << QString::fromUtf8(QJsonDocument(inspection.objects).toJson(QJsonDocument::Indented));
    context.out.flush();
    for (const Error &error : inspection.errors)
        reportError(context, error);
    return inspection.errors.isEmpty() ? 0 : 1;
}

int runSave(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"save"_s, Tr::tr("[OPTIONS] IMAGE [IMAGE...]"),
                          Tr::tr("Save one or more images to a tar archive (streamed to STDOUT by default)"));
    parser.addOption(QChar(), u"format"_s, Tr::tr("string"), Tr::tr("Archive format: \"docker\" (docker-archive, the default) or \"oci\""));
    parser.addOption(u'o', u"output"_s, Tr::tr("string"), Tr::tr("Write to a file, instead of STDOUT"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 1))
        return exitCode;
    const QString format = parser.isSet(u"format"_s) ? parser.value(u"format"_s) : u"docker"_s;
    if (format != u"docker" && format != u"oci")
        return reportError(context, {ErrorCode::InvalidArgument, Tr::tr("unknown archive format \"%1\": use docker or oci").arg(format), {}}, 125);
    const QString output = parser.value(u"output"_s);
    if ((output.isEmpty() || output == u"-") && isatty(STDOUT_FILENO))
        return reportError(context, {ErrorCode::InvalidArgument, Tr::tr("cowardly refusing to save to a terminal. Use the -o flag or redirect"), {}});
    const JobResult result = waitFor(context.engine.saveImages(parser.positional(), format == u"oci", output == u"-" ? QString() : output));
    return result.ok ? 0 : reportError(context, result.error);
}

int runLoad(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"load"_s, Tr::tr("[OPTIONS]"), Tr::tr("Load an image from a tar archive or STDIN"));
    parser.addOption(u'i', u"input"_s, Tr::tr("string"), Tr::tr("Read from tar archive file, instead of STDIN"));
    parser.addFlag(u'q', u"quiet"_s, Tr::tr("Suppress the load output"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 0, 0))
        return exitCode;
    const QString input = parser.value(u"input"_s);
    if ((input.isEmpty() || input == u"-") && isatty(STDIN_FILENO))
        return reportError(context, {ErrorCode::InvalidArgument, Tr::tr("requested load from stdin, but stdin is empty"), {}});
    // As Docker: the layers' progress on a terminal only (a bar while a layer is read from the archive, full
    // once it is unpacked); the note that nothing was unpacked always.
    Job *job = context.engine.loadImages(input == u"-" ? QString() : input);
    LayerProgressPrinter printer(context.out, isatty(STDOUT_FILENO));
    const bool showLayers = !parser.isSet(u"quiet"_s) && isatty(STDOUT_FILENO);
    QObject::connect(job, &Job::progress, job, [&](const ProgressEvent &event) {
        if (event.state == u"unpack-deferred") {
            context.err << event.message << '\n';
            context.err.flush();
        } else if ((event.state == u"reading" || event.state == u"loading") && showLayers) {
            printer.show(event);
        }
    });
    const JobResult result = waitFor(job);
    if (!result.ok)
        return reportError(context, result.error);
    if (!parser.isSet(u"quiet"_s)) {
        for (const QString &line : result.value.value<Store::LoadResult>().lines)
            context.out << line << '\n';
        context.out.flush();
    }
    return 0;
}

const bool registered = [] {
    CommandRegistry::add({"images", Command::Group::Image, QT_TRANSLATE_NOOP("Ponton::Cli", "List images"), &runImages});
    CommandRegistry::add({"tag", Command::Group::Image, QT_TRANSLATE_NOOP("Ponton::Cli", "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE"), &runTag});
    CommandRegistry::add({"rmi", Command::Group::Image, QT_TRANSLATE_NOOP("Ponton::Cli", "Remove one or more images"), &runRmi});
    CommandRegistry::add({"history", Command::Group::Image, QT_TRANSLATE_NOOP("Ponton::Cli", "Show the history of an image"), &runHistory});
    CommandRegistry::add({"inspect", Command::Group::Image, QT_TRANSLATE_NOOP("Ponton::Cli", "Display detailed information on one or more images"), &runInspect});
    CommandRegistry::add({"save", Command::Group::Image, QT_TRANSLATE_NOOP("Ponton::Cli", "Save one or more images to a tar archive (streamed to STDOUT by default)"), &runSave});
    CommandRegistry::add({"load", Command::Group::Image, QT_TRANSLATE_NOOP("Ponton::Cli", "Load an image from a tar archive or STDIN"), &runLoad});
    return true;
}();

} // namespace

} // namespace Ponton::Cli
