#include "build/parserdirectives.h"

#include "common/tr.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

bool isRegexSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

struct Directive {
    QString name;
    QString value;
};

// `#`, blanks, a name (ASCII letter, then letters and digits), blanks, `=`, blanks, a non-empty value.
std::optional<Directive> matchDirective(const QString &line)
{
    if (!line.startsWith(u'#'))
        return std::nullopt;
    qsizetype pos = 1;
    while (pos < line.size() && isRegexSpace(line[pos]))
        ++pos;
    const qsizetype nameStart = pos;
    if (pos >= line.size() || !isAsciiLetter(line[pos]))
        return std::nullopt;
    while (pos < line.size() && (isAsciiLetter(line[pos]) || (line[pos] >= u'0' && line[pos] <= u'9')))
        ++pos;
    const QString name = line.mid(nameStart, pos - nameStart);
    while (pos < line.size() && isRegexSpace(line[pos]))
        ++pos;
    if (pos >= line.size() || line[pos] != u'=')
        return std::nullopt;
    ++pos;
    qsizetype end = line.size();
    while (end > pos && isRegexSpace(line[end - 1]))
        --end;
    while (pos < end && isRegexSpace(line[pos]))
        ++pos;
    if (pos >= end)
        return std::nullopt;
    return Directive{name.toLower(), line.mid(pos, end - pos)};
}

} // namespace

Status ParserDirectives::feed(const QString &line, int lineNumber)
{
    if (m_done)
        return {};
    const std::optional<Directive> directive = matchDirective(line);
    if (!directive || (directive->name != u"syntax" && directive->name != u"escape" && directive->name != u"check")) {
        m_done = true;
        return {};
    }
    if (m_seen.contains(directive->name)) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("only one %1 parser directive can be used").arg(directive->name));
    }
    m_seen.insert(directive->name);
    if (directive->name == u"syntax") {
        m_syntax = directive->value;
        m_syntaxLine = lineNumber;
    } else if (directive->name == u"check") {
        m_check = directive->value;
    } else if (directive->value == u"\\" || directive->value == u"`") {
        m_escape = directive->value[0];
    } else {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("invalid escape token '%1' does not match ` or \\").arg(directive->value));
    }
    return {};
}

} // namespace Ponton::Build
