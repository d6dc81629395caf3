#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Ponton::Build {

// Recognises the exec form of RUN, CMD, ENTRYPOINT, SHELL, ADD, COPY, VOLUME and HEALTHCHECK:
// the text (after leading whitespace) must be one complete, strict JSON value that is an array.
class JsonArrayParser
{
public:
    enum class Outcome {
        NotJson,         // not a JSON array at all: the instruction falls back to its shell form
        NotStringArray,  // a JSON array with a non-string element: a parse error
        StringArray,     // exec form
    };
    struct Parsed {
        Outcome outcome = Outcome::NotJson;
        QStringList strings;
    };

    static Parsed parse(QStringView text);

private:
    explicit JsonArrayParser(QStringView text) : m_text(text) {}

    bool value(int depth, QString *asString, bool *isString);
    bool array(int depth, QStringList *strings, bool *allStrings);
    bool object(int depth);
    bool string(QString *out);
    bool escape(QString *out);
    bool hex4(char16_t *out);
    bool number();
    bool literal(QStringView word);
    void skipWhitespace();
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }

    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace Ponton::Build
