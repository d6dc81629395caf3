#pragma once

#include "common/error.h"

#include <QChar>
#include <QSet>
#include <QString>

namespace Ponton::Build {

// The `# name=value` lines at the very top of a Dockerfile: `syntax`, `escape`, `check`.
// Lines are fed in order until the first one that is not a directive ends the section.
class ParserDirectives
{
public:
    // Looks at one line (leading whitespace already removed). Errors: a repeated directive,
    // an escape that is neither `\` nor a backtick.
    Status feed(const QString &line, int lineNumber);

    bool done() const { return m_done; }
    QChar escapeToken() const { return m_escape; }
    QString syntax() const { return m_syntax; }
    int syntaxLine() const { return m_syntaxLine; }
    QString check() const { return m_check; }

private:
    bool m_done = false;
    QSet<QString> m_seen;
    QChar m_escape = u'\\';
    QString m_syntax;
    int m_syntaxLine = 0;
    QString m_check;
};

} // namespace Ponton::Build
