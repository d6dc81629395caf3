#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Ponton::Gui {

// Colours a Dockerfile as it is typed: instruction keywords, flags, strings, variables, comments,
// escaped line ends and heredoc bodies. The state of a line (continued instruction, inside a heredoc)
// carries over to the next one, so the words of a continuation line are never taken for a keyword.
class DockerfileHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Role { Keyword, Flag, String, Variable, Comment, Escape, Heredoc };

    explicit DockerfileHighlighter(QTextDocument *document);

    // The format used for a role (tests compare the formats the highlighter applied with these).
    QTextCharFormat format(Role role) const;
    static bool isInstruction(const QString &word);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum BlockState { Normal = 0, Continued = 1, InHeredoc = 2 };

    void highlightInstructionLine(const QString &text, bool continued);
    int highlightWords(const QString &text, int from);
    int highlightQuoted(const QString &text, int from);
    int highlightVariable(const QString &text, int from);
    void findHeredoc(const QString &text);
    static QString previousTerminator(const QTextBlock &block);

    QTextCharFormat m_formats[7];
};

} // namespace Ponton::Gui
