#pragma once

#include "build/shelllexer.h"

#include <string>
#include <vector>

namespace Ponton::Build {

// One left-to-right pass of ShellLexer over a word (code points). Internal to ShellLexer.
class ShellScanner
{
public:
    ShellScanner(const QString &input, const ShellEnvironment &env, QChar escapeToken,
                 const ShellLexer::Options &options);

    // Scans the whole input: the single-word result, the split words and the looked-up names.
    Result<ShellExpansion> run();

private:
    // Word splitting state (BuildKit's wordsStruct).
    struct Words {
        std::u32string word;
        std::vector<std::u32string> words;
        bool inWord = false;
        void addChar(char32_t c);
        void addRawChar(char32_t c);
        void addString(const std::u32string &text);
        void addRawString(const std::u32string &text);
        std::vector<std::u32string> finish();
    };
    static constexpr char32_t End = 0xFFFFFFFF;

    char32_t peek() const { return m_pos < m_input.size() ? m_input[m_pos] : End; }
    char32_t next() { return m_pos < m_input.size() ? m_input[m_pos++] : End; }

    Result<std::u32string> processStopOn(char32_t stop, bool rawEscapes, Words *words);
    void processPlain(std::u32string *result, Words *words);
    Result<std::u32string> processSingleQuote();
    Result<std::u32string> processDoubleQuote();
    Result<std::u32string> processDollar();
    Result<std::u32string> processBraced();
    Result<std::u32string> processModifier(const std::u32string &name, char32_t modifier, bool nullIsUnset);
    Result<std::u32string> processReplacement(const std::u32string &name);
    static Result<std::u32string> trimPattern(const std::u32string &value, std::u32string word, char32_t modifier);
    std::u32string processName();
    bool lookup(const std::u32string &name, std::u32string *value);

    std::u32string m_input;
    size_t m_pos = 0;
    const ShellEnvironment &m_env;
    char32_t m_escape;
    ShellLexer::Options m_options;
    QSet<QString> m_matched;
    QSet<QString> m_unmatched;
};

} // namespace Ponton::Build
