#include "build/jsonarrayparser.h"

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {
constexpr int MaxDepth = 512;

bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
} // namespace

JsonArrayParser::Parsed JsonArrayParser::parse(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && text[start].isSpace())
        ++start;
    if (start >= text.size() || text[start] != u'[')
        return {};
    JsonArrayParser parser(text.mid(start));
    Parsed parsed;
    bool allStrings = true;
    if (!parser.array(0, &parsed.strings, &allStrings))
        return {};
    parser.skipWhitespace();
    if (!parser.atEnd())
        return {};
    parsed.outcome = allStrings ? Outcome::StringArray : Outcome::NotStringArray;
    if (!allStrings)
        parsed.strings.clear();
    return parsed;
}

void JsonArrayParser::skipWhitespace()
{
    while (!atEnd() && isJsonSpace(m_text[m_pos]))
        ++m_pos;
}

bool JsonArrayParser::value(int depth, QString *asString, bool *isString)
{
    skipWhitespace();
    *isString = false;
    const QChar c = peek();
    if (c == u'"') {
        *isString = true;
        return string(asString);
    }
    if (c == u'[') {
        QStringList ignored;
        bool allStrings = true;
        return array(depth + 1, &ignored, &allStrings);
    }
    if (c == u'{')
        return object(depth + 1);
    if (c == u't')
        return literal(u"true");
    if (c == u'f')
        return literal(u"false");
    if (c == u'n')
        return literal(u"null");
    return number();
}

bool JsonArrayParser::array(int depth, QStringList *strings, bool *allStrings)
{
    if (depth > MaxDepth || peek() != u'[')
        return false;
    ++m_pos;
    skipWhitespace();
    if (peek() == u']') {
        ++m_pos;
        return true;
    }
    for (;;) {
        QString element;
        bool isString = false;
        if (!value(depth, &element, &isString))
            return false;
        if (isString)
            strings->append(element);
        else
            *allStrings = false;
        skipWhitespace();
        const QChar c = peek();
        ++m_pos;
        if (c == u']')
            return true;
        if (c != u',')
            return false;
    }
}

bool JsonArrayParser::object(int depth)
{
    if (depth > MaxDepth)
        return false;
    ++m_pos; // '{'
    skipWhitespace();
    if (peek() == u'}') {
        ++m_pos;
        return true;
    }
    for (;;) {
        skipWhitespace();
        QString key;
        if (peek() != u'"' || !string(&key))
            return false;
        skipWhitespace();
        if (peek() != u':')
            return false;
        ++m_pos;
        QString ignored;
        bool isString = false;
        if (!value(depth, &ignored, &isString))
            return false;
        skipWhitespace();
        const QChar c = peek();
        ++m_pos;
        if (c == u'}')
            return true;
        if (c != u',')
            return false;
    }
}

bool JsonArrayParser::string(QString *out)
{
    ++m_pos; // opening quote
    while (!atEnd()) {
        const QChar c = m_text[m_pos++];
        if (c == u'"')
            return true;
        if (c.unicode() < 0x20)
            return false;
        if (c != u'\\') {
            out->append(c);
            continue;
        }
        if (!escape(out))
            return false;
    }
    return false;
}

bool JsonArrayParser::escape(QString *out)
{
    if (atEnd())
        return false;
    const QChar c = m_text[m_pos++];
    switch (c.unicode()) {
    case u'"': out->append(u'"'); return true;
    case u'\\': out->append(u'\\'); return true;
    case u'/': out->append(u'/'); return true;
    case u'b': out->append(u'\b'); return true;
    case u'f': out->append(u'\f'); return true;
    case u'n': out->append(u'\n'); return true;
    case u'r': out->append(u'\r'); return true;
    case u't': out->append(u'\t'); return true;
    case u'u': break;
    default: return false;
    }
    char16_t unit = 0;
    if (!hex4(&unit))
        return false;
    if (QChar::isHighSurrogate(unit) && m_text.mid(m_pos, 2) == u"\\u") {
        const qsizetype save = m_pos;
        m_pos += 2;
        char16_t low = 0;
        if (hex4(&low) && QChar::isLowSurrogate(low)) {
            out->append(QChar(unit));
            out->append(QChar(low));
            return true;
        }
        m_pos = save;
    }
    out->append(QChar::isSurrogate(unit) ? QChar(QChar::ReplacementCharacter) : QChar(unit));
    return true;
}

bool JsonArrayParser::hex4(char16_t *out)
{
    if (m_pos + 4 > m_text.size())
        return false;
    bool ok = false;
    const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
    for (qsizetype i = 0; i < 4; ++i) {
        if (!isAsciiDigit(m_text[m_pos + i]) && !QStringView(u"abcdefABCDEF").contains(m_text[m_pos + i]))
            return false;
    }
    if (!ok)
        return false;
    m_pos += 4;
    *out = char16_t(code);
    return true;
}

bool JsonArrayParser::number()
{
    if (peek() == u'-')
        ++m_pos;
    if (peek() == u'0') {
        ++m_pos;
    } else if (isAsciiDigit(peek())) {
        while (isAsciiDigit(peek()))
            ++m_pos;
    } else {
        return false;
    }
    if (peek() == u'.') {
        ++m_pos;
        if (!isAsciiDigit(peek()))
            return false;
        while (isAsciiDigit(peek()))
            ++m_pos;
    }
    if (peek() == u'e' || peek() == u'E') {
        ++m_pos;
        if (peek() == u'+' || peek() == u'-')
            ++m_pos;
        if (!isAsciiDigit(peek()))
            return false;
        while (isAsciiDigit(peek()))
            ++m_pos;
    }
    return true;
}

bool JsonArrayParser::literal(QStringView word)
{
    if (m_text.mid(m_pos, word.size()) != word)
        return false;
    m_pos += word.size();
    return true;
}

} // namespace Ponton::Build
