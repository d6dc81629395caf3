#include "build/dockerignore.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

QString DockerIgnore::cleanPath(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return parts.join(u'/');
}

// Go's filepath.Match syntax ('*' and '?' never cross '/', '[…]' classes with '^' negation, '\' escapes)
// plus Docker's '**', which matches any number of folders, none included.
QRegularExpression DockerIgnore::compile(const QString &pattern)
{
    QString regex = u"^"_s;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'*') {
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u'*') {
                ++i;
                if (i + 1 < pattern.size() && pattern.at(i + 1) == u'/') {
                    ++i;
                    regex += u"(?:.*/)?"_s;
                } else {
                    regex += u".*"_s;
                }
            } else {
                regex += u"[^/]*"_s;
            }
        } else if (c == u'?') {
            regex += u"[^/]"_s;
        } else if (c == u'[') {
            const qsizetype close = pattern.indexOf(u']', i + 1);
            if (close < 0) {
                regex += u"\\["_s;
                continue;
            }
            QString body = pattern.mid(i + 1, close - i - 1);
            if (body.startsWith(u'^'))
                body.replace(0, 1, u'^');
            body.replace(u"\\"_s, u"\\\\"_s);
            regex += u'[' + body + u']';
            i = close;
        } else if (c == u'\\' && i + 1 < pattern.size()) {
            regex += QRegularExpression::escape(QString(pattern.at(++i)));
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    regex += u'$';
    return QRegularExpression(regex);
}

DockerIgnore DockerIgnore::parse(const QByteArray &text)
{
    DockerIgnore ignore;
    for (const QByteArray &rawLine : text.split('\n')) {
        QString line = QString::fromUtf8(rawLine);
        if (line.startsWith(u'#'))
            continue;
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        Rule rule;
        if (line.startsWith(u'!')) {
            rule.exception = true;
            line = line.mid(1).trimmed();
        }
        rule.pattern = cleanPath(line);
        if (rule.pattern.isEmpty())
            continue;
        rule.regex = compile(rule.pattern);
        if (!rule.regex.isValid())
            continue;
        ignore.m_rules.append(rule);
    }
    return ignore;
}

bool DockerIgnore::isExcluded(const QString &path) const
{
    const QString cleaned = cleanPath(path);
    if (cleaned.isEmpty())
        return false;
    // The path itself and each of its parent folders: a matched folder excludes what is below it.
    QStringList candidates;
    const QStringList parts = cleaned.split(u'/');
    for (qsizetype n = 1; n <= parts.size(); ++n)
        candidates.append(QStringList(parts.mid(0, n)).join(u'/'));
    bool excluded = false;
    for (const Rule &rule : m_rules) {
        for (const QString &candidate : candidates) {
            if (rule.regex.match(candidate).hasMatch()) {
                excluded = !rule.exception;
                break;
            }
        }
    }
    return excluded;
}

bool DockerIgnore::mayIncludeBelow(const QString &path) const
{
    const QString prefix = cleanPath(path) + u'/';
    for (const Rule &rule : m_rules) {
        if (rule.exception && (rule.pattern.startsWith(prefix) || rule.pattern.contains(u'*')))
            return true;
    }
    return false;
}

} // namespace Ponton::Build
