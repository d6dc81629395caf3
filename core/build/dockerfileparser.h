#pragma once

#include "build/dockerfileast.h"
#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace Ponton::Build {

// A parse error with the physical lines it concerns (1-based, inclusive).
struct ParseFailure {
    Error error;     // message without location
    int startLine = 0;
    int endLine = 0;
};

// BuildKit-conformant Dockerfile parser: bytes in, AST out. Pure: no I/O, no global state, so the
// editor can re-parse on every keystroke. See ../shared/conformance/buildkit/FORMAT.md.
class DockerfileParser
{
public:
    static constexpr int MaxLineLength = 65535;

    // Errors read "Dockerfile:12: message" (fileName, then the line).
    static Result<DockerfileAst> parse(const QByteArray &source,
                                       const QString &fileName = QStringLiteral("Dockerfile"));
    // The same, with the location as data (for the editor's diagnostics).
    static std::expected<DockerfileAst, ParseFailure> parseLocated(const QByteArray &source);
    // "Dockerfile:12: message" for a failure.
    static Error locate(const ParseFailure &failure, const QString &fileName);
};

} // namespace Ponton::Build
