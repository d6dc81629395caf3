#pragma once

#include <QList>
#include <QString>

namespace Ponton::Build {

enum class LintSeverity { Error, Warning, Info, Style };

// One finding of DockerfileLinter, for the editor (squiggles) and `ponton lint`.
struct LintDiagnostic {
    int line = 0;          // 1-based physical line
    int column = 0;        // 1-based, in UTF-16 code units of that line
    int endLine = 0;       // last physical line of the instruction concerned
    QString rule;          // "lone-package-update"
    LintSeverity severity = LintSeverity::Warning;
    QString message;       // translated, specific to this occurrence
};

// A rule of the catalogue: its id, default severity and a translated explanation of why it matters.
struct LintRule {
    QString id;
    LintSeverity severity = LintSeverity::Warning;
    QString title;         // translated, a few words
    QString explanation;   // translated, what goes wrong and what to do instead
    QString related;       // the equivalent hadolint or BuildKit check, for people who know them
};

QString lintSeverityName(LintSeverity severity);

} // namespace Ponton::Build

#include <QMetaType>
Q_DECLARE_METATYPE(Ponton::Build::LintDiagnostic)
