#pragma once

#include "build/heredoc.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <variant>

namespace Ponton::Build {

// The typed instructions of a Dockerfile (BuildKit's instructions package). Values are kept as
// written, before word expansion: the builder expands them with the environment of their step
// (ShellLexer), because that environment is only known while building.

struct KeyValue {
    QString key;
    QString value;
};

struct ArgDefinition {
    QString name;
    std::optional<QString> defaultValue;
};

struct FromInstruction {
    QString image;       // "alpine:3.19", "${BASE}", "scratch" or an earlier stage's name
    QString stageName;   // lower-cased `AS` name, empty when unnamed
    QString platform;    // `--platform` value, empty when absent
};

struct ArgInstruction {
    QList<ArgDefinition> args;
};

struct EnvInstruction {
    QList<KeyValue> pairs;
    bool legacyForm = false; // `ENV key value`
};

struct RunInstruction {
    QStringList command;      // exec form: argv; shell form: one element, the whole command line
    bool shellForm = true;
    QList<Heredoc> heredocs;
    QStringList mounts;       // `--mount` values (BuildKit only)
    QString network;          // `--network`
    QString security;         // `--security`
};

struct CopyInstruction {
    bool add = false;         // ADD rather than COPY
    QStringList sources;
    QString destination;
    bool jsonForm = false;
    QString from;             // `--from` (COPY only): stage name, stage index or image
    QString chown;
    QString chmod;
    bool link = false;
    bool parents = false;     // COPY `--parents`
    QStringList excludes;     // `--exclude`
    QString checksum;         // ADD `--checksum`
    bool keepGitDir = false;  // ADD `--keep-git-dir`
    std::optional<bool> unpack; // ADD `--unpack`
    QList<Heredoc> heredocs;  // sources given as here-documents (`COPY <<EOF /dst`)
};

struct WorkdirInstruction {
    QString path;
};

struct UserInstruction {
    QString user;
};

struct CmdInstruction {
    QStringList command;
    bool shellForm = true;
};

struct EntrypointInstruction {
    QStringList command;
    bool shellForm = true;
};

struct ShellInstruction {
    QStringList shell;
};

struct LabelInstruction {
    QList<KeyValue> labels;
    bool legacyForm = false;
};

struct ExposeInstruction {
    QStringList ports;
};

struct VolumeInstruction {
    QStringList volumes;
};

struct StopSignalInstruction {
    QString signal;
};

struct HealthcheckInstruction {
    // Docker's HealthConfig.Test: {"NONE"}, {"CMD", argv...} or {"CMD-SHELL", command}.
    QStringList test;
    // Zero means "use the default" (30s, 30s, 0s, 5s); retries 0 means the default (3).
    std::chrono::nanoseconds interval{0};
    std::chrono::nanoseconds timeout{0};
    std::chrono::nanoseconds startPeriod{0};
    std::chrono::nanoseconds startInterval{0};
    int retries = 0;
};

struct OnbuildInstruction {
    QString expression;   // the trigger as written: "RUN echo hi", heredoc bodies and terminators included
    QString keyword;      // the trigger's keyword, upper-case: "RUN"
};

struct MaintainerInstruction {
    QString maintainer;
};

using InstructionData = std::variant<FromInstruction, ArgInstruction, EnvInstruction, RunInstruction,
                                     CopyInstruction, WorkdirInstruction, UserInstruction, CmdInstruction,
                                     EntrypointInstruction, ShellInstruction, LabelInstruction,
                                     ExposeInstruction, VolumeInstruction, StopSignalInstruction,
                                     HealthcheckInstruction, OnbuildInstruction, MaintainerInstruction>;

struct Instruction {
    InstructionData data;
    QString keyword;     // upper-case: "RUN"
    QString original;    // the logical line as written
    int startLine = 0;
    int endLine = 0;

    template<typename T>
    const T *as() const { return std::get_if<T>(&data); }
    template<typename T>
    bool is() const { return std::holds_alternative<T>(data); }
};

} // namespace Ponton::Build
