#include "build/heredoc.h"

#include "build/shelllexer.h"

namespace Ponton::Build {

namespace {

bool isGoSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

qsizetype quoteCount(const QString &text)
{
    return text.count(u'\'') + text.count(u'"');
}

} // namespace

Result<std::optional<Heredoc>> Heredoc::fromWord(const QString &word)
{
    qsizetype pos = 0;
    while (pos < word.size() && word[pos] >= u'0' && word[pos] <= u'9')
        ++pos;
    const QString digits = word.left(pos);
    if (word.mid(pos, 2) != QLatin1StringView("<<"))
        return std::nullopt;
    pos += 2;
    Heredoc heredoc;
    heredoc.fileDescriptor = digits.toInt();
    heredoc.chomp = pos < word.size() && word[pos] == u'-';
    if (heredoc.chomp)
        ++pos;
    while (pos < word.size() && isGoSpace(word[pos]))
        ++pos;
    const QString rest = word.mid(pos);
    if (rest.isEmpty() || rest.contains(u'<'))
        return std::nullopt;

    ShellLexer::Options options;
    options.skipUnsetEnv = true;
    const Result<QStringList> words = ShellLexer(u'\\', options).processWords(rest, {});
    if (!words)
        return std::unexpected(words.error());
    if (words->size() != 1)
        return std::nullopt;
    options.rawQuotes = true;
    const Result<QStringList> rawWords = ShellLexer(u'\\', options).processWords(rest, {});
    if (!rawWords)
        return std::unexpected(rawWords.error());
    if (rawWords->size() != 1)
        return std::nullopt;
    heredoc.name = words->first();
    heredoc.expand = quoteCount(heredoc.name) == quoteCount(rawWords->first());
    return heredoc;
}

Result<QList<Heredoc>> Heredoc::fromLine(const QString &line)
{
    ShellLexer::Options options;
    options.rawQuotes = true;
    options.rawEscapes = true;
    const Result<QStringList> words = ShellLexer(u'\\', options).processWords(line, {});
    QList<Heredoc> heredocs;
    if (!words)
        return heredocs; // an unlexable line has no heredoc (BuildKit ignores the error here)
    for (const QString &word : *words) {
        Result<std::optional<Heredoc>> heredoc = fromWord(word);
        if (!heredoc)
            return std::unexpected(heredoc.error());
        if (*heredoc)
            heredocs.append(**heredoc);
    }
    return heredocs;
}

} // namespace Ponton::Build
