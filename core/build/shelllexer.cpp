#include "build/shelllexer.h"

#include "build/shellscanner.h"

namespace Ponton::Build {

ShellLexer::ShellLexer(QChar escapeToken) : m_escapeToken(escapeToken)
{
}

ShellLexer::ShellLexer(QChar escapeToken, Options options) : m_escapeToken(escapeToken), m_options(options)
{
}

Result<ShellExpansion> ShellLexer::process(const QString &word, const ShellEnvironment &env) const
{
    ShellScanner scanner(word, env, m_escapeToken, m_options);
    return scanner.run();
}

Result<QString> ShellLexer::processWord(const QString &word, const ShellEnvironment &env) const
{
    Result<ShellExpansion> expansion = process(word, env);
    if (!expansion)
        return std::unexpected(expansion.error());
    return std::move(expansion->word);
}

Result<QStringList> ShellLexer::processWords(const QString &word, const ShellEnvironment &env) const
{
    Result<ShellExpansion> expansion = process(word, env);
    if (!expansion)
        return std::unexpected(expansion.error());
    return std::move(expansion->words);
}

ShellEnvironment ShellLexer::environmentFromList(const QStringList &entries)
{
    ShellEnvironment env;
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals < 0)
            env.insert(entry, QString());
        else
            env.insert(entry.left(equals), entry.mid(equals + 1));
    }
    return env;
}

} // namespace Ponton::Build
