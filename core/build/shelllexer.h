#pragma once

#include "common/error.h"

#include <QChar>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Ponton::Build {

// Variables visible to a word expansion; a present key with an empty value is "set but empty".
using ShellEnvironment = QHash<QString, QString>;

// The result of one expansion: the single word, the split words, and which variable names
// were looked up and found (matched) or not (unmatched).
struct ShellExpansion {
    QString word;
    QStringList words;
    QSet<QString> matched;
    QSet<QString> unmatched;
};

// BuildKit's shell lexer (frontend/dockerfile/shell): the word expansion the builder applies
// to ENV, ARG, LABEL, COPY, WORKDIR... Quotes are removed, escapes processed, `$V` and `${V…}`
// expanded; processWords also splits into words like a shell would (without globbing).
class ShellLexer
{
public:
    struct Options {
        bool rawQuotes = false;         // keep quote characters in the output
        bool rawEscapes = false;        // keep escape characters in the output
        bool skipUnsetEnv = false;      // leave unset variables as written (`${hi}` stays)
        bool skipProcessQuotes = false; // quotes are ordinary characters
    };

    explicit ShellLexer(QChar escapeToken = u'\\');
    ShellLexer(QChar escapeToken, Options options);

    QChar escapeToken() const { return m_escapeToken; }
    const Options &options() const { return m_options; }

    Result<QString> processWord(const QString &word, const ShellEnvironment &env) const;
    Result<QStringList> processWords(const QString &word, const ShellEnvironment &env) const;
    Result<ShellExpansion> process(const QString &word, const ShellEnvironment &env) const;

    // "NAME=value" entries, later entries for the same name replace earlier ones.
    static ShellEnvironment environmentFromList(const QStringList &entries);

private:
    QChar m_escapeToken;
    Options m_options;
};

} // namespace Ponton::Build
