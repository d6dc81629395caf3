#include "build/dockerfile.h"

#include "build/instructionparser.h"
#include "common/tr.h"

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

std::unexpected<ParseFailure> failAt(const QString &keyword, const QString &message, int startLine,
                                     int endLine, const QString &original)
{
    const QString located = keyword.isEmpty() ? message : Tr::tr("%1: %2").arg(keyword, message);
    return std::unexpected(ParseFailure{Error{ErrorCode::InvalidArgument, located, original}, startLine, endLine});
}

std::unexpected<ParseFailure> failAt(const Instruction &instruction, const QString &message)
{
    return failAt(instruction.keyword, message, instruction.startLine, instruction.endLine, instruction.original);
}

} // namespace

Result<Dockerfile> Dockerfile::parse(const QByteArray &source, const QString &fileName)
{
    const Result<DockerfileAst> ast = DockerfileParser::parse(source, fileName);
    if (!ast)
        return std::unexpected(ast.error());
    return fromAst(*ast, fileName);
}

Result<Dockerfile> Dockerfile::fromAst(const DockerfileAst &ast, const QString &fileName)
{
    std::expected<Dockerfile, ParseFailure> dockerfile = fromAstLocated(ast);
    if (!dockerfile)
        return std::unexpected(DockerfileParser::locate(dockerfile.error(), fileName));
    return std::move(*dockerfile);
}

std::expected<Dockerfile, ParseFailure> Dockerfile::fromAstLocated(const DockerfileAst &ast)
{
    Dockerfile dockerfile;
    dockerfile.m_warnings = ast.warnings;
    dockerfile.m_escapeToken = ast.escapeToken;
    for (const Node &node : ast.instructions) {
        const Result<Instruction> instruction = InstructionParser::parse(node);
        if (!instruction) {
            const bool known = InstructionParser::keywords().contains(node.keyword.toUpper());
            return failAt(known ? node.keyword.toUpper() : QString(), instruction.error().message,
                          node.startLine, node.endLine, node.original.trimmed());
        }
        if (const auto added = dockerfile.add(*instruction); !added)
            return std::unexpected(added.error());
    }
    if (dockerfile.m_stages.isEmpty()) {
        const int line = ast.instructions.isEmpty() ? 1 : ast.instructions.last().endLine;
        return failAt(QString(), Tr::tr("the Dockerfile has no FROM: there is no build stage"), line, line, {});
    }
    return dockerfile;
}

std::expected<void, ParseFailure> Dockerfile::add(const Instruction &instruction)
{
    if (instruction.is<FromInstruction>())
        return addFrom(instruction);
    if (m_stages.isEmpty()) {
        if (instruction.is<ArgInstruction>()) {
            m_globalArgs.append(instruction);
            return {};
        }
        return failAt(instruction, Tr::tr("no build stage in current context: only ARG may come before "
                                          "the first FROM"));
    }
    if (const auto checked = checkCopyFrom(instruction); !checked)
        return checked;
    m_stages.last().instructions.append(instruction);
    return {};
}

std::expected<void, ParseFailure> Dockerfile::addFrom(const Instruction &instruction)
{
    const FromInstruction *from = instruction.as<FromInstruction>();
    if (!from->stageName.isEmpty() && stageIndex(from->stageName) >= 0)
        return failAt(instruction, Tr::tr("duplicate stage name \"%1\"").arg(from->stageName));
    Stage stage;
    stage.index = int(m_stages.size());
    stage.name = from->stageName;
    stage.baseImage = from->image;
    stage.platform = from->platform;
    stage.from = instruction;
    m_stages.append(stage);
    return {};
}

std::expected<void, ParseFailure> Dockerfile::checkCopyFrom(const Instruction &instruction) const
{
    const CopyInstruction *copy = instruction.as<CopyInstruction>();
    if (!copy || copy->from.isEmpty())
        return {};
    const Stage &current = m_stages.last();
    bool isNumber = false;
    const int index = copy->from.toInt(&isNumber);
    if (isNumber && index >= current.index) {
        return failAt(instruction, Tr::tr("invalid from flag value %1: refers to the current or a later "
                                          "build stage").arg(copy->from));
    }
    if (!current.name.isEmpty() && copy->from.compare(current.name, Qt::CaseInsensitive) == 0)
        return failAt(instruction, Tr::tr("circular dependency detected on stage: %1").arg(current.name));
    return {};
}

int Dockerfile::stageIndex(const QString &nameOrIndex) const
{
    bool isNumber = false;
    const int index = nameOrIndex.toInt(&isNumber);
    if (isNumber)
        return index >= 0 && index < m_stages.size() ? index : -1;
    const QString lower = nameOrIndex.toLower();
    for (const Stage &stage : m_stages) {
        if (!stage.name.isEmpty() && stage.name == lower)
            return stage.index;
    }
    return -1;
}

int Dockerfile::stepCount() const
{
    int steps = int(m_globalArgs.size());
    for (const Stage &stage : m_stages)
        steps += 1 + int(stage.instructions.size());
    return steps;
}

} // namespace Ponton::Build
