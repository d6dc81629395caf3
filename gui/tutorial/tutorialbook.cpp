#include "tutorial/tutorialbook.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

// The resources live in the static library ponton-gui: make sure the linker keeps them.
static void initPontonResources()
{
    Q_INIT_RESOURCE(ponton);
}

namespace Ponton::Gui {

QString TutorialBook::resourceDirectory(const QString &language)
{
    return u":/tutorial/%1"_s.arg(language);
}

Result<TutorialBook> TutorialBook::load(const QString &language)
{
    initPontonResources();
    const QDir directory(resourceDirectory(language));
    const QStringList files = directory.entryList({u"*.md"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return fail(ErrorCode::NotFound, tr("no tutorial chapters for language \"%1\"").arg(language));
    TutorialBook book;
    book.m_language = language;
    for (const QString &name : files) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::NotFound, tr("cannot open %1").arg(file.fileName()), file.errorString());
        Result<TutorialChapter> chapter = TutorialChapter::parse(QString::fromUtf8(file.readAll()));
        if (!chapter)
            return std::unexpected(std::move(chapter.error()).withContext(file.fileName()));
        book.m_chapters.append(std::move(*chapter));
    }
    return book;
}

qsizetype TutorialBook::indexOf(const QString &chapterId) const
{
    for (qsizetype i = 0; i < m_chapters.size(); ++i) {
        if (m_chapters.at(i).id == chapterId)
            return i;
    }
    return -1;
}

} // namespace Ponton::Gui
