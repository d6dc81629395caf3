#pragma once

#include "build/lintdiagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Ponton::Build {

// Best-practice checks in hadolint's spirit, for the editor (as the user types) and `ponton lint`.
// Pure: bytes in, diagnostics out, sorted by line and column. Parse and semantic errors come back
// as `syntax-error` diagnostics; the other rules still run on the instructions that parsed.
// `# check=skip=rule-a,rule-b` (or `skip=all`) and `# check=error=true` are honoured.
class DockerfileLinter
{
public:
    static QList<LintDiagnostic> lint(const QByteArray &source);

    // The catalogue, translated in the current language.
    static QList<LintRule> rules();
    static std::optional<LintRule> rule(const QString &id);
    // The default severity of a rule (Warning for an unknown id); cheap, for every diagnostic.
    static LintSeverity severity(const QString &id);
};

} // namespace Ponton::Build
