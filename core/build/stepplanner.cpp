// BuildExecutor::planStep: what each instruction does to the stage, how the classic builder records it
// in the history, and its cache probe.
#include "build/buildexecutorstate.h"

#include "build/buildcontext.h"
#include "build/remotesource.h"
#include "build/rootfsview.h"
#include "build/shelllexer.h"
#include "common/tr.h"
#include "store/imagestore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

QString jsonArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString joinPath(const QString &base, const QString &path)
{
    if (path.startsWith(u'/'))
        return path;
    QString joined = (base.isEmpty() ? u"/"_s : base);
    if (!joined.endsWith(u'/'))
        joined += u'/';
    return joined + path;
}

void addSorted(QStringList &list, const QString &item)
{
    if (!list.contains(item))
        list.append(item);
    list.sort();
}

// "80" → "80/tcp"; "53/UDP" → "53/udp".
QString portKey(const QString &port)
{
    const QString number = port.section(u'/', 0, 0);
    const QString protocol = port.contains(u'/') ? port.section(u'/', 1).toLower() : u"tcp"_s;
    return number + u'/' + protocol;
}

// The script a shell-form RUN with heredocs hands to the shell.
QStringList heredocCommand(const QStringList &shell, const RunInstruction &run)
{
    static const QRegularExpression onlyMarker(u"^\\s*\\d*<<-?\\s*[\"']?[A-Za-z0-9_.-]+[\"']?\\s*$"_s);
    const QString line = run.command.join(u' ');
    if (run.heredocs.size() == 1 && onlyMarker.match(line).hasMatch())
        return shell + QStringList{run.heredocs.first().content};
    QString script = line;
    for (const Heredoc &heredoc : run.heredocs) {
        script += u'\n' + heredoc.content;
        if (!script.endsWith(u'\n'))
            script += u'\n';
        script += heredoc.name;
    }
    return shell + QStringList{script};
}

} // namespace

Result<BuildExecutor::StepPlan> BuildExecutor::planStep(StageState &state, const Instruction &instruction,
                                                        const BuildContext &context)
{
    StepPlan plan;
    const Image::ImageConfig &config = state.config;
    auto expanded = [&](const QString &word) { return expand(state, word); };

    if (const auto *env = instruction.as<EnvInstruction>()) {
        QList<KeyValue> pairs;
        QStringList words;
        for (const KeyValue &pair : env->pairs) {
            Result<QString> key = expanded(pair.key);
            Result<QString> value = expanded(pair.value);
            if (!key || !value)
                return std::unexpected(key ? value.error() : key.error());
            pairs.append({*key, *value});
            words.append(*key + u'=' + *value);
        }
        plan.createdBy = nopRecord(config, u"ENV "_s + words.join(u' '));
        plan.apply = [pairs](StageState &s) {
            for (const KeyValue &pair : pairs)
                s.config.config.setEnv(pair.key, pair.value);
        };
    } else if (const auto *arg = instruction.as<ArgInstruction>()) {
        QList<QPair<QString, std::optional<QString>>> values;
        QStringList words;
        for (const ArgDefinition &definition : arg->args) {
            std::optional<QString> value;
            if (m_options.buildArgs.contains(definition.name)) {
                value = m_options.buildArgs.value(definition.name);
                std::lock_guard lock(m_usedArgsLock);
                m_usedArgs.insert(definition.name);
            } else if (definition.defaultValue) {
                Result<QString> expandedValue = expanded(*definition.defaultValue);
                if (!expandedValue)
                    return std::unexpected(expandedValue.error());
                value = *expandedValue;
            } else if (m_globalArgs.contains(definition.name)) {
                value = m_globalArgs.value(definition.name);
            }
            values.append({definition.name, value});
            words.append(definition.defaultValue ? definition.name + u'=' + *definition.defaultValue : definition.name);
        }
        plan.createdBy = nopRecord(config, u"ARG "_s + words.join(u' '));
        plan.apply = [values](StageState &s) {
            for (const auto &[name, value] : values)
                s.args.insert(name, value);
        };
    } else if (const auto *run = instruction.as<RunInstruction>()) {
        if (!run->mounts.isEmpty() || !run->network.isEmpty() || !run->security.isEmpty())
            return fail(ErrorCode::InvalidArgument, Tr::tr("the --mount, --network and --security options of RUN require BuildKit"));
        plan.kind = StepPlan::Kind::Run;
        QStringList argv = run->shellForm ? shellOf(config) + run->command : run->command;
        if (run->shellForm && !run->heredocs.isEmpty())
            argv = heredocCommand(shellOf(config), *run);
        plan.run.argv = argv;
        plan.run.env = config.config.env;
        plan.run.workingDir = config.config.workingDir;
        plan.run.user = config.config.user;
        const ShellEnvironment imageEnv = ShellLexer::environmentFromList(config.config.env);
        QStringList argWords;
        for (auto it = state.args.begin(); it != state.args.end(); ++it) {
            if (!it.value() || imageEnv.contains(it.key()))
                continue;
            plan.run.env.append(it.key() + u'=' + *it.value());
            plan.probe.args.insert(it.key(), *it.value());
            argWords.append(it.key() + u'=' + *it.value());
        }
        plan.createdBy = argWords.isEmpty() ? argv.join(u' ')
                                            : u"|%1 %2 %3"_s.arg(argWords.size()).arg(argWords.join(u' '), argv.join(u' '));
        plan.probe.instruction = argv.join(u' ');
    } else if (const auto *copy = instruction.as<CopyInstruction>()) {
        plan.kind = StepPlan::Kind::Copy;
        CopyRequest request;
        request.add = copy->add;
        for (const QString &source : copy->sources) {
            Result<QString> value = expanded(source);
            if (!value)
                return std::unexpected(value.error());
            request.sources.append(*value);
        }
        const QStringList sources = request.sources;
        Result<QString> checksum = expanded(copy->checksum);
        if (!checksum)
            return std::unexpected(checksum.error());
        if (Status usable = RemoteSource::checkChecksumUse(sources, *checksum); !usable)
            return std::unexpected(usable.error());
        if (copy->add) {
            // URLs are downloaded now, on every build: their content digest is part of the cache key.
            request.sources.clear();
            for (const QString &source : sources) {
                if (!RemoteSource::isUrl(source)) {
                    request.sources.append(source);
                    continue;
                }
                Result<InlineFile> file = RemoteSource::fetch(m_services.fetch, source, *checksum);
                if (!file)
                    return std::unexpected(file.error());
                request.heredocFiles.append(*file);
            }
        }
        for (const Heredoc &heredoc : copy->heredocs) {
            QString body = heredoc.content;
            if (heredoc.expand) {
                Result<QString> value = ShellLexer(u'\\', {true, true, false, false}).processWord(body, expansionEnv(state));
                if (value)
                    body = *value;
            }
            InlineFile file;
            file.name = heredoc.name;
            file.data = body.toUtf8();
            request.heredocFiles.append(file);
        }
        Result<QString> destination = expanded(copy->destination);
        Result<QString> chown = expanded(copy->chown);
        Result<QString> chmod = expanded(copy->chmod);
        if (!destination || !chown || !chmod)
            return std::unexpected(!destination ? destination.error() : !chown ? chown.error() : chmod.error());
        request.destination = joinPath(config.config.workingDir, *destination);
        if (destination->endsWith(u'/') && !request.destination.endsWith(u'/'))
            request.destination += u'/';
        request.chown = *chown;
        request.chmod = *chmod;
        if (m_options.sourceDateEpoch)
            request.mtimeClamp = *m_options.sourceDateEpoch;
        Result<QList<Digest>> targetSnapshots = prepareSnapshots(state);
        if (!targetSnapshots)
            return std::unexpected(targetSnapshots.error());
        const RootfsView target(m_services.runtime, *targetSnapshots);
        Result<CopyPlan> planned;
        if (copy->from.isEmpty()) {
            planned = CopyPlanner::plan(request, CopySourceTree::fromContext(context), target);
        } else {
            int fromStage = -1;
            // An earlier stage, built before this one (stageDependencies): a copy of its state, since
            // other stages may copy from it at the same time.
            for (const auto &built : m_stages) {
                if (built && built->index < state.index && (built->name == copy->from.toLower() || QString::number(built->index) == copy->from))
                    fromStage = built->index;
            }
            StageState image;
            StageState *source = &image;
            if (fromStage >= 0) {
                image = *m_stages.at(size_t(fromStage));
            } else {
                Result<Store::ImageRecord> record = baseImage(copy->from);
                if (!record)
                    return std::unexpected(record.error());
                if (Status adopted = adopt(image, record->id); !adopted)
                    return std::unexpected(adopted.error());
            }
            Result<QList<Digest>> sourceSnapshots = prepareSnapshots(*source);
            if (!sourceSnapshots)
                return std::unexpected(sourceSnapshots.error());
            const RootfsView view(m_services.runtime, *sourceSnapshots);
            planned = CopyPlanner::plan(request, CopySourceTree::fromRootfs(view, copy->from), target);
        }
        if (!planned)
            return std::unexpected(planned.error());
        plan.copy = *planned;
        for (const LayerEntry &entry : std::as_const(plan.copy.entries)) {
            if (entry.type == LayerEntry::Type::Directory)
                continue;
            if (target.locate(u'/' + entry.path))
                ++plan.filesModified;
            else
                ++plan.filesAdded;
        }
        const QString keyword = copy->add ? u"ADD"_s : u"COPY"_s;
        const QString shown = request.destination;
        plan.createdBy = shellOf(config).join(u' ') + u" #(nop) "_s + u"%1 %2 in %3 "_s.arg(keyword, plan.copy.summary, shown);
        QStringList flags;
        if (!copy->from.isEmpty())
            flags.append(u"--from="_s + copy->from);
        if (!request.chown.isEmpty())
            flags.append(u"--chown="_s + request.chown);
        if (!request.chmod.isEmpty())
            flags.append(u"--chmod="_s + request.chmod);
        if (!checksum->isEmpty())
            flags.append(u"--checksum="_s + *checksum);
        plan.probe.instruction = (QStringList{keyword} + flags + sources).join(u' ') + u" in "_s + shown;
        plan.probe.sources = plan.copy.sourceDigests;
    } else if (const auto *workdir = instruction.as<WorkdirInstruction>()) {
        Result<QString> path = expanded(workdir->path);
        if (!path)
            return std::unexpected(path.error());
        const QString dir = RootfsView::clean(joinPath(config.config.workingDir, *path));
        plan.createdBy = shellOf(config).join(u' ') + u" #(nop) WORKDIR "_s + dir;
        plan.apply = [dir](StageState &s) { s.config.config.workingDir = dir; };
        // As the classic builder, the folder is created when missing (0755, owned by root whatever USER
        // is), with the parents it lacks: a layer of those folders, else an empty layer. Only a miss
        // looks at the rootfs, so that a cached WORKDIR needs no snapshot.
        plan.onMiss = [this, dir](StageState &s, StepPlan &p) -> Status {
            Result<QList<Digest>> snapshots = prepareSnapshots(s);
            if (!snapshots)
                return std::unexpected(snapshots.error());
            const RootfsView target(m_services.runtime, *snapshots);
            QString prefix;
            for (const QString &part : dir.split(u'/', Qt::SkipEmptyParts)) {
                prefix += u'/' + part;
                if (!p.copy.entries.isEmpty() || !target.locate(prefix)) {
                    LayerEntry folder;
                    folder.type = LayerEntry::Type::Directory;
                    folder.path = prefix.mid(1);
                    folder.mode = 0755;
                    folder.mtime = m_options.sourceDateEpoch ? *m_options.sourceDateEpoch : QDateTime::currentSecsSinceEpoch();
                    p.copy.entries.append(folder);
                }
            }
            if (!p.copy.entries.isEmpty()) {
                p.kind = StepPlan::Kind::Copy;
                p.filesAdded = int(p.copy.entries.size());
            }
            return {};
        };
    } else if (const auto *user = instruction.as<UserInstruction>()) {
        Result<QString> value = expanded(user->user);
        if (!value)
            return std::unexpected(value.error());
        plan.createdBy = nopRecord(config, u"USER "_s + *value);
        plan.apply = [value = *value](StageState &s) { s.config.config.user = value; };
    } else if (const auto *cmd = instruction.as<CmdInstruction>()) {
        const QStringList command = cmd->shellForm ? shellOf(config) + cmd->command : cmd->command;
        plan.createdBy = nopRecord(config, u"CMD "_s + jsonArray(command));
        plan.apply = [command](StageState &s) {
            s.config.config.cmd = command;
            s.cmdSet = true;
        };
    } else if (const auto *entrypoint = instruction.as<EntrypointInstruction>()) {
        const QStringList command = entrypoint->shellForm ? shellOf(config) + entrypoint->command : entrypoint->command;
        plan.createdBy = nopRecord(config, u"ENTRYPOINT "_s + jsonArray(command));
        plan.apply = [command](StageState &s) {
            s.config.config.entrypoint = command;
            if (!s.cmdSet)
                s.config.config.cmd.clear();
        };
    } else if (const auto *shell = instruction.as<ShellInstruction>()) {
        plan.createdBy = nopRecord(config, u"SHELL "_s + jsonArray(shell->shell));
        plan.apply = [list = shell->shell](StageState &s) { s.config.config.shell = list; };
    } else if (const auto *label = instruction.as<LabelInstruction>()) {
        QList<KeyValue> labels;
        QStringList words;
        for (const KeyValue &pair : label->labels) {
            Result<QString> key = expanded(pair.key);
            Result<QString> value = expanded(pair.value);
            if (!key || !value)
                return std::unexpected(key ? value.error() : key.error());
            labels.append({*key, *value});
            words.append(*key + u'=' + *value);
        }
        plan.createdBy = nopRecord(config, u"LABEL "_s + words.join(u' '));
        plan.apply = [labels](StageState &s) {
            for (const KeyValue &pair : labels)
                s.config.config.labels.insert(pair.key, pair.value);
        };
    } else if (const auto *expose = instruction.as<ExposeInstruction>()) {
        QStringList ports;
        for (const QString &port : expose->ports) {
            Result<QStringList> words = ShellLexer(u'\\').processWords(port, expansionEnv(state));
            if (!words)
                return std::unexpected(words.error());
            ports += *words;
        }
        plan.createdBy = nopRecord(config, u"EXPOSE "_s + ports.join(u' '));
        plan.apply = [ports](StageState &s) {
            for (const QString &port : ports)
                addSorted(s.config.config.exposedPorts, portKey(port));
        };
    } else if (const auto *volume = instruction.as<VolumeInstruction>()) {
        QStringList volumes;
        for (const QString &path : volume->volumes) {
            Result<QString> value = expanded(path);
            if (!value)
                return std::unexpected(value.error());
            if (value->isEmpty())
                return fail(ErrorCode::InvalidArgument, Tr::tr("VOLUME specified can not be an empty string"));
            volumes.append(*value);
        }
        plan.createdBy = nopRecord(config, u"VOLUME ["_s + volumes.join(u' ') + u']');
        plan.apply = [volumes](StageState &s) {
            for (const QString &path : volumes)
                addSorted(s.config.config.volumes, path);
        };
    } else if (const auto *signal = instruction.as<StopSignalInstruction>()) {
        Result<QString> value = expanded(signal->signal);
        if (!value)
            return std::unexpected(value.error());
        plan.createdBy = nopRecord(config, u"STOPSIGNAL "_s + *value);
        plan.apply = [value = *value](StageState &s) { s.config.config.stopSignal = value; };
    } else if (const auto *health = instruction.as<HealthcheckInstruction>()) {
        Image::Healthcheck check;
        check.test = health->test;
        check.interval = health->interval.count();
        check.timeout = health->timeout.count();
        check.startPeriod = health->startPeriod.count();
        check.startInterval = health->startInterval.count();
        check.retries = health->retries;
        plan.createdBy = nopRecord(config, u"HEALTHCHECK "_s + jsonArray(health->test));
        plan.apply = [check](StageState &s) { s.config.config.healthcheck = check; };
    } else if (const auto *onbuild = instruction.as<OnbuildInstruction>()) {
        plan.createdBy = nopRecord(config, u"ONBUILD "_s + onbuild->expression);
        plan.apply = [expression = onbuild->expression](StageState &s) { s.config.config.onBuild.append(expression); };
    } else if (const auto *maintainer = instruction.as<MaintainerInstruction>()) {
        plan.createdBy = nopRecord(config, u"MAINTAINER "_s + maintainer->maintainer);
        plan.apply = [author = maintainer->maintainer](StageState &s) { s.config.author = author; };
    } else {
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1 is not supported here").arg(instruction.keyword));
    }
    return plan;
}

} // namespace Ponton::Build
