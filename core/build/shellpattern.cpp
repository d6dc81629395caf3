#include "build/shellpattern.h"

#include "common/tr.h"

using namespace Qt::StringLiterals;

namespace Ponton::Build {

Result<ShellPattern> ShellPattern::compile(const std::u32string &pattern)
{
    ShellPattern compiled;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char32_t c = pattern[i];
        if (c == U'*') {
            compiled.m_tokens.push_back({Kind::AnyRun, 0});
            continue;
        }
        if (c == U'?') {
            compiled.m_tokens.push_back({Kind::AnyOne, 0});
            continue;
        }
        if (c != U'\\') {
            compiled.m_tokens.push_back({Kind::Literal, c});
            continue;
        }
        const char32_t escaped = i + 1 < pattern.size() ? pattern[i + 1] : 0;
        if (escaped != U'*' && escaped != U'?' && escaped != U'\\' && escaped != U'}' && escaped != U'/') {
            const QString shown = escaped ? QString::fromUcs4(&escaped, 1) : QString();
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("invalid pattern (%1) in substitution: invalid escape '\\%2'")
                            .arg(QString::fromStdU32String(pattern), shown));
        }
        compiled.m_tokens.push_back({Kind::Literal, escaped});
        ++i;
    }
    return compiled;
}

bool ShellPattern::matches(std::u32string_view text) const
{
    // Iterative wildcard matching with one backtrack point (the last `*`).
    size_t t = 0, p = 0;
    size_t starToken = std::u32string_view::npos, starText = 0;
    while (t < text.size()) {
        if (p < m_tokens.size() && m_tokens[p].kind == Kind::AnyRun) {
            starToken = p++;
            starText = t;
            continue;
        }
        if (p < m_tokens.size()
            && (m_tokens[p].kind == Kind::AnyOne || m_tokens[p].c == text[t])) {
            ++p;
            ++t;
            continue;
        }
        if (starToken == std::u32string_view::npos)
            return false;
        p = starToken + 1;
        t = ++starText;
    }
    while (p < m_tokens.size() && m_tokens[p].kind == Kind::AnyRun)
        ++p;
    return p == m_tokens.size();
}

std::u32string ShellPattern::trimPrefix(const std::u32string &value, bool longest) const
{
    const std::u32string_view view(value);
    const qsizetype n = qsizetype(value.size());
    for (qsizetype i = 0; i <= n; ++i) {
        const qsizetype length = longest ? n - i : i;
        if (matches(view.substr(0, size_t(length))))
            return value.substr(size_t(length));
    }
    return value;
}

std::u32string ShellPattern::trimSuffix(const std::u32string &value, bool longest) const
{
    const std::u32string_view view(value);
    const qsizetype n = qsizetype(value.size());
    for (qsizetype i = 0; i <= n; ++i) {
        const qsizetype length = longest ? n - i : i;
        if (matches(view.substr(size_t(n - length))))
            return value.substr(0, size_t(n - length));
    }
    return value;
}

qsizetype ShellPattern::longestMatchAt(std::u32string_view text, qsizetype start) const
{
    for (qsizetype end = qsizetype(text.size()); end >= start; --end) {
        if (matches(text.substr(size_t(start), size_t(end - start))))
            return end - start;
    }
    return -1;
}

std::u32string ShellPattern::replace(const std::u32string &value, const std::u32string &replacement,
                                     bool all) const
{
    const std::u32string_view view(value);
    std::u32string out;
    qsizetype pos = 0;
    const qsizetype n = qsizetype(value.size());
    bool replaced = false;
    qsizetype lastMatchEnd = -1;
    while (pos <= n) {
        qsizetype length = (all || !replaced) ? longestMatchAt(view, pos) : -1;
        if (length == 0 && pos == lastMatchEnd)
            length = -1; // an empty match right after a match is ignored (as Go's regexp does)
        if (length < 0) {
            if (pos < n)
                out += value[size_t(pos)];
            ++pos;
            continue;
        }
        out += replacement;
        replaced = true;
        lastMatchEnd = pos + length;
        if (length == 0 && pos < n)
            out += value[size_t(pos)];
        pos += length == 0 ? 1 : length;
    }
    return out;
}

} // namespace Ponton::Build
