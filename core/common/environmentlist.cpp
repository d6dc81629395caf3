#include "common/environmentlist.h"

#include "common/tr.h"

#include <QFile>
#include <QList>
#include <QStringDecoder>

#include <algorithm>

namespace Ponton {

namespace {

std::optional<QString> processValue(const QString &name)
{
    const QByteArray key = name.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(key.constData()))
        return std::nullopt;
    return qEnvironmentVariable(key.constData());
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}

} // namespace

EnvironmentList::EnvironmentList() : m_lookup(processValue) {}

EnvironmentList::EnvironmentList(Lookup lookup) : m_lookup(std::move(lookup)) {}

Result<QStringList> EnvironmentList::fromOptions(const QStringList &files, const QStringList &options)
{
    EnvironmentList env;
    for (const QString &path : files) {
        if (Status added = env.addFile(path); !added)
            return std::unexpected(added.error());
    }
    for (const QString &entry : options)
        env.addOption(entry);
    return env.entries();
}

Status EnvironmentList::addFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, Tr::tr("open %1: no such file or directory").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::PermissionDenied, Tr::tr("open %1: %2").arg(path, file.errorString()));
    return addFileContents(file.readAll(), path);
}

Status EnvironmentList::addFileContents(QByteArrayView contents, const QString &path)
{
    int lineNumber = 0;
    for (QByteArrayView raw : QByteArray::fromRawData(contents.data(), contents.size()).split('\n')) {
        ++lineNumber;
        if (lineNumber == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw = raw.sliced(3);  // a UTF-8 byte order mark
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString line = decoder.decode(raw);
        if (decoder.hasError())
            return fail(ErrorCode::InvalidArgument, Tr::tr("%1:%2: the line is not valid UTF-8").arg(path).arg(lineNumber));
        qsizetype start = 0;
        while (start < line.size() && isSpace(line.at(start)))
            ++start;
        line = line.mid(start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString name = equals < 0 ? line : line.left(equals);
        if (name.isEmpty())
            return fail(ErrorCode::InvalidArgument, Tr::tr("%1:%2: no variable name on line '%3'").arg(path).arg(lineNumber).arg(line));
        if (std::any_of(name.begin(), name.end(), isSpace))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("%1:%2: variable '%3' contains whitespaces").arg(path).arg(lineNumber).arg(name.trimmed()));
        if (equals < 0)
            addResolved(name, m_lookup(name));
        else
            m_entries.append(line);
    }
    return {};
}

void EnvironmentList::addOption(const QString &entry)
{
    if (entry.contains(u'='))
        m_entries.append(entry);
    else
        addResolved(entry, m_lookup(entry));
}

void EnvironmentList::addResolved(const QString &name, const std::optional<QString> &value)
{
    if (value)
        m_entries.append(name + u'=' + *value);
}

} // namespace Ponton
