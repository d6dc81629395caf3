#include "build/node.h"

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
bool isPrintable(char32_t c)
{
    if (c == U' ')
        return true;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase: case QChar::Letter_Lowercase: case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier: case QChar::Letter_Other:
    case QChar::Mark_NonSpacing: case QChar::Mark_SpacingCombining: case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit: case QChar::Number_Letter: case QChar::Number_Other:
    case QChar::Punctuation_Connector: case QChar::Punctuation_Dash: case QChar::Punctuation_Open:
    case QChar::Punctuation_Close: case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote: case QChar::Punctuation_Other:
    case QChar::Symbol_Math: case QChar::Symbol_Currency: case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    default:
        return false;
    }
}

QString hex(char32_t c, int width)
{
    return QString::number(uint(c), 16).rightJustified(width, u'0');
}

QString escapedCodePoint(char32_t c)
{
    switch (c) {
    case U'\a': return u"\\a"_s;
    case U'\b': return u"\\b"_s;
    case U'\f': return u"\\f"_s;
    case U'\n': return u"\\n"_s;
    case U'\r': return u"\\r"_s;
    case U'\t': return u"\\t"_s;
    case U'\v': return u"\\v"_s;
    default: break;
    }
    if (c < 0x20 || c == 0x7f)
        return u"\\x"_s + hex(c, 2);
    if (c < 0x10000)
        return u"\\u"_s + hex(c, 4);
    return u"\\U"_s + hex(c, 8);
}

} // namespace

QString Node::quote(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    const QList<uint> codePoints = value.toUcs4();
    for (uint point : codePoints) {
        const char32_t c = point;
        if (c == U'"' || c == U'\\') {
            out += u'\\';
            out += QChar(char16_t(c));
        } else if (isPrintable(c)) {
            out += QString::fromUcs4(&c, 1);
        } else {
            out += escapedCodePoint(c);
        }
    }
    out += u'"';
    return out;
}

QString Node::dump() const
{
    QString out = keyword;
    if (!flags.isEmpty()) {
        QStringList quoted;
        for (const QString &flag : flags)
            quoted += quote(flag);
        out += u" ["_s + quoted.join(u' ') + u']';
    }
    for (const QString &argument : arguments)
        out += u' ' + quote(argument);
    for (const Node &child : children)
        out += u" ("_s + child.dump() + u')';
    return out.trimmed();
}

} // namespace Ponton::Build
