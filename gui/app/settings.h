#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace Ponton::Gui {

// The desktop application's own preferences: the language and the tutorial's progress.
class Settings
{
public:
    Settings();                                  // the user's settings (organisation Ponton)
    explicit Settings(const QString &iniFile);   // a given file, for tests
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // A language code ("fr", "en"), or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &code);

    QStringList completedChapters() const;
    bool isChapterCompleted(const QString &chapterId) const;
    void setChapterCompleted(const QString &chapterId, bool completed = true);
    QString currentChapter() const;
    void setCurrentChapter(const QString &chapterId);
    void resetTutorial();

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Ponton::Gui
