#include "tutorial/tutorialchapter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

namespace {

Status readHeaderLine(const QString &line, TutorialChapter &chapter)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return fail(ErrorCode::InvalidArgument, TutorialChapter::tr("header line without a key: \"%1\"").arg(line));
    const QString key = line.left(colon).trimmed();
    const QString value = line.mid(colon + 1).trimmed();
    if (value.isEmpty())
        return fail(ErrorCode::InvalidArgument, TutorialChapter::tr("empty value for \"%1\"").arg(key));
    if (key == u"id"_s) {
        static const QRegularExpression idPattern(u"^[a-z][a-z0-9-]*$"_s);
        if (!idPattern.match(value).hasMatch())
            return fail(ErrorCode::InvalidArgument, TutorialChapter::tr("bad chapter id \"%1\"").arg(value));
        chapter.id = value;
    } else if (key == u"command"_s) {
        chapter.commands.append(value);
    } else if (key == u"check"_s) {
        chapter.check = value;
    } else {
        return fail(ErrorCode::InvalidArgument, TutorialChapter::tr("unknown header key \"%1\"").arg(key));
    }
    return {};
}

} // namespace

Result<TutorialChapter> TutorialChapter::parse(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    if (lines.isEmpty() || lines.first() != u"---"_s)
        return fail(ErrorCode::InvalidArgument, tr("a chapter starts with a --- header"));
    TutorialChapter chapter;
    qsizetype index = 1;
    for (; index < lines.size() && lines.at(index) != u"---"_s; ++index) {
        if (lines.at(index).trimmed().isEmpty())
            continue;
        if (Status read = readHeaderLine(lines.at(index), chapter); !read)
            return std::unexpected(read.error());
    }
    if (index == lines.size())
        return fail(ErrorCode::InvalidArgument, tr("the header is not closed by ---"));
    if (chapter.id.isEmpty() || chapter.commands.isEmpty() || chapter.check.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("the header needs id, command and check"));
    for (++index; index < lines.size() && lines.at(index).trimmed().isEmpty(); ++index) {
    }
    if (index == lines.size() || !lines.at(index).startsWith(u"# "_s))
        return fail(ErrorCode::InvalidArgument, tr("the header is followed by a \"# Title\" line"));
    chapter.title = lines.at(index).mid(2).trimmed();
    chapter.body = lines.mid(index + 1).join(u'\n').trimmed();
    if (chapter.body.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("chapter \"%1\" has no explanation").arg(chapter.id));
    return chapter;
}

} // namespace Ponton::Gui
