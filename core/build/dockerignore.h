#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Ponton::Build {

// The rules of a .dockerignore file, matched as Docker does: one pattern per line, `#` at the start of a
// line is a comment, lines trimmed and cleaned (`./a/../b` is `b`, leading and trailing `/` dropped),
// Go's filepath.Match per segment plus `**` for any number of folders, `!` re-includes, the last
// matching line decides, and a pattern that matches a folder excludes everything below it.
class DockerIgnore
{
public:
    static DockerIgnore parse(const QByteArray &text);

    bool isEmpty() const { return m_rules.isEmpty(); }
    // `path` is relative to the context root, with `/` separators ("src/main.c").
    bool isExcluded(const QString &path) const;
    // True when some `!` rule could re-include something below the excluded folder `path`.
    bool mayIncludeBelow(const QString &path) const;

    // A path cleaned as Go's filepath.Clean does a rooted one, without the slashes at either end:
    // `./a/../b` is `b`, `..` above the root is dropped.
    static QString cleanPath(const QString &path);

private:
    struct Rule {
        QString pattern;
        QRegularExpression regex;
        bool exception = false;
    };
    static QRegularExpression compile(const QString &pattern);

    QList<Rule> m_rules;
};

} // namespace Ponton::Build
