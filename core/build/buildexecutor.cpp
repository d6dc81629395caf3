#include "build/buildexecutor.h"

#include "build/buildcache.h"
#include "build/buildexecutorstate.h"
#include "build/buildcontext.h"
#include "build/copyplanner.h"
#include "build/layerbuilder.h"
#include "build/rootfsview.h"
#include "build/runstep.h"
#include "build/shelllexer.h"
#include "build/stageeventorder.h"
#include "common/tr.h"
#include "image/manifestwriter.h"
#include "image/mediatypes.h"
#include "runtime/runtimeclient.h"
#include "runtime/snapshotpreparer.h"
#include "store/imagestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <condition_variable>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

// The --from of each COPY among a base image's ONBUILD triggers.
QStringList copySourcesOfTriggers(const QStringList &triggers, const QString &fileName)
{
    QStringList sources;
    for (const QString &trigger : triggers) {
        const Result<Dockerfile> parsed = Dockerfile::parse((u"FROM scratch\n"_s + trigger + u'\n').toUtf8(), fileName);
        if (!parsed || parsed->stages().isEmpty())
            continue;
        for (const Instruction &instruction : parsed->stages().first().instructions) {
            if (const auto *copy = instruction.as<CopyInstruction>(); copy && !copy->from.isEmpty())
                sources.append(copy->from);
        }
    }
    return sources;
}

// The index of the stage before `before` that `from` (a COPY's --from: a name or an index) names, or -1.
int earlierStageNamed(const Dockerfile &dockerfile, const QString &from, int before)
{
    for (const Stage &other : dockerfile.stages()) {
        if (other.index < before && (other.name == from.toLower() || QString::number(other.index) == from))
            return other.index;
    }
    return -1;
}

QString quoteLabel(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"$"_s, u"\\$"_s);
    return u'"' + quoted + u'"';
}

QString missText(CacheMissReason reason, const QString &detail)
{
    switch (reason) {
    case CacheMissReason::CacheDisabled: return Tr::tr("cache disabled (--no-cache)");
    case CacheMissReason::NotBuiltBefore: return Tr::tr("no cached step for this instruction");
    case CacheMissReason::ChangedInstruction: return Tr::tr("the instruction changed");
    case CacheMissReason::ChangedBuildArg: return Tr::tr("build argument %1 changed").arg(detail);
    case CacheMissReason::ChangedFile: return Tr::tr("file %1 changed").arg(detail);
    case CacheMissReason::DifferentParent: return Tr::tr("the parent image is different");
    case CacheMissReason::EarlierMiss: return Tr::tr("an earlier step was rebuilt");
    case CacheMissReason::None: break;
    }
    return {};
}

} // namespace

QStringList shellOf(const Image::ImageConfig &config)
{
    return config.config.shell.isEmpty() ? QStringList{u"/bin/sh"_s, u"-c"_s} : config.config.shell;
}

QString nopRecord(const Image::ImageConfig &config, const QString &what)
{
    return (shellOf(config) + QStringList{u"#(nop) "_s, what}).join(u' ');
}

BuildExecutor::BuildExecutor(BuildServices services, BuildOptions options)
    : m_services(std::move(services)), m_options(std::move(options)),
      m_cache(std::make_unique<BuildCache>(*m_services.store))
{
    // Every wait of a step (RUN, layer writes, snapshots) also stops when another stage failed.
    m_services.canceled = [this, outer = m_services.canceled] { return m_failed || (outer && outer()); };
}

BuildExecutor::~BuildExecutor() = default;

Image::Timestamp BuildExecutor::now() const
{
    if (m_options.sourceDateEpoch)
        return Image::Timestamp::fromSecsSinceEpoch(*m_options.sourceDateEpoch);
    return Image::Timestamp(QDateTime::currentDateTimeUtc());
}

BuildEvent BuildExecutor::event(const StageState &state, BuildEvent::Kind kind) const
{
    BuildEvent e;
    e.kind = kind;
    e.step = state.step;
    e.stepCount = m_stepCount;
    e.stage = state.index;
    e.file = m_fileName;
    if (state.instruction) {
        e.line = state.instruction->startLine;
        e.instruction = state.instruction->original;
    }
    return e;
}

void BuildExecutor::emitEvent(const BuildEvent &event) const
{
    m_events->emitEvent(event);
}

QHash<QString, QString> BuildExecutor::expansionEnv(const StageState &state) const
{
    ShellEnvironment env = ShellLexer::environmentFromList(state.config.config.env);
    for (auto it = state.args.begin(); it != state.args.end(); ++it) {
        if (it.value() && !env.contains(it.key()))
            env.insert(it.key(), *it.value());
    }
    return env;
}

Result<QString> BuildExecutor::expand(const StageState &state, const QString &word) const
{
    return ShellLexer(u'\\').processWord(word, expansionEnv(state));
}

Result<QList<QSet<int>>> BuildExecutor::stageDependencies(const Dockerfile &dockerfile) const
{
    ShellEnvironment globals;
    for (auto it = m_globalArgs.begin(); it != m_globalArgs.end(); ++it)
        globals.insert(it.key(), it.value());
    QList<QSet<int>> dependencies;
    for (const Stage &stage : dockerfile.stages()) {
        QSet<int> needs;
        Result<QString> base = ShellLexer(dockerfile.escapeToken()).processWord(stage.baseImage, globals);
        if (!base)
            return std::unexpected(base.error());
        // The stages its COPY --from name, and those its base's ONBUILD COPY --from triggers name: the
        // base's ONBUILD instructions when it is an earlier stage, its config's when it is an image already
        // in the store.
        QStringList sources;
        if (const int earlier = dockerfile.stageIndex(*base); earlier >= 0 && earlier < stage.index) {
            needs.insert(earlier);
            QStringList triggers;
            for (const Instruction &instruction : dockerfile.stages().at(earlier).instructions) {
                if (const auto *onbuild = instruction.as<OnbuildInstruction>())
                    triggers.append(onbuild->expression);
            }
            sources = copySourcesOfTriggers(triggers, m_fileName);
        } else if (m_services.store) {
            if (const Result<Store::ImageRecord> record = m_services.store->resolve(*base)) {
                if (const Result<Image::ImageConfig> config = m_services.store->config(*record))
                    sources = copySourcesOfTriggers(config->config.onBuild, m_fileName);
            }
        }
        for (const Instruction &instruction : stage.instructions) {
            if (const auto *copy = instruction.as<CopyInstruction>(); copy && !copy->from.isEmpty())
                sources.append(copy->from);
        }
        for (const QString &from : std::as_const(sources)) {
            if (const int earlier = earlierStageNamed(dockerfile, from, stage.index); earlier >= 0)
                needs.insert(earlier);
        }
        dependencies.append(needs);
    }
    return dependencies;
}

Result<BuildOutcome> BuildExecutor::run(const Dockerfile &dockerfile, const BuildContext &context)
{
    m_fileName = context.dockerfileName();
    const int target = m_options.target.isEmpty() ? int(dockerfile.stages().size()) - 1 : dockerfile.stageIndex(m_options.target);
    if (target < 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("failed to reach build target %1 in Dockerfile").arg(m_options.target));
    // The global ARGs, then the stages the target needs; the others are not built (as BuildKit).
    ShellEnvironment globals;
    StageState preamble;
    m_stepCount = int(dockerfile.globalArgs().size());
    for (const Instruction &instruction : dockerfile.globalArgs()) {
        for (const ArgDefinition &arg : instruction.as<ArgInstruction>()->args) {
            std::optional<QString> value;
            if (m_options.buildArgs.contains(arg.name)) {
                value = m_options.buildArgs.value(arg.name);
                m_usedArgs.insert(arg.name);
            } else if (arg.defaultValue) {
                Result<QString> expanded = ShellLexer(dockerfile.escapeToken()).processWord(*arg.defaultValue, globals);
                if (!expanded)
                    return std::unexpected(expanded.error());
                value = *expanded;
            }
            if (value) {
                globals.insert(arg.name, *value);
                m_globalArgs.insert(arg.name, *value);
            }
        }
    }
    Result<QList<QSet<int>>> dependencies = stageDependencies(dockerfile);
    if (!dependencies)
        return std::unexpected(dependencies.error());
    m_dependencies = *dependencies;
    QSet<int> needed{target};
    for (int index = target; index >= 0; --index) {
        if (needed.contains(index))
            needed.unite(dependencies->at(index));
    }
    QList<int> stages;
    m_stages.resize(dockerfile.stages().size());
    for (const Stage &stage : dockerfile.stages()) {
        if (!needed.contains(stage.index))
            continue;
        stages.append(stage.index);
        auto state = std::make_unique<StageState>();
        state->index = stage.index;
        state->name = stage.name;
        state->step = m_stepCount;  // of the step before its FROM: each step counts itself
        m_stepCount += 1 + int(stage.instructions.size()) + (stage.index == target && !m_options.labels.isEmpty() ? 1 : 0);
        m_stages[size_t(stage.index)] = std::move(state);
    }
    m_events = std::make_unique<StageEventOrder>(stages, m_services.report);
    for (const Instruction &instruction : dockerfile.globalArgs()) {
        ++preamble.step;
        preamble.instruction = &instruction;
        m_events->emitEvent(event(preamble, BuildEvent::Kind::StepStarted), true);
    }
    const Status built = buildStages(dockerfile, context, stages, *dependencies);
    if (!built)
        return std::unexpected(built.error());
    QStringList unused;
    for (auto it = m_options.buildArgs.begin(); it != m_options.buildArgs.end(); ++it) {
        if (!m_usedArgs.contains(it.key()))
            unused.append(it.key());
    }
    if (!unused.isEmpty()) {
        BuildEvent warning = event(preamble, BuildEvent::Kind::Warning);
        warning.text = Tr::tr("[Warning] One or more build-args [%1] were not consumed").arg(unused.join(u' '));
        m_events->emitEvent(warning, true);
    }
    BuildOutcome outcome;
    for (const int index : std::as_const(stages)) {
        outcome.intermediateIds += m_stages.at(size_t(index))->intermediateIds;
        outcome.cacheHits += m_stages.at(size_t(index))->cacheHits;
    }
    outcome.imageId = m_stages.at(size_t(target))->imageId;
    outcome.steps = m_stepCount;
    if (!outcome.imageId.isValid())
        return fail(ErrorCode::InvalidArgument, Tr::tr("No image was generated. Is your Dockerfile empty?"));
    return outcome;
}

Status BuildExecutor::buildStages(const Dockerfile &dockerfile, const BuildContext &context, const QList<int> &stages,
                                  const QList<QSet<int>> &dependencies)
{
    std::mutex lock;
    std::condition_variable changed;
    QSet<int> done;
    std::optional<Error> firstError;
    std::vector<std::thread> threads;
    for (const int index : stages) {
        threads.emplace_back([&, index] {
            {
                std::unique_lock waiting(lock);
                changed.wait(waiting, [&] { return m_failed || done.contains(dependencies.at(index)); });
                if (m_failed)
                    return;
            }
            const Status built = buildStage(dockerfile, context, *m_stages.at(size_t(index)));
            std::lock_guard finished(lock);
            if (built) {
                done.insert(index);
                m_events->finished(index);
            } else if (!m_failed.exchange(true)) {
                firstError = built.error();
            }
            changed.notify_all();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    if (firstError) {
        m_events->flush();
        return std::unexpected(*firstError);
    }
    return {};
}

Status BuildExecutor::buildStage(const Dockerfile &dockerfile, const BuildContext &context, StageState &state)
{
    const Stage &stage = dockerfile.stages().at(state.index);
    ++state.step;
    state.instruction = &stage.from;
    emitEvent(event(state, BuildEvent::Kind::StepStarted));
    if (Status based = from(state, dockerfile, stage); !based)
        return based;
    if (Status triggered = runOnBuildTriggers(state, dockerfile, context); !triggered)
        return triggered;
    for (const Instruction &instruction : stage.instructions) {
        if (Status done = step(state, instruction, context, true); !done)
            return done;
    }
    const bool isTarget = m_options.target.isEmpty() ? state.index == dockerfile.stages().size() - 1
                                                     : state.index == dockerfile.stageIndex(m_options.target);
    if (isTarget && !m_options.labels.isEmpty()) {
        Instruction labels;
        LabelInstruction data;
        QStringList words;
        for (auto it = m_options.labels.begin(); it != m_options.labels.end(); ++it) {
            data.labels.append({quoteLabel(it.key()), quoteLabel(it.value())});
            words.append(quoteLabel(it.key()) + u'=' + quoteLabel(it.value()));
        }
        labels.data = data;
        labels.keyword = u"LABEL"_s;
        labels.original = u"LABEL "_s + words.join(u' ');
        labels.startLine = labels.endLine = 0;
        if (Status done = step(state, labels, context, true); !done)
            return done;
    }
    return {};
}

Result<Store::ImageRecord> BuildExecutor::baseImage(const QString &reference)
{
    std::lock_guard lock(m_baseImageLock);
    if (!m_options.pull) {
        Result<Store::ImageRecord> local = m_services.store->resolve(reference);
        if (local || local.error().code != ErrorCode::NotFound)
            return local;
    }
    if (!m_services.pull)
        return fail(ErrorCode::NotFound, Tr::tr("pull access denied for %1: no registry is configured").arg(reference));
    return m_services.pull(reference);
}

Status BuildExecutor::from(StageState &state, const Dockerfile &dockerfile, const Stage &stage)
{
    ShellEnvironment globals;
    for (auto it = m_globalArgs.begin(); it != m_globalArgs.end(); ++it)
        globals.insert(it.key(), it.value());
    Result<QString> name = ShellLexer(dockerfile.escapeToken()).processWord(stage.baseImage, globals);
    if (!name)
        return std::unexpected(name.error());
    if (name->isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1:%2: base name (%3) should not be blank").arg(m_fileName).arg(stage.from.startLine).arg(stage.baseImage));
    const int earlier = dockerfile.stageIndex(*name);
    if (earlier >= 0 && earlier < stage.index) {
        const StageState &parent = *m_stages.at(size_t(earlier));
        state.config = parent.config;
        state.imageId = parent.imageId;
        state.layers = parent.layers;
        state.layerSizes = parent.layerSizes;
        state.snapshots = parent.snapshots;
        state.snapshotsReady = parent.snapshotsReady;
    } else if (name->compare(u"scratch"_s, Qt::CaseInsensitive) == 0) {
        state.config.architecture = u"amd64"_s;
        state.config.os = u"linux"_s;
        state.snapshotsReady = true;
    } else {
        Result<Store::ImageRecord> base = baseImage(*name);
        if (!base)
            return fail(base.error().code, Tr::tr("%1:%2: FROM %3: %4").arg(m_fileName).arg(stage.from.startLine).arg(*name, base.error().message),
                        base.error().detail);
        if (Status adopted = adopt(state, base->id); !adopted)
            return adopted;
    }
    BuildEvent finished = event(state, BuildEvent::Kind::StepFinished);
    finished.imageId = state.imageId.toString();
    emitEvent(finished);
    return {};
}

Status BuildExecutor::adopt(StageState &state, const Digest &imageId)
{
    Result<Store::ImageRecord> record = m_services.store->findById(imageId);
    if (!record)
        return std::unexpected(record.error());
    Result<Image::ImageConfig> config = m_services.store->config(*record);
    Result<Image::Manifest> manifest = m_services.store->manifest(*record);
    if (!config || !manifest)
        return std::unexpected(config ? manifest.error() : config.error());
    state.config = *config;
    state.imageId = imageId;
    state.layers = manifest->layers;
    state.layerSizes = record->layerSizes;
    state.snapshotsReady = false;
    return {};
}

Status BuildExecutor::runOnBuildTriggers(StageState &state, const Dockerfile &dockerfile, const BuildContext &context)
{
    const QStringList triggers = state.config.config.onBuild;
    if (triggers.isEmpty())
        return {};
    // A trigger's COPY --from of a stage of this build reads that stage: it must have been known before
    // the build started, from the base image in the store (stageDependencies), or the stage may not be
    // built yet. Else (the base image pulled by this build, or changed by --pull) it is refused.
    for (const QString &from : copySourcesOfTriggers(triggers, m_fileName)) {
        const int earlier = earlierStageNamed(dockerfile, from, state.index);
        if (earlier >= 0 && !m_dependencies.value(state.index).contains(earlier))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("an ONBUILD trigger of the base image copies from stage %1, which this build did not know it needed "
                               "when it started: the base image was not in the store then. Build again now that it is.")
                            .arg(from));
    }
    state.config.config.onBuild.clear();
    BuildEvent note = event(state, BuildEvent::Kind::Log);
    note.text = Tr::tr("# Executing %n build trigger(s)", nullptr, int(triggers.size()));
    emitEvent(note);
    for (const QString &trigger : triggers) {
        Result<Dockerfile> parsed = Dockerfile::parse((u"FROM scratch\n"_s + trigger + u'\n').toUtf8(), m_fileName);
        if (!parsed || parsed->stages().isEmpty() || parsed->stages().first().instructions.isEmpty())
            return fail(ErrorCode::InvalidArgument, Tr::tr("invalid ONBUILD trigger of the base image: %1").arg(trigger));
        const Instruction instruction = parsed->stages().first().instructions.first();
        if (Status done = step(state, instruction, context, false); !done)
            return done;
    }
    return {};
}

Status BuildExecutor::step(StageState &state, const Instruction &instruction, const BuildContext &context, bool counted)
{
    if (m_services.canceled && m_services.canceled())
        return fail(ErrorCode::Canceled, Tr::tr("canceled"));
    if (counted)
        ++state.step;
    state.instruction = &instruction;
    emitEvent(event(state, BuildEvent::Kind::StepStarted));
    QElapsedTimer timer;
    timer.start();
    auto failed = [&](const Error &error) -> Status {
        BuildEvent e = event(state, BuildEvent::Kind::StepFailed);
        e.text = error.message;
        e.durationMs = timer.elapsed();
        emitEvent(e);
        Error named = error;
        if (named.detail.isEmpty())
            named.detail = u"%1:%2: %3"_s.arg(m_fileName).arg(instruction.startLine).arg(instruction.original);
        return std::unexpected(named);
    };
    Result<StepPlan> plan = planStep(state, instruction, context);
    if (!plan)
        return failed(plan.error());
    plan->probe.parent = state.imageId;
    if (plan->probe.instruction.isEmpty())
        plan->probe.instruction = plan->createdBy;
    if (plan->apply)
        plan->apply(state);

    CacheLookup lookup{{}, CacheMissReason::CacheDisabled, {}};
    if (!m_options.noCache) {
        Result<CacheLookup> found = m_cache->lookup(plan->probe);
        if (!found)
            return failed(found.error());
        lookup = *found;
        if (!lookup.image.isValid() && state.missed)
            lookup = {{}, CacheMissReason::EarlierMiss, {}};
    }
    BuildEvent finished = event(state, BuildEvent::Kind::StepFinished);
    if (lookup.image.isValid()) {
        if (Status adopted = adopt(state, lookup.image); !adopted)
            return failed(adopted.error());
        ++state.cacheHits;
        BuildEvent hit = event(state, BuildEvent::Kind::CacheHit);
        hit.imageId = lookup.image.toString();
        emitEvent(hit);
    } else {
        state.missed = true;
        BuildEvent miss = event(state, BuildEvent::Kind::CacheMiss);
        miss.missReason = lookup.reason;
        miss.missDetail = lookup.detail;
        miss.text = missText(lookup.reason, lookup.detail);
        emitEvent(miss);
        Status done = plan->onMiss ? plan->onMiss(state, *plan) : Status();
        if (done && plan->kind == StepPlan::Kind::Run)
            done = executeRun(state, *plan, finished);
        else if (done && plan->kind == StepPlan::Kind::Copy)
            done = executeCopy(state, *plan, finished);
        else if (done)
            done = commit(state, plan->createdBy, true, std::nullopt, {}, -1);
        if (!done)
            return failed(done.error());
        if (Status recorded = m_cache->record(plan->probe, state.imageId); !recorded)
            return failed(recorded.error());
    }
    state.intermediateIds.append(state.imageId);
    finished.imageId = state.imageId.toString();
    finished.durationMs = timer.elapsed();
    emitEvent(finished);
    return {};
}

Status BuildExecutor::commit(StageState &state, const QString &createdBy, bool emptyLayer,
                             const std::optional<Image::Descriptor> &layer, const Digest &diffId, qint64 layerSize)
{
    Image::History history;
    history.created = now();
    history.createdBy = createdBy;
    history.emptyLayer = emptyLayer;
    state.config.created = history.created;
    state.config.history.append(history);
    if (layer) {
        state.config.rootfs.diffIds.append(diffId);
        state.layers.append(*layer);
        state.layerSizes.append(layerSize);
    }
    const QByteArray configBytes = state.config.toJson();
    if (Result<Digest> written = m_services.store->content().write(configBytes); !written)
        return std::unexpected(written.error());
    const Image::Descriptor configDescriptor = Image::Descriptor::forData(Image::MediaType::OciConfig, configBytes);
    Result<Image::WrittenBlob> manifest = Image::ManifestWriter::write(Image::Manifest::oci(configDescriptor, state.layers));
    if (!manifest)
        return std::unexpected(manifest.error());
    if (Result<Digest> written = m_services.store->content().write(manifest->bytes); !written)
        return std::unexpected(written.error());
    Store::ImageRegistration registration;
    registration.manifest = manifest->descriptor;
    registration.parent = state.imageId;
    QList<qint64> sizes = state.layerSizes;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        if (sizes.at(i) < 0)
            sizes[i] = state.layers.at(i).size;
    }
    registration.layerSizes = sizes.size() == state.layers.size() ? sizes : QList<qint64>();
    Result<Store::ImageRecord> registered = m_services.store->registerImage(registration);
    if (!registered)
        return std::unexpected(registered.error());
    state.imageId = registered->id;
    return {};
}

Result<QList<Digest>> BuildExecutor::prepareSnapshots(StageState &state)
{
    if (state.snapshotsReady)
        return state.snapshots;
    if (!state.imageId.isValid() || state.layers.isEmpty()) {
        state.snapshots.clear();
        state.snapshotsReady = true;
        return state.snapshots;
    }
    if (!m_services.runtime)
        return fail(ErrorCode::Unavailable, Tr::tr("the runtime helper is not available"));
    Result<Runtime::RuntimeClient *> client = m_services.runtime();
    if (!client)
        return std::unexpected(client.error());
    Result<Store::ImageRecord> record = m_services.store->findById(state.imageId);
    if (!record)
        return std::unexpected(record.error());
    Runtime::SnapshotPreparer preparer(**client, *m_services.store);
    if (m_services.canceled)
        preparer.setCanceled(m_services.canceled);
    Result<Runtime::PreparedImage> prepared = preparer.prepare(*record);
    if (!prepared)
        return std::unexpected(prepared.error());
    state.snapshots = prepared->snapshots;
    state.snapshotsReady = true;
    return state.snapshots;
}

} // namespace Ponton::Build
