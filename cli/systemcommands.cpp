// system check, system df, system prune; image prune.
#include "argumentparser.h"
#include "command.h"
#include "humanformat.h"
#include "tablewriter.h"

#include "engine/engine.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

namespace {

int runCheck(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"system check"_s, QString(), Tr::tr("Verify every blob's digest and every reference of the store"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 0, 0))
        return exitCode;
    const JobResult result = waitFor(context.engine.checkStore());
    if (!result.ok)
        return reportError(context, result.error);
    const auto report = result.value.value<Store::CheckReport>();
    for (const QString &note : report.notes)
        context.out << Tr::tr("note: %1").arg(note) << '\n';
    for (const QString &problem : report.problems)
        context.err << Tr::tr("problem: %1").arg(problem) << '\n';
    if (!report.problems.isEmpty()) {
        context.err << Tr::tr("The store is inconsistent: %n problem(s).", nullptr, int(report.problems.size())) << '\n';
        context.err.flush();
        return 1;
    }
    context.out << Tr::tr("The store is consistent: %1 images, %2 blobs checked.").arg(report.imagesChecked).arg(report.blobsChecked) << '\n';
    context.out.flush();
    return 0;
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? u" (%1%)"_s.arg(part * 100 / whole) : QString();
}

int runDf(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"system df"_s, QString(), Tr::tr("Show disk usage"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 0, 0))
        return exitCode;
    const JobResult result = waitFor(context.engine.diskUsage());
    if (!result.ok)
        return reportError(context, result.error);
    const auto usage = result.value.value<Store::DiskUsage>();
    TableWriter table({Tr::tr("TYPE"), Tr::tr("TOTAL"), Tr::tr("ACTIVE"), Tr::tr("SIZE"), Tr::tr("RECLAIMABLE")});
    table.addRow({Tr::tr("Images"), QString::number(usage.images), QString::number(usage.activeImages),
                  HumanFormat::size(usage.imagesSize), HumanFormat::size(usage.reclaimable) + percent(usage.reclaimable, usage.imagesSize)});
    table.addRow({Tr::tr("Containers"), QString::number(usage.containers), u"0"_s, HumanFormat::size(usage.containersSize), HumanFormat::size(0)});
    table.write(context.out);
    return 0;
}

bool confirmed(CommandContext &context, const QString &question)
{
    context.out << question << ' ' << Tr::tr("Are you sure you want to continue? [y/N]") << ' ';
    context.out.flush();
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return false;
    const QString answer = QString::fromLocal8Bit(input.readLine()).trimmed().toLower();
    return answer == u"y" || answer == u"yes";
}

// `system prune` and `image prune` (`command` names which): both remove the dangling images (with -a
// every image no container uses) and the blobs nothing reaches any more.
int runPrune(CommandContext &context, const QStringList &arguments, const QString &command)
{
    ArgumentParser parser(command, Tr::tr("[OPTIONS]"),
                          command == u"image prune" ? Tr::tr("Remove unused images") : Tr::tr("Remove unused data"));
    parser.addFlag(u'a', u"all"_s, Tr::tr("Remove all unused images not just dangling ones"));
    parser.addFlag(u'f', u"force"_s, Tr::tr("Do not prompt for confirmation"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 0, 0))
        return exitCode;
    const bool all = parser.isSet(u"all"_s);
    const QString warning = all ? Tr::tr("WARNING! This will remove all images without at least one container associated to them.")
                                : Tr::tr("WARNING! This will remove all dangling images.");
    if (!parser.isSet(u"force"_s) && !confirmed(context, warning))
        return 0;
    const JobResult result = waitFor(context.engine.prune(all));
    if (!result.ok)
        return reportError(context, result.error);
    const auto prune = result.value.value<Store::PruneResult>();
    if (!prune.deletedImages.isEmpty()) {
        context.out << Tr::tr("Deleted Images:") << '\n';
        for (const QString &id : prune.deletedImages)
            context.out << Tr::tr("deleted: %1").arg(id) << '\n';
        context.out << '\n';
    }
    context.out << Tr::tr("Total reclaimed space: %1").arg(HumanFormat::size(prune.bytesFreed)) << '\n';
    context.out.flush();
    return 0;
}

// `system SUBCOMMAND`.
int runSystem(CommandContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == u"check")
        return runCheck(context, rest);
    if (sub == u"df")
        return runDf(context, rest);
    if (sub == u"prune")
        return runPrune(context, rest, u"system prune"_s);
    QTextStream &stream = sub.isEmpty() || sub == u"--help" ? context.out : context.err;
    if (!sub.isEmpty() && sub != u"--help")
        stream << Tr::tr("unknown command \"%1\" for \"ponton system\"").arg(sub) << "\n\n";
    stream << Tr::tr("Usage:  ponton system COMMAND") << "\n\n" << Tr::tr("Manage Ponton") << "\n\n" << Tr::tr("Commands:") << '\n'
           << "  check       " << Tr::tr("Verify every blob's digest and every reference of the store") << '\n'
           << "  df          " << Tr::tr("Show disk usage") << '\n'
           << "  prune       " << Tr::tr("Remove unused data") << '\n';
    stream.flush();
    return sub.isEmpty() || sub == u"--help" ? 0 : 125;
}

// `image SUBCOMMAND`: prune (the other image verbs have their top-level names).
int runImage(CommandContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"prune")
        return runPrune(context, arguments.mid(1), u"image prune"_s);
    QTextStream &stream = sub.isEmpty() || sub == u"--help" ? context.out : context.err;
    if (!sub.isEmpty() && sub != u"--help")
        stream << Tr::tr("unknown command \"%1\" for \"ponton image\"").arg(sub) << "\n\n";
    stream << Tr::tr("Usage:  ponton image COMMAND") << "\n\n" << Tr::tr("Manage images") << "\n\n" << Tr::tr("Commands:") << '\n'
           << "  prune       " << Tr::tr("Remove unused images") << '\n';
    stream.flush();
    return sub.isEmpty() || sub == u"--help" ? 0 : 125;
}

const bool registered = [] {
    CommandRegistry::add({"system", Command::Group::System, QT_TRANSLATE_NOOP("Ponton::Cli", "Manage Ponton"), &runSystem});
    CommandRegistry::add({"image", Command::Group::Image, QT_TRANSLATE_NOOP("Ponton::Cli", "Manage images"), &runImage});
    return true;
}();

} // namespace

} // namespace Ponton::Cli
