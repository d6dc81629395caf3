#include "build/lintcontext.h"

#include "build/dockerfile.h"
#include "build/dockerfileparser.h"
#include "build/dockerfilelinter.h"
#include "build/instructionparser.h"

using namespace Qt::StringLiterals;

namespace Ponton::Build {

LintContext::LintContext(const QByteArray &source)
{
    m_lines = QString::fromUtf8(source).split(u'\n');
    build(source);
}

void LintContext::build(const QByteArray &source)
{
    std::expected<DockerfileAst, ParseFailure> ast = DockerfileParser::parseLocated(source);
    if (!ast) {
        const ParseFailure &failure = ast.error();
        reportAt(failure.startLine, keywordColumn(failure.startLine), failure.endLine, u"syntax-error"_s,
                 failure.error.message);
        return;
    }
    m_ast = std::move(*ast);
    // `# check=skip=rule1,rule2;error=true` (BuildKit's check directive, with Ponton's rule ids).
    for (const QString &part : m_ast->check.split(u';', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed().toLower();
        const QString value = part.section(u'=', 1).trimmed();
        if (key == u"skip") {
            for (const QString &rule : value.split(u',', Qt::SkipEmptyParts))
                m_skippedRules.insert(rule.trimmed().toLower());
            m_skipAll = m_skippedRules.contains(u"all"_s);
        } else if (key == u"error") {
            m_warningsAreErrors = value.toLower() == u"true";
        }
    }
    QSet<int> reported;
    for (const Node &node : m_ast->instructions) {
        const Result<Instruction> instruction = InstructionParser::parse(node);
        if (!instruction) {
            reportInvalid(node, instruction.error());
            reported.insert(node.startLine);
            continue;
        }
        if (instruction->is<FromInstruction>())
            m_stages.append(StageView{*instruction, {}});
        else if (m_stages.isEmpty())
            m_stages.append(StageView{std::nullopt, {*instruction}});
        else
            m_stages.last().instructions.append(*instruction);
    }
    addStructuralError(reported);
}

void LintContext::reportInvalid(const Node &node, const Error &error)
{
    const QString keyword = node.keyword.toUpper();
    const QString message = InstructionParser::keywords().contains(keyword)
        ? keyword + u": "_s + error.message : error.message;
    reportAt(node.startLine, keywordColumn(node.startLine), node.endLine, u"syntax-error"_s, message);
}

// The first error about the file's structure (before FROM, duplicate stages...), unless that line
// already has its own error.
void LintContext::addStructuralError(const QSet<int> &reported)
{
    const std::expected<Dockerfile, ParseFailure> dockerfile = Dockerfile::fromAstLocated(*m_ast);
    if (dockerfile || reported.contains(dockerfile.error().startLine))
        return;
    const ParseFailure &failure = dockerfile.error();
    reportAt(failure.startLine, keywordColumn(failure.startLine), failure.endLine, u"syntax-error"_s,
             failure.error.message);
}

QStringList LintContext::stageNames() const
{
    QStringList names;
    for (const StageView &stage : m_stages) {
        if (stage.from && !stage.from->as<FromInstruction>()->stageName.isEmpty())
            names.append(stage.from->as<FromInstruction>()->stageName);
    }
    return names;
}

QString LintContext::physicalLine(int line) const
{
    return line >= 1 && line <= m_lines.size() ? m_lines.at(line - 1) : QString();
}

int LintContext::keywordColumn(int line) const
{
    const QString text = physicalLine(line);
    qsizetype column = 0;
    while (column < text.size() && text[column].isSpace())
        ++column;
    return int(column) + 1;
}

void LintContext::report(const Instruction &instruction, const QString &rule, const QString &message,
                         const QString &needle)
{
    if (!needle.isEmpty()) {
        for (int line = instruction.startLine; line <= instruction.endLine; ++line) {
            const qsizetype found = physicalLine(line).indexOf(needle);
            if (found >= 0) {
                reportAt(line, int(found) + 1, instruction.endLine, rule, message);
                return;
            }
        }
    }
    reportAt(instruction.startLine, keywordColumn(instruction.startLine), instruction.endLine, rule, message);
}

bool LintContext::skipped(const QString &rule) const
{
    return rule != u"syntax-error" && (m_skipAll || m_skippedRules.contains(rule.toLower()));
}

void LintContext::reportAt(int line, int column, int endLine, const QString &rule, const QString &message)
{
    if (skipped(rule))
        return;
    LintSeverity severity = DockerfileLinter::severity(rule);
    if (m_warningsAreErrors && severity == LintSeverity::Warning)
        severity = LintSeverity::Error;
    m_diagnostics.append(LintDiagnostic{line, column, qMax(line, endLine), rule, severity, message});
}

QList<LintDiagnostic> LintContext::takeDiagnostics()
{
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                     [](const LintDiagnostic &a, const LintDiagnostic &b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    return std::exchange(m_diagnostics, {});
}

} // namespace Ponton::Build
