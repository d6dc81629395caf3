#pragma once

#include "build/node.h"
#include "common/error.h"

#include <QChar>
#include <QString>
#include <QStringList>

namespace Ponton::Build {

// Turns one logical line (continuations already joined) into a Node: keyword, flags and the
// argument nodes that BuildKit's parser produces for that keyword. No line numbers, no heredocs.
class InstructionLineParser
{
public:
    static Result<Node> parse(const QString &line, QChar escapeToken);

    // The words of ENV, LABEL and ARG: split on blanks outside quotes, quotes and escapes kept.
    static QStringList splitWords(const QString &text, QChar escapeToken);
    // Splits on runs of space, tab, VT, FF and CR.
    static QStringList splitBlanks(const QString &text, int maxParts = -1);

private:
    struct Flags {
        QStringList flags;
        QString rest;
    };
    static Flags extractFlags(const QString &text, QChar escapeToken);
    static Status fillArguments(Node *node, const QString &rest, QChar escapeToken);
    static Status parseMaybeJson(Node *node, const QString &rest, bool splitFallback);
    static Status parseNameValue(Node *node, const QString &rest, QChar escapeToken);
    static Status parseHealthcheck(Node *node, const QString &rest);
    static Status parseOnbuild(Node *node, const QString &rest, QChar escapeToken);
};

} // namespace Ponton::Build
