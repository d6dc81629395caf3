#pragma once

#include "build/buildevent.h"
#include "build/dockerfile.h"
#include "common/error.h"
#include "image/descriptor.h"
#include "image/imageconfig.h"
#include "reference/digest.h"
#include "store/imagerecord.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Ponton::Store { class ImageStore; }
namespace Ponton::Runtime { class RuntimeClient; }

namespace Ponton::Build {

class BuildContext;
class BuildCache;

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
    QString stateDir;                                                  // the helper's state folder
    std::function<Result<Store::ImageRecord>(const QString &reference)> pull; // fetch a base image
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
// looked up before each step. Stages after --target are skipped; stages before it are built in order.
// Blocking: run it on a worker thread.
class BuildExecutor
{
public:
    BuildExecutor(BuildServices services, BuildOptions options);
    ~BuildExecutor();

    Result<BuildOutcome> run(const Dockerfile &dockerfile, const BuildContext &context);

private:
    struct StageState;
    struct StepPlan;

    Status buildStage(const Dockerfile &dockerfile, const BuildContext &context, int stageIndex);
    Status from(StageState &state, const Dockerfile &dockerfile, const Stage &stage);
    Status runOnBuildTriggers(StageState &state, const BuildContext &context);
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
    BuildEvent event(BuildEvent::Kind kind) const;
    void emitEvent(const BuildEvent &event) const;
    Image::Timestamp now() const;

    BuildServices m_services;
    BuildOptions m_options;
    std::unique_ptr<BuildCache> m_cache;
    QMap<QString, QString> m_globalArgs;
    QSet<QString> m_usedArgs;
    std::vector<std::unique_ptr<StageState>> m_stages;
    QString m_fileName;
    int m_step = 0;
    int m_stepCount = 0;
    int m_currentStage = 0;
    const Instruction *m_currentInstruction = nullptr;
    BuildOutcome m_outcome;
};

} // namespace Ponton::Build
