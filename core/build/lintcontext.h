#pragma once

#include "build/dockerfileast.h"
#include "build/instruction.h"
#include "build/lintdiagnostic.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Ponton::Build {

// What the lint rules look at: the parsed file, its typed instructions grouped by stage (built
// instruction by instruction, so that one bad line does not hide the hints about the others),
// and the diagnostics found so far. Internal to DockerfileLinter.
class LintContext
{
public:
    struct StageView {
        std::optional<Instruction> from;  // absent for instructions before the first FROM
        QList<Instruction> instructions;
    };

    explicit LintContext(const QByteArray &source);

    bool parsed() const { return m_ast.has_value(); }
    const DockerfileAst &ast() const { return *m_ast; }
    const QList<StageView> &stages() const { return m_stages; }
    QStringList stageNames() const;

    // Reports at the instruction's first line, at the first occurrence of `needle` in its lines
    // (or at its keyword when needle is empty or not found).
    void report(const Instruction &instruction, const QString &rule, const QString &message,
                const QString &needle = QString());
    void reportAt(int line, int column, int endLine, const QString &rule, const QString &message);

    QList<LintDiagnostic> takeDiagnostics();
    // 1-based column of the first non-blank character of a physical line.
    int keywordColumn(int line) const;

private:
    void build(const QByteArray &source);
    void reportInvalid(const Node &node, const Error &error);
    void addStructuralError(const QSet<int> &reported);
    QString physicalLine(int line) const;
    bool skipped(const QString &rule) const;

    QStringList m_lines;
    std::optional<DockerfileAst> m_ast;
    QList<StageView> m_stages;
    QSet<QString> m_skippedRules;
    bool m_skipAll = false;
    bool m_warningsAreErrors = false;
    QList<LintDiagnostic> m_diagnostics;
};

} // namespace Ponton::Build
