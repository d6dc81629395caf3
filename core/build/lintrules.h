#pragma once

#include "build/lintcontext.h"

namespace Ponton::Build {

// The checks of DockerfileLinter's catalogue, run over a LintContext. Internal.
class LintRules
{
public:
    static void run(LintContext &context);

private:
    using Stage = LintContext::StageView;
    static void file(LintContext &context);
    static void stage(LintContext &context, const Stage &stage, bool last);
    static void from(LintContext &context, const Instruction &instruction, const QStringList &earlierStages);
    static void run(LintContext &context, const Instruction &instruction, bool pipefailShell);
    static void packageManagers(LintContext &context, const Instruction &instruction,
                                const QList<QStringList> &commands, const QString &script);
    static void add(LintContext &context, const Instruction &instruction);
    static void form(LintContext &context, const Instruction &instruction);
    static void secrets(LintContext &context, const Instruction &instruction);
    static void overridden(LintContext &context, const Stage &stage);
    static void user(LintContext &context, const Stage &stage);
    static void copyBeforeInstall(LintContext &context, const Stage &stage);
    static void workdir(LintContext &context, const Stage &stage);
    static void casing(LintContext &context);
};

} // namespace Ponton::Build
