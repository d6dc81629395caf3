#pragma once

// The executor's per-stage state and step plans, shared by its source files (buildexecutor.cpp,
// stepplanner.cpp, stepexecution.cpp). Not a public API.
#include "build/buildcache.h"
#include "build/buildexecutor.h"
#include "build/copyplanner.h"
#include "build/runstep.h"

#include <functional>
#include <optional>

namespace Ponton::Build {

struct BuildExecutor::StageState {
    int index = 0;
    QString name;
    Image::ImageConfig config;
    Digest imageId;                      // the last step's image; invalid on scratch before any step
    QList<Image::Descriptor> layers;
    QList<qint64> layerSizes;
    QMap<QString, std::optional<QString>> args; // ARGs declared in the stage
    bool cmdSet = false;
    bool missed = false;
    bool snapshotsReady = false;
    QList<Digest> snapshots;
    int step = 0;                        // the classic builder's number of the current step
    const Instruction *instruction = nullptr; // the current step's
    QList<Digest> intermediateIds;       // every step's image
    int cacheHits = 0;
};

struct BuildExecutor::StepPlan {
    enum class Kind { Metadata, Run, Copy };
    Kind kind = Kind::Metadata;
    QString createdBy;
    CacheProbe probe;
    std::function<void(StageState &)> apply;
    // Work only a cache miss needs, run before the step executes (WORKDIR looks for its folder).
    std::function<Status(StageState &, StepPlan &)> onMiss;
    RunCommand run;
    CopyPlan copy;
    int filesAdded = 0;     // COPY/ADD: entries new to the target, and entries replacing one
    int filesModified = 0;
};

// Helpers shared by the executor's files.
QStringList shellOf(const Image::ImageConfig &config);
// The classic builder's record of a metadata step: [shell…, "#(nop) ", "ENV a=b"] joined by spaces.
QString nopRecord(const Image::ImageConfig &config, const QString &what);

} // namespace Ponton::Build
