#pragma once

#include "build/buildevent.h"
#include "build/dockerfile.h"
#include "build/remotesource.h"
#include "common/error.h"
#include "image/descriptor.h"
#include "image/imageconfig.h"
#include "reference/digest.h"
#include "store/imagerecord.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace Ponton::Store { class ImageStore; }
namespace Ponton::Runtime { class RuntimeClient; }

namespace Ponton::Build {

class BuildContext;
class BuildCache;
class StageEventOrder;

struct BuildOptions {
    QMap<QString, QString> buildArgs;
    QMap<QString, QString> labels;
    QString target;
    bool noCache = false;
    bool pull = false;
    bool removeIntermediate = true;
    bool forceRemove = false;
    std::optional<qint64> sourceDateEpoch;
};

// What the executor needs from the engine.
struct BuildServices {
    const Store::ImageStore *store = nullptr;
    // The helper client for RUN; a function so that the helper starts only when a RUN needs it.
    std::function<Result<Runtime::RuntimeClient *>()> runtime;
    std::function<Result<Store::ImageRecord>(const QString &reference)> pull; // fetch a base image
    RemoteFetch fetch;                                                 // download an ADD URL
    std::function<void(const BuildEvent &event)> report;
    std::function<bool()> canceled;
};

struct BuildOutcome {
    Digest imageId;
    QList<Digest> intermediateIds;
    int cacheHits = 0;
    int steps = 0;
};

// Runs a Dockerfile as Docker's classic builder does: every step after FROM commits an image whose
// parent is the previous step (metadata steps with an empty layer), RUN in a container through the
// helper whose upper dir becomes the layer, COPY/ADD written straight from the context, the cache
// looked up before each step. As BuildKit, only the stages the target needs (through FROM and
// COPY --from) are built, and stages that do not need each other run at the same time, each on its
// own thread; their events still come in Dockerfile order (StageEventOrder). A failing stage cancels
// the others. Blocking: run it on a worker thread.
class BuildExecutor
{
public:
    BuildExecutor(BuildServices services, BuildOptions options);
    ~BuildExecutor();

    Result<BuildOutcome> run(const Dockerfile &dockerfile, const BuildContext &context);

private:
    struct StageState;
    struct StepPlan;

    Status buildStage(const Dockerfile &dockerfile, const BuildContext &context, StageState &state);
    Status from(StageState &state, const Dockerfile &dockerfile, const Stage &stage);
    Status runOnBuildTriggers(StageState &state, const Dockerfile &dockerfile, const BuildContext &context);
    Status step(StageState &state, const Instruction &instruction, const BuildContext &context, bool counted);
    Result<StepPlan> planStep(StageState &state, const Instruction &instruction, const BuildContext &context);
    Status executeRun(StageState &state, const StepPlan &plan, BuildEvent &finished);
    Status executeCopy(StageState &state, const StepPlan &plan, BuildEvent &finished);
    Status commit(StageState &state, const QString &createdBy, bool emptyLayer,
                  const std::optional<Image::Descriptor> &layer, const Digest &diffId, qint64 layerSize);
    Status adopt(StageState &state, const Digest &imageId);
    Result<QList<Digest>> prepareSnapshots(StageState &state);
    Result<Store::ImageRecord> baseImage(const QString &reference);
    QHash<QString, QString> expansionEnv(const StageState &state) const;
    Result<QString> expand(const StageState &state, const QString &word) const;
    // The stages each stage needs (FROM an earlier stage, COPY --from one).
    Result<QList<QSet<int>>> stageDependencies(const Dockerfile &dockerfile) const;
    // Runs the needed stages, each once the stages it needs are built.
    Status buildStages(const Dockerfile &dockerfile, const BuildContext &context, const QList<int> &stages,
                       const QList<QSet<int>> &dependencies);
    BuildEvent event(const StageState &state, BuildEvent::Kind kind) const;
    void emitEvent(const BuildEvent &event) const;
    Image::Timestamp now() const;

    BuildServices m_services;
    BuildOptions m_options;
    std::unique_ptr<BuildCache> m_cache;
    std::unique_ptr<StageEventOrder> m_events;
    QMap<QString, QString> m_globalArgs;
    std::mutex m_usedArgsLock;
    QSet<QString> m_usedArgs;
    std::mutex m_baseImageLock;              // base image look-ups and pulls, one at a time
    std::atomic_bool m_failed = false;       // a stage failed: the others stop
    std::vector<std::unique_ptr<StageState>> m_stages; // one per Dockerfile stage, null when not built
    QList<QSet<int>> m_dependencies;                     // the stages each stage waits for (stageDependencies)
    QString m_fileName;
    int m_stepCount = 0;
};

} // namespace Ponton::Build
