#pragma once

#include "tutorial/tutorialchapter.h"

#include <QCoreApplication>
#include <QList>

namespace Ponton::Gui {

// The tutorial's chapters for one language, read from the resources (:/tutorial/<lang>/NN-<id>.md),
// in file-name order. Every language has the same chapters, with the same ids, in the same order.
class TutorialBook
{
    Q_DECLARE_TR_FUNCTIONS(TutorialBook)

public:
    static QString resourceDirectory(const QString &language);
    static Result<TutorialBook> load(const QString &language);

    QString language() const { return m_language; }
    const QList<TutorialChapter> &chapters() const { return m_chapters; }
    qsizetype indexOf(const QString &chapterId) const;

private:
    QString m_language;
    QList<TutorialChapter> m_chapters;
};

} // namespace Ponton::Gui
