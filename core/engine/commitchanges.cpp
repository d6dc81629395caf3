#include "engine/commitchanges.h"

#include "common/tr.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton {

namespace {

// A JSON array of strings (exec form), or nothing.
std::optional<QStringList> execForm(const QString &text)
{
    if (!text.startsWith(u'['))
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QStringList words;
    for (const QJsonValue &value : document.array()) {
        if (!value.isString())
            return std::nullopt;
        words.append(value.toString());
    }
    return words;
}

QStringList commandForm(const QString &text, const QStringList &shell)
{
    if (std::optional<QStringList> words = execForm(text))
        return *words;
    QStringList words = shell.isEmpty() ? QStringList{u"/bin/sh"_s, u"-c"_s} : shell;
    words.append(text);
    return words;
}

QString unquoted(QString text)
{
    if (text.size() >= 2 && (text.front() == u'"' || text.front() == u'\'') && text.back() == text.front())
        text = text.mid(1, text.size() - 2);
    return text;
}

// "A=1 B=2" or the old "A 1" form: KEY/value pairs.
QList<std::pair<QString, QString>> pairs(const QString &text)
{
    QList<std::pair<QString, QString>> result;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty() && !words.first().contains(u'=')) {
        result.append({words.first(), unquoted(text.section(u' ', 1).trimmed())});
        return result;
    }
    for (const QString &word : words)
        result.append({word.section(u'=', 0, 0), unquoted(word.section(u'=', 1))});
    return result;
}

void addSorted(QStringList &list, const QString &item)
{
    if (!list.contains(item))
        list.append(item);
    std::sort(list.begin(), list.end());
}

} // namespace

Status CommitChanges::apply(Image::ContainerConfig &config, const QString &change)
{
    const QString trimmed = change.trimmed();
    const QString keyword = trimmed.section(u' ', 0, 0).toUpper();
    const QString rest = trimmed.section(u' ', 1).trimmed();
    if (rest.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1 requires at least one argument").arg(keyword));
    if (keyword == u"CMD") {
        config.cmd = commandForm(rest, config.shell);
    } else if (keyword == u"ENTRYPOINT") {
        config.entrypoint = commandForm(rest, config.shell);
    } else if (keyword == u"ENV") {
        for (const auto &[name, value] : pairs(rest))
            config.setEnv(name, value);
    } else if (keyword == u"LABEL") {
        for (const auto &[name, value] : pairs(rest))
            config.labels.insert(unquoted(name), value);
    } else if (keyword == u"EXPOSE") {
        for (const QString &port : rest.split(u' ', Qt::SkipEmptyParts))
            addSorted(config.exposedPorts, port.contains(u'/') ? port : port + u"/tcp"_s);
    } else if (keyword == u"VOLUME") {
        for (const QString &volume : execForm(rest).value_or(rest.split(u' ', Qt::SkipEmptyParts)))
            addSorted(config.volumes, volume);
    } else if (keyword == u"USER") {
        config.user = rest;
    } else if (keyword == u"WORKDIR") {
        const QString base = config.workingDir.isEmpty() ? u"/"_s : config.workingDir;
        config.workingDir = QDir::cleanPath(rest.startsWith(u'/') ? rest : base + u'/' + rest);
    } else if (keyword == u"ONBUILD") {
        config.onBuild.append(rest);
    } else {
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1 is not a valid change command").arg(keyword));
    }
    return {};
}

} // namespace Ponton
