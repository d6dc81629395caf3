#pragma once

#include "build/heredoc.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Ponton::Build {

// One instruction of a Dockerfile as the parser sees it, before any semantic check
// (BuildKit's parser.Node). Values are raw: quotes and escapes are removed later, by the shell lexer.
struct Node {
    QString keyword;          // lower-cased: "run"
    QString writtenKeyword;   // as written: "RuN"
    QStringList flags;        // "--from=build", quotes and escapes removed
    QStringList arguments;    // the argument nodes (raw values)
    std::vector<Node> children; // ONBUILD: the trigger instruction (at most one)
    bool json = false;        // exec form: the arguments came from a JSON array
    QString original;         // the logical line (continuations joined)
    int startLine = 0;        // 1-based physical lines, inclusive
    int endLine = 0;
    QList<Heredoc> heredocs;
    QStringList comments;     // the comment lines right above the instruction

    // BuildKit's AST dump of this node: `run "echo" "test"`, `copy ["--from=x"] "a" "b"`.
    QString dump() const;
    // Go strconv.Quote of a value, as the dump writes it.
    static QString quote(const QString &value);
};

} // namespace Ponton::Build
