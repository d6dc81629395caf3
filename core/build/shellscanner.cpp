#include "build/shellscanner.h"

#include "build/shellpattern.h"
#include "common/tr.h"

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

QString toQString(const std::u32string &text)
{
    return QString::fromUcs4(text.data(), qsizetype(text.size()));
}

std::u32string toU32(const QString &text)
{
    return text.toStdU32String();
}

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
}

bool isSpecialParameter(char32_t c)
{
    return c == U'@' || c == U'*' || c == U'#' || c == U'?' || c == U'-' || c == U'$' || c == U'!'
        || c == U'0';
}

std::unexpected<Error> syntaxError(const QString &message)
{
    return fail(ErrorCode::InvalidArgument, message);
}

} // namespace

void ShellScanner::Words::addChar(char32_t c)
{
    if (!isSpace(c)) {
        addRawChar(c);
        return;
    }
    if (inWord && !word.empty()) {
        words.push_back(word);
        word.clear();
        inWord = false;
    }
}

void ShellScanner::Words::addRawChar(char32_t c)
{
    word += c;
    inWord = true;
}

void ShellScanner::Words::addString(const std::u32string &text)
{
    for (char32_t c : text)
        addChar(c);
}

void ShellScanner::Words::addRawString(const std::u32string &text)
{
    word += text;
    inWord = true;
}

std::vector<std::u32string> ShellScanner::Words::finish()
{
    if (!word.empty()) {
        words.push_back(word);
        word.clear();
        inWord = false;
    }
    return words;
}

ShellScanner::ShellScanner(const QString &input, const ShellEnvironment &env, QChar escapeToken,
                           const ShellLexer::Options &options)
    : m_input(toU32(input)), m_env(env), m_escape(escapeToken.unicode()), m_options(options)
{
}

Result<ShellExpansion> ShellScanner::run()
{
    Words words;
    const Result<std::u32string> result = processStopOn(End, m_options.rawEscapes, &words);
    if (!result) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("failed to process \"%1\": %2").arg(toQString(m_input), result.error().message));
    }
    ShellExpansion expansion;
    expansion.word = toQString(*result);
    for (const std::u32string &word : words.finish())
        expansion.words.append(toQString(word));
    expansion.matched = m_matched;
    expansion.unmatched = m_unmatched;
    return expansion;
}

Result<std::u32string> ShellScanner::processStopOn(char32_t stop, bool rawEscapes, Words *words)
{
    const bool savedRawEscapes = m_options.rawEscapes;
    m_options.rawEscapes = rawEscapes;
    std::u32string result;
    while (peek() != End) {
        const char32_t c = peek();
        if (stop != End && c == stop) {
            next();
            m_options.rawEscapes = savedRawEscapes;
            return result;
        }
        const bool quote = !m_options.skipProcessQuotes && (c == U'\'' || c == U'"');
        if (c != U'$' && !quote) {
            processPlain(&result, words);
            continue;
        }
        const Result<std::u32string> part = c == U'$' ? processDollar()
            : c == U'\'' ? processSingleQuote() : processDoubleQuote();
        if (!part) {
            m_options.rawEscapes = savedRawEscapes;
            return part;
        }
        result += *part;
        if (c == U'$')
            words->addString(*part);
        else
            words->addRawString(*part);
    }
    m_options.rawEscapes = savedRawEscapes;
    if (stop != End) {
        return syntaxError(Tr::tr("unexpected end of statement while looking for matching %1")
                               .arg(QString::fromUcs4(&stop, 1)));
    }
    return result;
}

void ShellScanner::processPlain(std::u32string *result, Words *words)
{
    char32_t c = next();
    if (c == U'<' && peek() == U'<') {
        // A heredoc marker: `<<` and the blanks after it stay in the word.
        next();
        *result += U"<<";
        words->addRawString(U"<<");
        while (peek() == U' ' || peek() == U'\t') {
            *result += peek();
            words->addRawChar(next());
        }
        return;
    }
    if (c != m_escape) {
        words->addChar(c);
        *result += c;
        return;
    }
    if (m_options.rawEscapes) {
        words->addRawChar(c);
        *result += c;
    }
    c = next();
    if (c == End)
        return;
    words->addRawChar(c);
    *result += c;
}

Result<std::u32string> ShellScanner::processSingleQuote()
{
    std::u32string result;
    const char32_t open = next();
    if (m_options.rawQuotes)
        result += open;
    for (;;) {
        const char32_t c = next();
        if (c == End)
            return syntaxError(Tr::tr("unexpected end of statement while looking for matching single-quote"));
        if (c == U'\'') {
            if (m_options.rawQuotes)
                result += c;
            return result;
        }
        result += c;
    }
}

Result<std::u32string> ShellScanner::processDoubleQuote()
{
    std::u32string result;
    const char32_t open = next();
    if (m_options.rawQuotes)
        result += open;
    for (;;) {
        const char32_t c = peek();
        if (c == End)
            return syntaxError(Tr::tr("unexpected end of statement while looking for matching double-quote"));
        if (c == U'"') {
            next();
            if (m_options.rawQuotes)
                result += c;
            return result;
        }
        if (c == U'$') {
            const Result<std::u32string> value = processDollar();
            if (!value)
                return value;
            result += *value;
            continue;
        }
        char32_t ch = next();
        if (ch == m_escape) {
            if (m_options.rawEscapes)
                result += ch;
            const char32_t after = peek();
            if (after == End)
                continue;
            if (after == U'"' || after == U'$' || after == m_escape)
                ch = next();
        }
        result += ch;
    }
}

std::u32string ShellScanner::processName()
{
    std::u32string name;
    while (peek() != End) {
        const char32_t c = peek();
        if (name.empty() && QChar::isDigit(c)) {
            while (peek() != End && QChar::isDigit(peek()))
                name += next();
            return name;
        }
        if (name.empty() && isSpecialParameter(c)) {
            name += next();
            return name;
        }
        if (!QChar::isLetter(c) && !QChar::isDigit(c) && c != U'_')
            break;
        name += next();
    }
    return name;
}

bool ShellScanner::lookup(const std::u32string &name, std::u32string *value)
{
    const QString key = toQString(name);
    const auto it = m_env.constFind(key);
    if (it == m_env.constEnd()) {
        m_unmatched.insert(key);
        value->clear();
        return false;
    }
    m_matched.insert(key);
    *value = toU32(it.value());
    return true;
}

Result<std::u32string> ShellScanner::processDollar()
{
    next(); // '$'
    if (peek() == U'{')
        return processBraced();
    const std::u32string name = processName();
    if (name.empty())
        return std::u32string(U"$");
    std::u32string value;
    if (!lookup(name, &value) && m_options.skipUnsetEnv)
        return U"$" + name;
    return value;
}

Result<std::u32string> ShellScanner::processBraced()
{
    next(); // '{'
    const char32_t first = peek();
    if (first == End)
        return syntaxError(Tr::tr("syntax error: missing '}'"));
    if (first == U'{' || first == U'}' || first == U':')
        return syntaxError(Tr::tr("syntax error: bad substitution"));
    const std::u32string name = processName();
    const char32_t c = next();
    if (c == End)
        return syntaxError(Tr::tr("syntax error: missing '}'"));
    if (c == U'}') {
        std::u32string value;
        if (!lookup(name, &value) && m_options.skipUnsetEnv)
            return U"${" + name + U"}";
        return value;
    }
    if (c == U'/')
        return processReplacement(name);
    if (c == U':')
        return processModifier(name, next(), true);
    return processModifier(name, c, false);
}

Result<std::u32string> ShellScanner::processModifier(const std::u32string &name, char32_t modifier,
                                                     bool nullIsUnset)
{
    const std::u32string written = (nullIsUnset ? std::u32string(U":") : std::u32string())
        + (modifier == End ? std::u32string() : std::u32string(1, modifier));
    const bool patternModifier = modifier == U'#' || modifier == U'%';
    const bool known = modifier == U'-' || modifier == U'+' || modifier == U'?' || patternModifier;
    if (!known || (nullIsUnset && patternModifier)) {
        return syntaxError(Tr::tr("unsupported modifier (%1) in substitution").arg(toQString(written)));
    }
    Words ignored;
    Result<std::u32string> word = processStopOn(U'}', patternModifier, &ignored);
    if (!word) {
        if (peek() == End)
            return syntaxError(Tr::tr("syntax error: missing '}'"));
        return word;
    }
    std::u32string value;
    const bool set = lookup(name, &value);
    if (m_options.skipUnsetEnv && !set)
        return U"${" + name + written + *word + U"}";
    const bool empty = !set || (nullIsUnset && value.empty());
    switch (modifier) {
    case U'-':
        return empty ? *word : value;
    case U'+':
        return empty ? std::u32string() : *word;
    case U'?': {
        if (!empty)
            return value;
        const QString message = !word->empty() ? toQString(*word)
            : !set ? Tr::tr("is not allowed to be unset") : Tr::tr("is not allowed to be empty");
        return syntaxError(Tr::tr("%1: %2").arg(toQString(name), message));
    }
    default:
        break;
    }
    return trimPattern(value, *word, modifier);
}

// `${V#p}`, `${V##p}`, `${V%p}`, `${V%%p}`: a doubled modifier removes the longest match.
Result<std::u32string> ShellScanner::trimPattern(const std::u32string &value, std::u32string word, char32_t modifier)
{
    const bool longest = !word.empty() && word.front() == modifier;
    if (longest)
        word.erase(0, 1);
    const Result<ShellPattern> pattern = ShellPattern::compile(word);
    if (!pattern)
        return std::unexpected(pattern.error());
    return modifier == U'%' ? pattern->trimSuffix(value, longest) : pattern->trimPrefix(value, longest);
}

Result<std::u32string> ShellScanner::processReplacement(const std::u32string &name)
{
    const bool all = peek() == U'/';
    if (all)
        next();
    Words ignored;
    const Result<std::u32string> pattern = processStopOn(U'/', true, &ignored);
    if (!pattern) {
        if (peek() == End)
            return syntaxError(Tr::tr("syntax error: missing '/' in ${}"));
        return pattern;
    }
    const Result<std::u32string> replacement = processStopOn(U'}', true, &ignored);
    if (!replacement) {
        if (peek() == End)
            return syntaxError(Tr::tr("syntax error: missing '}'"));
        return replacement;
    }
    std::u32string value;
    const bool set = lookup(name, &value);
    if (m_options.skipUnsetEnv && !set)
        return U"${" + name + U"/" + *pattern + U"/" + *replacement + U"}";
    const Result<ShellPattern> compiled = ShellPattern::compile(*pattern);
    if (!compiled)
        return std::unexpected(compiled.error());
    return compiled->replace(value, *replacement, all);
}

} // namespace Ponton::Build
