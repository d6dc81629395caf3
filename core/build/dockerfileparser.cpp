#include "build/dockerfileparser.h"

#include "build/instructionlineparser.h"
#include "build/parserdirectives.h"
#include "common/tr.h"

#include <QByteArrayView>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

// Physical lines of the source, each without its line ending; numbered from 1.
class LineReader
{
public:
    explicit LineReader(const QByteArray &source) : m_source(source)
    {
        if (m_source.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    bool atEnd() const { return m_pos >= m_source.size(); }
    int lineNumber() const { return m_line; }

    // The next line with every trailing CR/LF removed; an error when it is too long.
    std::expected<QString, ParseFailure> next()
    {
        qsizetype end = m_source.indexOf('\n', m_pos);
        if (end < 0)
            end = m_source.size();
        QByteArrayView bytes(m_source.constData() + m_pos, end - m_pos);
        m_pos = end + 1;
        ++m_line;
        if (bytes.size() > DockerfileParser::MaxLineLength) {
            const Error error{ErrorCode::InvalidArgument,
                              Tr::tr("dockerfile line greater than max allowed size of %1")
                                  .arg(DockerfileParser::MaxLineLength), {}};
            return std::unexpected(ParseFailure{error, m_line, m_line});
        }
        while (!bytes.isEmpty() && (bytes.back() == '\r' || bytes.back() == '\n'))
            bytes.chop(1);
        return QString::fromUtf8(bytes);
    }

private:
    const QByteArray &m_source;
    qsizetype m_pos = 0;
    int m_line = 0;
};

QString trimLeft(const QString &text)
{
    qsizetype pos = 0;
    while (pos < text.size() && text[pos].isSpace())
        ++pos;
    return text.mid(pos);
}

bool isComment(const QString &text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return c == u'#';
    }
    return false;
}

// Removes a line-continuation escape (followed only by blanks, not itself escaped).
// Returns true when the line ends the instruction.
bool trimContinuation(QString *line, QChar escape)
{
    qsizetype end = line->size();
    while (end > 0 && (line->at(end - 1) == u' ' || line->at(end - 1) == u'\t'))
        --end;
    if (end == 0 || line->at(end - 1) != escape)
        return true;
    if (end >= 2 && line->at(end - 2) == escape)
        return true;
    line->truncate(end - 1);
    return false;
}

std::unexpected<ParseFailure> failure(const Error &error, int startLine, int endLine)
{
    return std::unexpected(ParseFailure{error, startLine, endLine});
}

class Parser
{
public:
    explicit Parser(const QByteArray &source) : m_reader(source) {}
    std::expected<DockerfileAst, ParseFailure> run();

private:
    std::expected<void, ParseFailure> instruction(QString first);
    std::expected<bool, ParseFailure> continuation(QString *line);
    std::expected<void, ParseFailure> heredocBodies(Node *node, int startLine);

    LineReader m_reader;
    ParserDirectives m_directives;
    DockerfileAst m_ast;
    QStringList m_comments;
};

std::expected<DockerfileAst, ParseFailure> Parser::run()
{
    while (!m_reader.atEnd()) {
        std::expected<QString, ParseFailure> raw = m_reader.next();
        if (!raw)
            return std::unexpected(raw.error());
        const QString line = trimLeft(*raw);
        if (const Status directive = m_directives.feed(line, m_reader.lineNumber()); !directive)
            return failure(directive.error(), m_reader.lineNumber(), m_reader.lineNumber());
        if (isComment(line)) {
            const QString comment = line.mid(1).trimmed();
            if (comment.isEmpty())
                m_comments.clear();
            else
                m_comments.append(comment);
            continue;
        }
        if (const auto parsed = instruction(line); !parsed)
            return std::unexpected(parsed.error());
    }
    if (m_ast.instructions.isEmpty()) {
        const Error error{ErrorCode::InvalidArgument, Tr::tr("file with no instructions"), {}};
        const int line = qMax(1, m_reader.lineNumber());
        return failure(error, line, line);
    }
    m_ast.escapeToken = m_directives.escapeToken();
    m_ast.syntax = m_directives.syntax();
    m_ast.syntaxLine = m_directives.syntaxLine();
    m_ast.check = m_directives.check();
    return std::move(m_ast);
}

std::expected<void, ParseFailure> Parser::instruction(QString line)
{
    const int startLine = m_reader.lineNumber();
    const bool ended = trimContinuation(&line, m_directives.escapeToken());
    if (ended && line.isEmpty())
        return {};
    bool emptyContinuation = false;
    if (!ended) {
        const std::expected<bool, ParseFailure> joined = continuation(&line);
        if (!joined)
            return std::unexpected(joined.error());
        emptyContinuation = *joined;
    }
    if (line.trimmed().isEmpty())
        return {};
    Result<Node> node = InstructionLineParser::parse(line, m_directives.escapeToken());
    if (!node)
        return failure(node.error(), startLine, m_reader.lineNumber());
    if (emptyContinuation) {
        m_ast.warnings.append({u"no-empty-continuation"_s,
                               Tr::tr("Empty continuation line found in: %1").arg(line.trimmed()),
                               m_reader.lineNumber()});
    }
    node->startLine = startLine;
    if (const auto bodies = heredocBodies(&*node, startLine); !bodies)
        return bodies;
    node->endLine = m_reader.lineNumber();
    node->comments = std::exchange(m_comments, {});
    m_ast.instructions.append(std::move(*node));
    return {};
}

// Appends the continuation lines; returns whether blank lines were crossed.
std::expected<bool, ParseFailure> Parser::continuation(QString *line)
{
    bool emptyContinuation = false;
    bool ended = false;
    while (!ended && !m_reader.atEnd()) {
        std::expected<QString, ParseFailure> next = m_reader.next();
        if (!next)
            return std::unexpected(next.error());
        if (isComment(*next))
            continue;
        if (trimLeft(*next).isEmpty()) {
            emptyContinuation = true;
            continue;
        }
        ended = trimContinuation(&*next, m_directives.escapeToken());
        *line += *next;
    }
    return emptyContinuation;
}

bool canContainHeredoc(const Node &node)
{
    const Node &inner = node.keyword == u"onbuild" && !node.children.empty() ? node.children.front() : node;
    if (inner.keyword != u"run" && inner.keyword != u"copy" && inner.keyword != u"add")
        return false;
    return !inner.json;
}

QString withoutLeadingTabs(const QString &text)
{
    qsizetype pos = 0;
    while (pos < text.size() && text[pos] == u'\t')
        ++pos;
    return text.mid(pos);
}

std::expected<void, ParseFailure> Parser::heredocBodies(Node *node, int startLine)
{
    if (!canContainHeredoc(*node) || !node->original.contains(u"<<"))
        return {};
    Result<QList<Heredoc>> heredocs = Heredoc::fromLine(node->original);
    if (!heredocs)
        return failure(heredocs.error(), startLine, m_reader.lineNumber());
    for (Heredoc &heredoc : *heredocs) {
        bool terminated = false;
        while (!terminated && !m_reader.atEnd()) {
            std::expected<QString, ParseFailure> body = m_reader.next();
            if (!body)
                return std::unexpected(body.error());
            const QString candidate = heredoc.chomp ? withoutLeadingTabs(*body) : *body;
            terminated = candidate == heredoc.name;
            if (!terminated)
                heredoc.content += *body + u'\n';
        }
        if (!terminated) {
            const Error error{ErrorCode::InvalidArgument, Tr::tr("unterminated heredoc"), {}};
            return failure(error, startLine, m_reader.lineNumber());
        }
        node->heredocs.append(heredoc);
    }
    return {};
}

} // namespace

std::expected<DockerfileAst, ParseFailure> DockerfileParser::parseLocated(const QByteArray &source)
{
    Parser parser(source);
    return parser.run();
}

Result<DockerfileAst> DockerfileParser::parse(const QByteArray &source, const QString &fileName)
{
    std::expected<DockerfileAst, ParseFailure> ast = parseLocated(source);
    if (!ast)
        return std::unexpected(locate(ast.error(), fileName));
    return std::move(*ast);
}

Error DockerfileParser::locate(const ParseFailure &failure, const QString &fileName)
{
    Error error = failure.error;
    error.message = Tr::tr("%1:%2: %3").arg(fileName).arg(failure.startLine).arg(failure.error.message);
    return error;
}

} // namespace Ponton::Build
