#pragma once

#include "build/dockerfileast.h"
#include "build/dockerfileparser.h"
#include "build/stage.h"

#include <QList>
#include <QString>

namespace Ponton::Build {

// A Dockerfile turned into typed instructions and build stages, with the semantic checks of
// ../shared/conformance/DOCKERFILE-SEMANTICS.md (unknown instructions, instructions before the
// first FROM, bad or duplicate stage names, chained ONBUILD, HEALTHCHECK durations...).
// Errors read "Dockerfile:12: HEALTHCHECK: …" and keep the instruction's text in the detail.
class Dockerfile
{
public:
    static Result<Dockerfile> parse(const QByteArray &source, const QString &fileName = QStringLiteral("Dockerfile"));
    static Result<Dockerfile> fromAst(const DockerfileAst &ast, const QString &fileName = QStringLiteral("Dockerfile"));
    // The same checks, with the location as data.
    static std::expected<Dockerfile, ParseFailure> fromAstLocated(const DockerfileAst &ast);

    const QList<Instruction> &globalArgs() const { return m_globalArgs; }
    const QList<Stage> &stages() const { return m_stages; }
    const QList<ParserWarning> &warnings() const { return m_warnings; }
    QChar escapeToken() const { return m_escapeToken; }

    // A stage by `AS` name (case-insensitive) or by index ("0"); -1 when there is none.
    int stageIndex(const QString &nameOrIndex) const;
    // Number of steps as the classic builder counts them: global ARGs + FROMs + instructions.
    int stepCount() const;

private:
    std::expected<void, ParseFailure> add(const Instruction &instruction);
    std::expected<void, ParseFailure> addFrom(const Instruction &instruction);
    std::expected<void, ParseFailure> checkCopyFrom(const Instruction &instruction) const;

    QList<Instruction> m_globalArgs;
    QList<Stage> m_stages;
    QList<ParserWarning> m_warnings;
    QChar m_escapeToken = u'\\';
};

} // namespace Ponton::Build
