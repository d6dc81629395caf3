#pragma once

#include <QMetaType>
#include <QString>

namespace Ponton::Build {

// Why a step did not come from the cache.
enum class CacheMissReason {
    None,               // not a miss
    CacheDisabled,      // --no-cache
    NotBuiltBefore,     // no step was ever built on this parent with this instruction
    ChangedInstruction, // this parent has cached children, none with this instruction
    ChangedBuildArg,    // same instruction on this parent, different build arguments (detail: the name)
    ChangedFile,        // same COPY/ADD on this parent, different sources (detail: the first changed path)
    DifferentParent,    // this instruction was cached, but on another parent image
    EarlierMiss,        // an earlier step missed: this step has a new parent
};

// One structured event of a build, in the order they happen. The engine's build job emits them
// through Job::event (a QVariant holding a BuildEvent); the CLI prints the classic builder's lines
// from them and the desktop draws its live log and per-step timeline.
//
// Contract, per build:
//   ContextSent (once: contextBytes)
//   per step: StepStarted, then for FROM: StepFinished (imageId = the base);
//             else CacheHit | CacheMiss (missReason, text = the reason for people),
//             on a miss of RUN: ContainerStarted (containerId), Log* (one per output line), ContainerRemoved;
//             StepFinished (imageId, durationMs, layerSize, files*) or StepFailed (text = the error)
//   Tagged (per tag, only when the whole build succeeded)
//   Warning may come at any time (unused build args, ...).
// step/stepCount count as the classic builder does (global ARGs + FROMs + instructions, from 1).
struct BuildEvent {
    enum class Kind {
        ContextSent,
        StepStarted,
        CacheHit,
        CacheMiss,
        ContainerStarted,
        Log,
        ContainerRemoved,
        StepFinished,
        StepFailed,
        Tagged,
        Warning,
    };

    Kind kind = Kind::Log;
    int step = 0;             // 1-based; 0 for whole-build events
    int stepCount = 0;
    int stage = 0;            // index of the stage the step belongs to
    QString instruction;      // StepStarted: "RUN apk update", as written (continuations joined)
    QString file;             // the Dockerfile's name as given
    int line = 0;             // the instruction's first line in the Dockerfile
    QString text;             // Log: one output line (no newline); CacheMiss: the reason; StepFailed: the
                              // error; Tagged: the tag; Warning: the message
    bool fromStderr = false;  // Log: the line came from the command's standard error
    CacheMissReason missReason = CacheMissReason::None;
    QString missDetail;       // CacheMiss: the changed file or build argument, the other parent...
    QString containerId;      // ContainerStarted/ContainerRemoved (full 64 hex)
    QString imageId;          // StepFinished / CacheHit: the step's image ID ("sha256:…")
    qint64 durationMs = 0;    // StepFinished / StepFailed
    qint64 layerSize = -1;    // StepFinished: uncompressed layer bytes; -1 for a step without a layer
    int filesAdded = 0;       // StepFinished of a step with a layer (COPY/ADD/RUN)
    int filesModified = 0;
    int filesRemoved = 0;
    qint64 contextBytes = 0;  // ContextSent: the size of the context as a tar
};

} // namespace Ponton::Build

Q_DECLARE_METATYPE(Ponton::Build::BuildEvent)
