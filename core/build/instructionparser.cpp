#include "build/instructionparser.h"

#include "build/goduration.h"
#include "build/instructionflags.h"
#include "build/signalname.h"
#include "common/tr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Type = Ponton::Build::InstructionFlags::Type;

namespace Ponton::Build {

namespace {

std::unexpected<Error> invalid(const QString &message)
{
    return fail(ErrorCode::InvalidArgument, message);
}

std::unexpected<Error> atLeastOne(const Node &node)
{
    return invalid(Tr::tr("%1 requires at least one argument").arg(node.keyword.toUpper()));
}

QString upper(const Node &node)
{
    return node.keyword.toUpper();
}

Status noFlags(const Node &node)
{
    return InstructionFlags().parse(node.flags);
}

// Key/value triplets of ENV and LABEL (key, value, separator).
Result<QList<KeyValue>> pairs(const Node &node, bool *legacy)
{
    if (node.arguments.isEmpty())
        return atLeastOne(node);
    QList<KeyValue> result;
    for (qsizetype i = 0; i + 1 < node.arguments.size(); i += 3) {
        if (node.arguments.at(i).isEmpty())
            return invalid(Tr::tr("%1 names can not be blank").arg(upper(node)));
        result.append({node.arguments.at(i), node.arguments.at(i + 1)});
        *legacy = i + 2 < node.arguments.size() && node.arguments.at(i + 2).isEmpty();
    }
    return result;
}

QString chomped(const QString &content)
{
    QStringList lines = content.split(u'\n');
    for (QString &line : lines) {
        qsizetype tabs = 0;
        while (tabs < line.size() && line[tabs] == u'\t')
            ++tabs;
        line.remove(0, tabs);
    }
    return lines.join(u'\n');
}

QList<Heredoc> chompedHeredocs(QList<Heredoc> heredocs)
{
    for (Heredoc &heredoc : heredocs) {
        if (heredoc.chomp)
            heredoc.content = chomped(heredoc.content);
    }
    return heredocs;
}

bool isValidChmod(const QString &chmod)
{
    static const QRegularExpression octal(u"^[0-7]{1,4}$"_s);
    static const QRegularExpression symbolic(u"^[ugoa]*[-+=][rwxXst]*(,[ugoa]*[-+=][rwxXst]*)*$"_s);
    return chmod.contains(u'$') || octal.match(chmod).hasMatch() || symbolic.match(chmod).hasMatch();
}

bool isValidPort(const QString &port)
{
    static const QRegularExpression spec(u"^(\\d+)(?:-(\\d+))?(?:/(tcp|udp|sctp))?$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    if (port.contains(u'$'))
        return true;
    const QRegularExpressionMatch match = spec.match(port);
    if (!match.hasMatch())
        return false;
    const uint first = match.captured(1).toUInt();
    const uint last = match.captured(2).isEmpty() ? first : match.captured(2).toUInt();
    return first <= 65535 && last <= 65535 && first <= last;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::unexpected<Error> unknownInstruction(const Node &node)
{
    const QString keyword = node.writtenKeyword.toUpper();
    QString closest;
    int best = 3; // suggest only keywords at most two edits away
    for (const QString &known : InstructionParser::keywords()) {
        const int distance = editDistance(keyword, known);
        if (distance < best && keyword.size() > 2) {
            best = distance;
            closest = known;
        }
    }
    if (!closest.isEmpty())
        return invalid(Tr::tr("unknown instruction: %1 (did you mean %2?)").arg(keyword, closest));
    return invalid(Tr::tr("unknown instruction: %1").arg(keyword));
}

Result<std::chrono::nanoseconds> interval(const InstructionFlags &flags, const QString &name)
{
    const QString value = flags.string(name);
    if (value.isEmpty())
        return std::chrono::nanoseconds(0);
    const Result<std::chrono::nanoseconds> duration = GoDuration::parse(value);
    if (!duration)
        return invalid(Tr::tr("--%1: %2").arg(name, duration.error().message));
    if (duration->count() == 0)
        return *duration;
    if (*duration < std::chrono::milliseconds(1))
        return invalid(Tr::tr("Interval \"%1\" cannot be less than 1ms").arg(name));
    return *duration;
}

} // namespace

const QStringList &InstructionParser::keywords()
{
    static const QStringList all = {
        u"ADD"_s, u"ARG"_s, u"CMD"_s, u"COPY"_s, u"ENTRYPOINT"_s, u"ENV"_s, u"EXPOSE"_s, u"FROM"_s,
        u"HEALTHCHECK"_s, u"LABEL"_s, u"MAINTAINER"_s, u"ONBUILD"_s, u"RUN"_s, u"SHELL"_s,
        u"STOPSIGNAL"_s, u"USER"_s, u"VOLUME"_s, u"WORKDIR"_s,
    };
    return all;
}

Result<Instruction> InstructionParser::parse(const Node &node)
{
    Result<InstructionData> data = dispatch(node);
    if (!data)
        return std::unexpected(data.error());
    Instruction instruction;
    instruction.data = std::move(*data);
    instruction.keyword = upper(node);
    instruction.original = node.original.trimmed();
    instruction.startLine = node.startLine;
    instruction.endLine = node.endLine;
    return instruction;
}

Result<InstructionData> InstructionParser::dispatch(const Node &node)
{
    const QString &k = node.keyword;
    if (k == u"from") return from(node);
    if (k == u"arg") return arg(node);
    if (k == u"env") return env(node);
    if (k == u"label") return label(node);
    if (k == u"run") return run(node);
    if (k == u"copy" || k == u"add") return copy(node, k == u"add");
    if (k == u"cmd" || k == u"entrypoint") return command(node, k == u"entrypoint");
    if (k == u"shell") return shell(node);
    if (k == u"workdir" || k == u"user" || k == u"maintainer") return single(node);
    if (k == u"expose") return expose(node);
    if (k == u"volume") return volume(node);
    if (k == u"stopsignal") return stopSignal(node);
    if (k == u"healthcheck") return healthcheck(node);
    if (k == u"onbuild") return onbuild(node);
    return unknownInstruction(node);
}

Result<InstructionData> InstructionParser::from(const Node &node)
{
    InstructionFlags flags;
    if (const Status parsed = flags.accept(u"platform"_s, Type::String).parse(node.flags); !parsed)
        return std::unexpected(parsed.error());
    const QStringList &args = node.arguments;
    if (args.size() != 1 && !(args.size() == 3 && args.at(1).compare(u"as"_s, Qt::CaseInsensitive) == 0))
        return invalid(Tr::tr("FROM requires either one or three arguments"));
    FromInstruction instruction{args.first(), {}, flags.string(u"platform"_s)};
    if (args.size() == 3) {
        static const QRegularExpression validName(u"^[a-z][a-z0-9\\-_.]*$"_s);
        instruction.stageName = args.at(2).toLower();
        if (!validName.match(instruction.stageName).hasMatch()) {
            return invalid(Tr::tr("invalid name for build stage: \"%1\", name can't start with a number "
                                  "or contain symbols").arg(args.at(2)));
        }
    }
    return instruction;
}

Result<InstructionData> InstructionParser::arg(const Node &node)
{
    if (const Status parsed = noFlags(node); !parsed)
        return std::unexpected(parsed.error());
    if (node.arguments.isEmpty())
        return atLeastOne(node);
    ArgInstruction instruction;
    for (const QString &word : node.arguments) {
        const qsizetype equals = word.indexOf(u'=');
        ArgDefinition definition{equals < 0 ? word : word.left(equals), std::nullopt};
        if (equals >= 0)
            definition.defaultValue = word.mid(equals + 1);
        if (definition.name.isEmpty())
            return invalid(Tr::tr("ARG names can not be blank"));
        instruction.args.append(definition);
    }
    return instruction;
}

Result<InstructionData> InstructionParser::env(const Node &node)
{
    if (const Status parsed = noFlags(node); !parsed)
        return std::unexpected(parsed.error());
    EnvInstruction instruction;
    Result<QList<KeyValue>> found = pairs(node, &instruction.legacyForm);
    if (!found)
        return std::unexpected(found.error());
    instruction.pairs = std::move(*found);
    return instruction;
}

Result<InstructionData> InstructionParser::label(const Node &node)
{
    if (const Status parsed = noFlags(node); !parsed)
        return std::unexpected(parsed.error());
    LabelInstruction instruction;
    Result<QList<KeyValue>> found = pairs(node, &instruction.legacyForm);
    if (!found)
        return std::unexpected(found.error());
    instruction.labels = std::move(*found);
    return instruction;
}

Result<InstructionData> InstructionParser::run(const Node &node)
{
    InstructionFlags flags;
    flags.accept(u"mount"_s, Type::Strings).accept(u"network"_s, Type::String).accept(u"security"_s, Type::String);
    if (const Status parsed = flags.parse(node.flags); !parsed)
        return std::unexpected(parsed.error());
    if (node.arguments.isEmpty())
        return atLeastOne(node);
    RunInstruction instruction;
    instruction.shellForm = !node.json;
    instruction.command = node.arguments;
    instruction.heredocs = chompedHeredocs(node.heredocs);
    instruction.mounts = flags.strings(u"mount"_s);
    instruction.network = flags.string(u"network"_s);
    instruction.security = flags.string(u"security"_s);
    return instruction;
}

Result<InstructionData> InstructionParser::copy(const Node &node, bool add)
{
    InstructionFlags flags;
    flags.accept(u"chown"_s, Type::String).accept(u"chmod"_s, Type::String).accept(u"link"_s, Type::Bool)
        .accept(u"exclude"_s, Type::Strings);
    if (add) {
        flags.accept(u"checksum"_s, Type::String).accept(u"keep-git-dir"_s, Type::Bool)
            .accept(u"unpack"_s, Type::Bool);
    } else {
        flags.accept(u"from"_s, Type::String).accept(u"parents"_s, Type::Bool);
    }
    if (const Status parsed = flags.parse(node.flags); !parsed)
        return std::unexpected(parsed.error());
    Result<CopyInstruction> instruction = copySources(node);
    if (!instruction)
        return std::unexpected(instruction.error());
    instruction->add = add;
    instruction->from = flags.string(u"from"_s);
    instruction->chown = flags.string(u"chown"_s);
    instruction->chmod = flags.string(u"chmod"_s);
    if (!instruction->chmod.isEmpty() && !isValidChmod(instruction->chmod))
        return invalid(Tr::tr("invalid chmod parameter: %1").arg(instruction->chmod));
    instruction->link = flags.boolean(u"link"_s);
    instruction->parents = flags.boolean(u"parents"_s);
    instruction->excludes = flags.strings(u"exclude"_s);
    instruction->checksum = flags.string(u"checksum"_s);
    instruction->keepGitDir = flags.boolean(u"keep-git-dir"_s);
    if (flags.isSet(u"unpack"_s))
        instruction->unpack = flags.boolean(u"unpack"_s);
    return std::move(*instruction);
}

// Sources and destination of COPY / ADD; sources written as heredoc markers become heredocs.
Result<CopyInstruction> InstructionParser::copySources(const Node &node)
{
    if (node.arguments.size() < 2) {
        return invalid(Tr::tr("%1 requires at least two arguments, but only one was provided. "
                              "Destination could not be determined").arg(upper(node)));
    }
    CopyInstruction instruction;
    instruction.jsonForm = node.json;
    instruction.destination = node.arguments.last();
    const auto marker = [&node](const QString &word) {
        return node.json ? std::nullopt : Heredoc::fromWord(word).value_or(std::nullopt);
    };
    if (marker(instruction.destination))
        return invalid(Tr::tr("%1 cannot accept a heredoc as a destination").arg(upper(node)));
    const QList<Heredoc> bodies = chompedHeredocs(node.heredocs);
    for (const QString &source : node.arguments.first(node.arguments.size() - 1)) {
        const std::optional<Heredoc> heredoc = marker(source);
        if (!heredoc) {
            instruction.sources.append(source);
            continue;
        }
        for (const Heredoc &body : bodies) {
            if (body.name == heredoc->name) {
                instruction.heredocs.append(body);
                break;
            }
        }
    }
    return instruction;
}

Result<InstructionData> InstructionParser::command(const Node &node, bool entrypoint)
{
    if (const Status parsed = noFlags(node); !parsed)
        return std::unexpected(parsed.error());
    if (entrypoint)
        return EntrypointInstruction{node.arguments, !node.json};
    return CmdInstruction{node.arguments, !node.json};
}

Result<InstructionData> InstructionParser::shell(const Node &node)
{
    if (const Status parsed = noFlags(node); !parsed)
        return std::unexpected(parsed.error());
    if (!node.arguments.isEmpty() && !node.json)
        return invalid(Tr::tr("SHELL requires the arguments to be in JSON form"));
    if (node.arguments.isEmpty())
        return atLeastOne(node);
    return ShellInstruction{node.arguments};
}

// WORKDIR, USER and MAINTAINER: one value, the rest of the line.
Result<InstructionData> InstructionParser::single(const Node &node)
{
    if (const Status parsed = noFlags(node); !parsed)
        return std::unexpected(parsed.error());
    if (node.arguments.size() != 1 || node.arguments.first().isEmpty())
        return invalid(Tr::tr("%1 requires exactly one argument").arg(upper(node)));
    const QString value = node.arguments.first();
    if (node.keyword == u"workdir")
        return WorkdirInstruction{value};
    if (node.keyword == u"user")
        return UserInstruction{value};
    return MaintainerInstruction{value};
}

Result<InstructionData> InstructionParser::expose(const Node &node)
{
    if (const Status parsed = noFlags(node); !parsed)
        return std::unexpected(parsed.error());
    if (node.arguments.isEmpty())
        return atLeastOne(node);
    for (const QString &port : node.arguments) {
        if (!isValidPort(port))
            return invalid(Tr::tr("invalid port specification: \"%1\"").arg(port));
    }
    return ExposeInstruction{node.arguments};
}

Result<InstructionData> InstructionParser::volume(const Node &node)
{
    if (const Status parsed = noFlags(node); !parsed)
        return std::unexpected(parsed.error());
    if (node.arguments.isEmpty())
        return atLeastOne(node);
    VolumeInstruction instruction;
    for (const QString &volume : node.arguments) {
        if (volume.trimmed().isEmpty())
            return invalid(Tr::tr("VOLUME specified can not be an empty string"));
        instruction.volumes.append(volume.trimmed());
    }
    return instruction;
}

Result<InstructionData> InstructionParser::stopSignal(const Node &node)
{
    if (const Status parsed = noFlags(node); !parsed)
        return std::unexpected(parsed.error());
    if (node.arguments.size() != 1)
        return invalid(Tr::tr("%1 requires exactly one argument").arg(upper(node)));
    const QString signal = node.arguments.first();
    if (!signal.contains(u'$') && !SignalName::parse(signal))
        return invalid(Tr::tr("invalid signal: %1").arg(signal));
    return StopSignalInstruction{signal};
}

Result<InstructionData> InstructionParser::healthcheck(const Node &node)
{
    InstructionFlags flags;
    for (const QString &name : {u"interval"_s, u"timeout"_s, u"start-period"_s, u"start-interval"_s, u"retries"_s})
        flags.accept(name, Type::String);
    if (const Status parsed = flags.parse(node.flags); !parsed)
        return std::unexpected(parsed.error());
    if (node.arguments.isEmpty())
        return atLeastOne(node);
    const QString type = node.arguments.first().toUpper();
    const QStringList rest = node.arguments.mid(1);
    HealthcheckInstruction instruction;
    if (type == u"NONE") {
        if (!rest.isEmpty())
            return invalid(Tr::tr("HEALTHCHECK NONE takes no arguments"));
        instruction.test = {u"NONE"_s};
        return instruction;
    }
    if (type != u"CMD")
        return invalid(Tr::tr("Unknown type \"%1\" in HEALTHCHECK (try CMD)").arg(node.arguments.first()));
    if (rest.isEmpty() || (!node.json && rest.first().isEmpty()))
        return invalid(Tr::tr("Missing command after HEALTHCHECK CMD"));
    instruction.test = node.json ? QStringList{u"CMD"_s} + rest : QStringList{u"CMD-SHELL"_s, rest.first()};
    const auto durations = {std::pair{u"interval"_s, &instruction.interval},
                            std::pair{u"timeout"_s, &instruction.timeout},
                            std::pair{u"start-period"_s, &instruction.startPeriod},
                            std::pair{u"start-interval"_s, &instruction.startInterval}};
    for (const auto &[name, target] : durations) {
        const Result<std::chrono::nanoseconds> value = interval(flags, name);
        if (!value)
            return std::unexpected(value.error());
        *target = *value;
    }
    bool ok = true;
    const QString retries = flags.string(u"retries"_s);
    instruction.retries = retries.isEmpty() ? 0 : retries.toInt(&ok);
    if (!ok)
        return invalid(Tr::tr("invalid value for --retries: %1").arg(retries));
    if (instruction.retries < 0)
        return invalid(Tr::tr("--retries cannot be negative (%1)").arg(instruction.retries));
    return instruction;
}

Result<InstructionData> InstructionParser::onbuild(const Node &node)
{
    if (const Status parsed = noFlags(node); !parsed)
        return std::unexpected(parsed.error());
    if (node.children.empty())
        return atLeastOne(node);
    const Node &trigger = node.children.front();
    const QString keyword = trigger.writtenKeyword.toUpper();
    if (keyword == u"ONBUILD")
        return invalid(Tr::tr("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"));
    if (keyword == u"FROM" || keyword == u"MAINTAINER")
        return invalid(Tr::tr("%1 isn't allowed as an ONBUILD trigger").arg(keyword));
    if (const Result<Instruction> checked = parse(trigger); !checked)
        return std::unexpected(checked.error());
    static const QRegularExpression prefix(u"^\\s*ONBUILD\\s*"_s, QRegularExpression::CaseInsensitiveOption);
    QString expression = node.original;
    expression.remove(prefix);
    expression = expression.trimmed();
    for (const Heredoc &heredoc : node.heredocs)
        expression += u'\n' + heredoc.content + heredoc.name; // the trigger re-parses with its bodies
    return OnbuildInstruction{expression, keyword};
}

} // namespace Ponton::Build
