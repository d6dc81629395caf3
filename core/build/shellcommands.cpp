#include "build/shellcommands.h"

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

bool isSeparator(QChar c)
{
    return c == u';' || c == u'&' || c == u'|' || c == u'\n' || c == u'(' || c == u')';
}

class Splitter
{
public:
    explicit Splitter(const QString &script) : m_script(script) {}

    QList<QStringList> run()
    {
        while (m_pos < m_script.size())
            step(m_script[m_pos++]);
        endWord();
        endCommand();
        return m_commands;
    }

private:
    void step(QChar c)
    {
        if (!m_quote.isNull()) {
            quoted(c);
            return;
        }
        if (c == u'\'' || c == u'"') {
            m_quote = c;
            m_inWord = true;
        } else if (c == u'\\') {
            escaped();
        } else if (c == u'#' && !m_inWord) {
            while (m_pos < m_script.size() && m_script[m_pos] != u'\n')
                ++m_pos;
        } else if (isSeparator(c)) {
            endWord();
            endCommand();
        } else if (c.isSpace()) {
            endWord();
        } else {
            m_word += c;
            m_inWord = true;
        }
    }

    void quoted(QChar c)
    {
        if (c == m_quote) {
            m_quote = QChar();
        } else if (c == u'\\' && m_quote == u'"' && m_pos < m_script.size()) {
            m_word += m_script[m_pos++];
        } else {
            m_word += c;
        }
    }

    void escaped()
    {
        if (m_pos >= m_script.size())
            return;
        const QChar next = m_script[m_pos++];
        if (next == u'\n')
            return; // line continuation
        m_word += next;
        m_inWord = true;
    }

    void endWord()
    {
        if (m_inWord)
            m_words.append(m_word);
        m_word.clear();
        m_inWord = false;
    }

    void endCommand()
    {
        if (!m_words.isEmpty())
            m_commands.append(m_words);
        m_words.clear();
    }

    const QString &m_script;
    qsizetype m_pos = 0;
    QChar m_quote;
    QString m_word;
    bool m_inWord = false;
    QStringList m_words;
    QList<QStringList> m_commands;
};

bool isAssignment(const QString &word)
{
    const qsizetype equals = word.indexOf(u'=');
    if (equals <= 0)
        return false;
    for (qsizetype i = 0; i < equals; ++i) {
        const QChar c = word[i];
        if (!(c.isLetterOrNumber() || c == u'_'))
            return false;
    }
    return !word[0].isDigit();
}

} // namespace

QList<QStringList> ShellCommands::split(const QString &script)
{
    return Splitter(script).run();
}

qsizetype ShellCommands::programIndex(const QStringList &words)
{
    qsizetype i = 0;
    while (i < words.size()) {
        const QString &word = words.at(i);
        if (isAssignment(word) || word == u"sudo" || word == u"env" || word == u"exec" || word == u"command"
            || (i > 0 && word.startsWith(u'-') && (words.at(i - 1) == u"sudo" || words.at(i - 1) == u"env"))) {
            ++i;
            continue;
        }
        return i;
    }
    return -1;
}

QStringList ShellCommands::programAndSubcommand(const QStringList &words)
{
    const qsizetype program = programIndex(words);
    if (program < 0)
        return {QString(), QString()};
    QString name = words.at(program);
    name = name.mid(name.lastIndexOf(u'/') + 1);
    for (qsizetype i = program + 1; i < words.size(); ++i) {
        if (!words.at(i).startsWith(u'-'))
            return {name, words.at(i)};
    }
    return {name, QString()};
}

bool ShellCommands::hasPipe(const QString &script)
{
    QChar quote;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\\') {
            ++i;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'|') {
            const bool doubled = (i + 1 < script.size() && script[i + 1] == u'|') || (i > 0 && script[i - 1] == u'|');
            if (!doubled)
                return true;
        }
    }
    return false;
}

} // namespace Ponton::Build
