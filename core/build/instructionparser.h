#pragma once

#include "build/instruction.h"
#include "build/node.h"
#include "common/error.h"

namespace Ponton::Build {

// Turns one parser Node into a typed Instruction, with the checks BuildKit makes at that point:
// argument counts, accepted flags, JSON-only forms, HEALTHCHECK durations, ONBUILD triggers...
// Errors carry the message only; Dockerfile::fromAst adds the file, line and instruction.
class InstructionParser
{
public:
    static Result<Instruction> parse(const Node &node);

    // Every keyword an instruction can start with, upper-case.
    static const QStringList &keywords();

private:
    static Result<InstructionData> from(const Node &node);
    static Result<InstructionData> arg(const Node &node);
    static Result<InstructionData> env(const Node &node);
    static Result<InstructionData> label(const Node &node);
    static Result<InstructionData> run(const Node &node);
    static Result<InstructionData> copy(const Node &node, bool add);
    static Result<CopyInstruction> copySources(const Node &node);
    static Result<InstructionData> command(const Node &node, bool entrypoint);
    static Result<InstructionData> shell(const Node &node);
    static Result<InstructionData> single(const Node &node);
    static Result<InstructionData> expose(const Node &node);
    static Result<InstructionData> volume(const Node &node);
    static Result<InstructionData> stopSignal(const Node &node);
    static Result<InstructionData> healthcheck(const Node &node);
    static Result<InstructionData> onbuild(const Node &node);
    static Result<InstructionData> dispatch(const Node &node);
};

} // namespace Ponton::Build
