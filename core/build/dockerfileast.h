#pragma once

#include "build/node.h"

#include <QChar>
#include <QList>
#include <QString>

namespace Ponton::Build {

// Something the parser accepted but wants the author to know (e.g. an empty continuation line).
struct ParserWarning {
    QString rule;     // "no-empty-continuation"
    QString message;  // translated
    int line = 0;
};

// The whole parsed file: instructions in order plus the parser directives.
struct DockerfileAst {
    QList<Node> instructions;
    QChar escapeToken = u'\\';
    QString syntax;        // `# syntax=` value, empty when absent
    QString check;         // `# check=` value, empty when absent
    int syntaxLine = 0;
    QList<ParserWarning> warnings;

    // BuildKit's dump: one `(instruction)` per line, joined with '\n', without a final newline.
    QString dump() const;
};

} // namespace Ponton::Build
