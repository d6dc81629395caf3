#include "build/dockerfilehighlighter.h"

#include <QRegularExpression>
#include <QTextBlockUserData>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

namespace {

// The word that ends the heredoc opened on a block, kept on that block for the lines after it.
class HeredocTerminator : public QTextBlockUserData
{
public:
    explicit HeredocTerminator(QString word) : terminator(std::move(word)) {}
    QString terminator;
};

QTextCharFormat makeFormat(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(colour);
    if (bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(italic);
    return format;
}

int lastNonSpace(const QString &text)
{
    int end = int(text.size()) - 1;
    while (end >= 0 && text.at(end).isSpace())
        --end;
    return end;
}

bool isNameChar(QChar c, bool first)
{
    return c == u'_' || (c.isLetter() && c.unicode() < 128) || (!first && c.isDigit());
}

} // namespace

DockerfileHighlighter::DockerfileHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_formats[int(Role::Keyword)] = makeFormat(QColor(0x1565c0), true);
    m_formats[int(Role::Flag)] = makeFormat(QColor(0x6a1b9a));
    m_formats[int(Role::String)] = makeFormat(QColor(0x2e7d32));
    m_formats[int(Role::Variable)] = makeFormat(QColor(0xb26a00));
    m_formats[int(Role::Comment)] = makeFormat(QColor(0x757575), false, true);
    m_formats[int(Role::Escape)] = makeFormat(QColor(0xc62828), true);
    m_formats[int(Role::Heredoc)] = makeFormat(QColor(0x00695c));
}

QTextCharFormat DockerfileHighlighter::format(Role role) const
{
    return m_formats[int(role)];
}

bool DockerfileHighlighter::isInstruction(const QString &word)
{
    static const QStringList instructions = {
        u"ADD"_s, u"ARG"_s, u"CMD"_s, u"COPY"_s, u"ENTRYPOINT"_s, u"ENV"_s, u"EXPOSE"_s, u"FROM"_s,
        u"HEALTHCHECK"_s, u"LABEL"_s, u"MAINTAINER"_s, u"ONBUILD"_s, u"RUN"_s, u"SHELL"_s,
        u"STOPSIGNAL"_s, u"USER"_s, u"VOLUME"_s, u"WORKDIR"_s,
    };
    return instructions.contains(word.toUpper());
}

QString DockerfileHighlighter::previousTerminator(const QTextBlock &block)
{
    const auto *data = dynamic_cast<HeredocTerminator *>(block.previous().userData());
    return data ? data->terminator : QString();
}

void DockerfileHighlighter::highlightBlock(const QString &text)
{
    const int previous = std::max(previousBlockState(), 0);
    if (previous == InHeredoc) {
        const QString terminator = previousTerminator(currentBlock());
        setFormat(0, int(text.size()), m_formats[int(Role::Heredoc)]);
        QString line = text;
        while (line.startsWith(u'\t'))   // <<- strips leading tabs before the terminator too
            line.remove(0, 1);
        if (!terminator.isEmpty() && line != terminator) {
            setCurrentBlockUserData(new HeredocTerminator(terminator));
            setCurrentBlockState(InHeredoc);
        } else {
            setCurrentBlockState(Normal);
        }
        return;
    }
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'#')) {
        // A comment line; inside a continued instruction it is skipped and the instruction goes on.
        setFormat(0, int(text.size()), m_formats[int(Role::Comment)]);
        setCurrentBlockState(previous == Continued ? Continued : Normal);
        return;
    }
    if (trimmed.isEmpty()) {
        setCurrentBlockState(previous);
        return;
    }
    highlightInstructionLine(text, previous == Continued);
}

void DockerfileHighlighter::highlightInstructionLine(const QString &text, bool continued)
{
    int at = 0;
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    if (!continued) {
        int end = at;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (isInstruction(text.mid(at, end - at)))
            setFormat(at, end - at, m_formats[int(Role::Keyword)]);
        at = end;
    }
    // Flags come first: "COPY --from=build --chmod=755 src dst".
    for (;;) {
        while (at < text.size() && text.at(at).isSpace())
            ++at;
        if (!text.mid(at).startsWith(u"--"_s))
            break;
        int end = at;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        setFormat(at, end - at, m_formats[int(Role::Flag)]);
        at = end;
    }
    highlightWords(text, at);
    const int last = lastNonSpace(text);
    const bool escaped = last >= 0 && text.at(last) == u'\\';
    if (escaped)
        setFormat(last, 1, m_formats[int(Role::Escape)]);
    setCurrentBlockState(escaped ? Continued : Normal);
    if (!escaped)
        findHeredoc(text);
}

int DockerfileHighlighter::highlightWords(const QString &text, int from)
{
    int at = from;
    while (at < text.size()) {
        const QChar c = text.at(at);
        if (c == u'\\') {
            at += 2;   // an escaped character is plain text
        } else if (c == u'"' || c == u'\'') {
            at = highlightQuoted(text, at);
        } else if (c == u'$') {
            at = highlightVariable(text, at);
        } else {
            ++at;
        }
    }
    return at;
}

int DockerfileHighlighter::highlightQuoted(const QString &text, int from)
{
    const QChar quote = text.at(from);
    int at = from + 1;
    while (at < text.size() && text.at(at) != quote) {
        if (text.at(at) == u'\\' && quote == u'"')
            ++at;
        ++at;
    }
    const int end = std::min(at + 1, int(text.size()));
    setFormat(from, end - from, m_formats[int(Role::String)]);
    if (quote == u'"') {   // variables are expanded inside double quotes
        for (int i = from + 1; i < end; ++i) {
            if (text.at(i) == u'$')
                i = highlightVariable(text, i) - 1;
        }
    }
    return end;
}

int DockerfileHighlighter::highlightVariable(const QString &text, int from)
{
    int end = from + 1;
    if (end < text.size() && text.at(end) == u'{') {
        while (end < text.size() && text.at(end) != u'}')
            ++end;
        end = std::min(end + 1, int(text.size()));
    } else {
        while (end < text.size() && isNameChar(text.at(end), end == from + 1))
            ++end;
    }
    if (end - from > 1)
        setFormat(from, end - from, m_formats[int(Role::Variable)]);
    return end;
}

void DockerfileHighlighter::findHeredoc(const QString &text)
{
    // RUN <<EOF, COPY <<-"EOT" /dst: the body starts on the next line and ends at the terminator.
    static const QRegularExpression heredoc(u"<<-?([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\1"_s);
    const QRegularExpressionMatch match = heredoc.match(text);
    if (!match.hasMatch())
        return;
    setFormat(int(match.capturedStart()), int(match.capturedLength()), m_formats[int(Role::Heredoc)]);
    setCurrentBlockUserData(new HeredocTerminator(match.captured(2)));
    setCurrentBlockState(InHeredoc);
}

} // namespace Ponton::Gui
