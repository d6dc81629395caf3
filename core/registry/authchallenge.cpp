#include "registry/authchallenge.h"

namespace Ponton::Registry {

namespace {

// A small cursor over the header bytes; every step skips nothing it is not asked to.
class Cursor
{
public:
    explicit Cursor(const QByteArray &text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void skip() { ++m_pos; }
    void skipSpaces()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            skip();
    }
    void skipSeparators()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == ','))
            skip();
    }
    // A token (RFC 7230 tchar), plus '/' and '=' that token68 allows at its end.
    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()))
            skip();
        return m_text.mid(start, m_pos - start);
    }
    QByteArray quoted()
    {
        QByteArray value;
        skip(); // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\')
                skip();
            if (!atEnd())
                value += peek();
            skip();
        }
        skip(); // closing quote
        return value;
    }
    qsizetype position() const { return m_pos; }
    void rewind(qsizetype pos) { m_pos = pos; }

private:
    static bool isTokenChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~/:").contains(c);
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

// Reads "name=value" at the cursor; leaves the cursor where it was when there is none (a new scheme).
bool readParameter(Cursor &cursor, AuthChallenge &challenge)
{
    const qsizetype start = cursor.position();
    const QByteArray name = cursor.token();
    cursor.skipSpaces();
    if (name.isEmpty() || cursor.peek() != '=') {
        cursor.rewind(start);
        return false;
    }
    cursor.skip();
    cursor.skipSpaces();
    const QByteArray value = cursor.peek() == '"' ? cursor.quoted() : cursor.token();
    challenge.parameters.insert(QString::fromUtf8(name).toLower(), QString::fromUtf8(value));
    return true;
}

} // namespace

QList<AuthChallenge> AuthChallenge::parse(const QByteArray &header)
{
    QList<AuthChallenge> challenges;
    Cursor cursor(header);
    cursor.skipSeparators();
    while (!cursor.atEnd()) {
        const QByteArray scheme = cursor.token();
        if (scheme.isEmpty())
            break;
        AuthChallenge challenge;
        challenge.scheme = QString::fromUtf8(scheme).toLower();
        cursor.skipSpaces();
        while (!cursor.atEnd() && readParameter(cursor, challenge))
            cursor.skipSeparators();
        challenges.append(challenge);
        cursor.skipSeparators();
    }
    return challenges;
}

AuthChallenge AuthChallenge::preferred(const QList<AuthChallenge> &challenges)
{
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.isBearer())
            return challenge;
    }
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.isBasic())
            return challenge;
    }
    return {};
}

} // namespace Ponton::Registry
