#include "app/settings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

namespace {
const QString LanguageKey = u"ui/language"_s;
const QString CompletedKey = u"tutorial/completed"_s;
const QString CurrentKey = u"tutorial/current"_s;
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(u"Ponton"_s, u"ponton-desktop"_s))
{
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void Settings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings->remove(LanguageKey);
    else
        m_settings->setValue(LanguageKey, code);
}

QStringList Settings::completedChapters() const
{
    return m_settings->value(CompletedKey).toStringList();
}

bool Settings::isChapterCompleted(const QString &chapterId) const
{
    return completedChapters().contains(chapterId);
}

void Settings::setChapterCompleted(const QString &chapterId, bool completed)
{
    QStringList chapters = completedChapters();
    if (completed == chapters.contains(chapterId))
        return;
    if (completed)
        chapters.append(chapterId);
    else
        chapters.removeAll(chapterId);
    m_settings->setValue(CompletedKey, chapters);
}

QString Settings::currentChapter() const
{
    return m_settings->value(CurrentKey).toString();
}

void Settings::setCurrentChapter(const QString &chapterId)
{
    m_settings->setValue(CurrentKey, chapterId);
}

void Settings::resetTutorial()
{
    m_settings->remove(CompletedKey);
    m_settings->remove(CurrentKey);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Ponton::Gui
