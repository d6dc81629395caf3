#pragma once

#include "common/error.h"

#include <QString>

#include <string>
#include <vector>

namespace Ponton::Build {

// A shell glob used by `${V#p}`, `${V%p}` and `${V/p/r}`: `*` any run, `?` one character,
// `\*`, `\?`, `\\` literal; `\}` and `\/` are the brace and slash themselves. Everything else is literal.
class ShellPattern
{
public:
    static Result<ShellPattern> compile(const std::u32string &pattern);

    bool matches(std::u32string_view text) const;

    // Removes the shortest (or longest) prefix / suffix of value that matches.
    std::u32string trimPrefix(const std::u32string &value, bool longest) const;
    std::u32string trimSuffix(const std::u32string &value, bool longest) const;
    // Replaces the leftmost-longest match (or every match, left to right).
    std::u32string replace(const std::u32string &value, const std::u32string &replacement, bool all) const;

private:
    enum class Kind { Literal, AnyOne, AnyRun };
    struct Token {
        Kind kind;
        char32_t c;
    };
    // Length of the longest match starting at `start`, or -1.
    qsizetype longestMatchAt(std::u32string_view text, qsizetype start) const;

    std::vector<Token> m_tokens;
};

} // namespace Ponton::Build
