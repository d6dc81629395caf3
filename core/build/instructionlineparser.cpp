#include "build/instructionlineparser.h"

#include "build/jsonarrayparser.h"
#include "common/tr.h"

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\v' || c == u'\f' || c == u'\r';
}

enum class Split { Json, JsonToList, Words, String, NameValue, Args, Healthcheck, Onbuild, Ignore };

Split splitFor(const QString &keyword)
{
    static const QHash<QString, Split> table = {
        {u"add"_s, Split::JsonToList}, {u"copy"_s, Split::JsonToList}, {u"volume"_s, Split::JsonToList},
        {u"run"_s, Split::Json}, {u"cmd"_s, Split::Json}, {u"entrypoint"_s, Split::Json},
        {u"shell"_s, Split::Json}, {u"from"_s, Split::Words}, {u"expose"_s, Split::Words},
        {u"maintainer"_s, Split::String}, {u"user"_s, Split::String}, {u"workdir"_s, Split::String},
        {u"stopsignal"_s, Split::String}, {u"env"_s, Split::NameValue}, {u"label"_s, Split::NameValue},
        {u"arg"_s, Split::Args}, {u"healthcheck"_s, Split::Healthcheck}, {u"onbuild"_s, Split::Onbuild},
    };
    return table.value(keyword, Split::Ignore);
}

} // namespace

QStringList InstructionLineParser::splitBlanks(const QString &text, int maxParts)
{
    QStringList parts;
    qsizetype start = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (!isBlank(text[pos]) || (maxParts > 0 && parts.size() == maxParts - 1)) {
            ++pos;
            continue;
        }
        parts.append(text.mid(start, pos - start));
        while (pos < text.size() && isBlank(text[pos]))
            ++pos;
        start = pos;
    }
    parts.append(text.mid(start));
    return parts;
}

Result<Node> InstructionLineParser::parse(const QString &line, QChar escapeToken)
{
    const QString trimmed = line.trimmed();
    const QStringList command = splitBlanks(trimmed, 2);
    Node node;
    node.writtenKeyword = command.first();
    node.keyword = node.writtenKeyword.toLower();
    node.original = line;
    QString rest;
    if (command.size() == 2) {
        Flags flags = extractFlags(command.at(1), escapeToken);
        node.flags = std::move(flags.flags);
        rest = flags.rest.trimmed();
    }
    if (const Status filled = fillArguments(&node, rest, escapeToken); !filled)
        return std::unexpected(filled.error());
    return node;
}

namespace {

struct FlagWord {
    QString text;
    QChar quote;          // null outside quotes
    bool blankOk = false; // a quoted empty value still makes a flag
};

// Adds the character at pos (and the one an escape makes literal) to the flag word.
qsizetype addFlagCharacter(const QString &text, qsizetype pos, QChar escapeToken, FlagWord *word)
{
    const QChar c = text[pos];
    if (word->quote.isNull() && (c == u'\'' || c == u'"')) {
        word->quote = c;
        word->blankOk = true;
        return pos + 1;
    }
    if (!word->quote.isNull() && c == word->quote) {
        word->quote = QChar();
        return pos + 1;
    }
    if (c != escapeToken) {
        word->text += c;
        return pos + 1;
    }
    if (pos + 1 == text.size()) {
        word->quote = QChar();
        return pos + 1; // an escape at the very end is dropped
    }
    word->text += text[pos + 1];
    return pos + 2;
}

} // namespace

// Words starting with `--` right after the keyword, until the first other word; `--` alone ends them.
// Quotes are removed from flag words and the escape character makes the next character literal.
InstructionLineParser::Flags InstructionLineParser::extractFlags(const QString &text, QChar escapeToken)
{
    Flags result;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    for (;;) {
        while (pos < n && text[pos].isSpace())
            ++pos;
        if (pos == n)
            return result;
        if (!QStringView(text).mid(pos).startsWith(u"--")) {
            result.rest = text.mid(pos);
            return result;
        }
        FlagWord word;
        while (pos < n && (!word.quote.isNull() || !text[pos].isSpace()))
            pos = addFlagCharacter(text, pos, escapeToken, &word);
        if (word.text == u"--") {
            result.rest = text.mid(pos);
            return result;
        }
        if (word.blankOk || !word.text.isEmpty())
            result.flags.append(word.text);
    }
}

QStringList InstructionLineParser::splitWords(const QString &text, QChar escapeToken)
{
    QStringList words;
    QString word;
    bool inWord = false;
    bool blankOk = false;
    QChar quote; // null outside quotes
    const qsizetype n = text.size();
    for (qsizetype pos = 0; pos < n; ++pos) {
        const QChar c = text[pos];
        if (!inWord && c.isSpace())
            continue;
        inWord = true;
        if (quote.isNull() && c.isSpace()) {
            if (blankOk || !word.isEmpty())
                words.append(word);
            word.clear();
            inWord = false;
            blankOk = false;
            continue;
        }
        if (quote.isNull() && (c == u'\'' || c == u'"')) {
            quote = c;
            blankOk = true;
        } else if (!quote.isNull() && c == quote) {
            quote = QChar();
        } else if (c == escapeToken && quote != u'\'') {
            if (pos + 1 == n) {
                quote = QChar();
                continue; // an escape at the very end is dropped
            }
            word += c;
            ++pos;
        }
        word += text[pos];
    }
    if (inWord && (blankOk || !word.isEmpty()))
        words.append(word);
    return words;
}

Status InstructionLineParser::fillArguments(Node *node, const QString &rest, QChar escapeToken)
{
    switch (splitFor(node->keyword)) {
    case Split::Json:
        return parseMaybeJson(node, rest, false);
    case Split::JsonToList:
        return parseMaybeJson(node, rest, true);
    case Split::Words:
        if (!rest.isEmpty())
            node->arguments = splitBlanks(rest);
        return {};
    case Split::String:
        if (!rest.isEmpty())
            node->arguments = {rest};
        return {};
    case Split::NameValue:
        return parseNameValue(node, rest, escapeToken);
    case Split::Args:
        node->arguments = splitWords(rest, escapeToken);
        return {};
    case Split::Healthcheck:
        return parseHealthcheck(node, rest);
    case Split::Onbuild:
        return parseOnbuild(node, rest, escapeToken);
    case Split::Ignore:
        node->arguments = {QString()};
        return {};
    }
    return {};
}

Status InstructionLineParser::parseMaybeJson(Node *node, const QString &rest, bool splitFallback)
{
    if (rest.isEmpty() && !splitFallback)
        return {};
    JsonArrayParser::Parsed parsed = JsonArrayParser::parse(rest);
    if (parsed.outcome == JsonArrayParser::Outcome::NotStringArray) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("when using JSON array syntax, arrays must be comprised of strings only"));
    }
    if (parsed.outcome == JsonArrayParser::Outcome::StringArray) {
        node->arguments = std::move(parsed.strings);
        node->json = true;
        return {};
    }
    if (splitFallback) {
        if (!rest.isEmpty())
            node->arguments = splitBlanks(rest);
        return {};
    }
    node->arguments = {rest};
    return {};
}

// ENV and LABEL: `k=v k2=v2` gives the triplets (k, v, "="); the legacy `k v w` gives (k, "v w", "").
Status InstructionLineParser::parseNameValue(Node *node, const QString &rest, QChar escapeToken)
{
    const QStringList words = splitWords(rest, escapeToken);
    if (words.isEmpty())
        return {};
    const QString keyword = node->keyword.toUpper();
    if (!words.first().contains(u'=')) {
        const QStringList parts = splitBlanks(rest, 2);
        if (parts.size() < 2)
            return fail(ErrorCode::InvalidArgument, Tr::tr("%1 must have two arguments").arg(keyword));
        node->arguments = {parts.at(0), parts.at(1), QString()};
        return {};
    }
    for (const QString &word : words) {
        const qsizetype equals = word.indexOf(u'=');
        if (equals < 0) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Syntax error - can't find = in \"%1\". Must be of the form: name=value").arg(word));
        }
        node->arguments << word.left(equals) << word.mid(equals + 1) << u"="_s;
    }
    return {};
}

// HEALTHCHECK: the type word (`CMD`, `NONE`, anything), then the rest handled like CMD.
Status InstructionLineParser::parseHealthcheck(Node *node, const QString &rest)
{
    qsizetype separator = 0;
    while (separator < rest.size() && !rest[separator].isSpace())
        ++separator;
    if (separator == 0)
        return {};
    qsizetype next = separator;
    while (next < rest.size() && rest[next].isSpace())
        ++next;
    Node command;
    if (const Status parsed = parseMaybeJson(&command, rest.mid(next), false); !parsed)
        return parsed;
    node->arguments = QStringList{rest.left(separator)} + command.arguments;
    node->json = command.json;
    return {};
}

Status InstructionLineParser::parseOnbuild(Node *node, const QString &rest, QChar escapeToken)
{
    if (rest.isEmpty())
        return {};
    Result<Node> trigger = parse(rest, escapeToken);
    if (!trigger)
        return std::unexpected(trigger.error());
    node->children.push_back(std::move(*trigger));
    return {};
}

} // namespace Ponton::Build
