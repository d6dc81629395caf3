#include "app/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Ponton::Gui;
using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void keptAcrossInstances();
    void completedChaptersAreASet();
    void emptyLanguageMeansSystem();
    void resetTutorialKeepsLanguage();

private:
    QString freshFile();
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestSettings::freshFile()
{
    return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_files));
}

void TestSettings::defaults()
{
    Settings settings(freshFile());
    QCOMPARE(settings.language(), QString());
    QVERIFY(settings.completedChapters().isEmpty());
    QCOMPARE(settings.currentChapter(), QString());
}

void TestSettings::keptAcrossInstances()
{
    const QString file = freshFile();
    {
        Settings settings(file);
        settings.setLanguage(u"fr"_s);
        settings.setChapterCompleted(u"pull"_s);
        settings.setCurrentChapter(u"commit"_s);
        settings.sync();
    }
    Settings again(file);
    QCOMPARE(again.language(), u"fr"_s);
    QVERIFY(again.isChapterCompleted(u"pull"_s));
    QVERIFY(!again.isChapterCompleted(u"commit"_s));
    QCOMPARE(again.currentChapter(), u"commit"_s);
}

void TestSettings::completedChaptersAreASet()
{
    Settings settings(freshFile());
    settings.setChapterCompleted(u"pull"_s);
    settings.setChapterCompleted(u"pull"_s);
    settings.setChapterCompleted(u"build"_s);
    QCOMPARE(settings.completedChapters(), QStringList({u"pull"_s, u"build"_s}));
    settings.setChapterCompleted(u"pull"_s, false);
    QCOMPARE(settings.completedChapters(), QStringList{u"build"_s});
}

void TestSettings::emptyLanguageMeansSystem()
{
    Settings settings(freshFile());
    settings.setLanguage(u"en"_s);
    settings.setLanguage(QString());
    QCOMPARE(settings.language(), QString());
}

void TestSettings::resetTutorialKeepsLanguage()
{
    Settings settings(freshFile());
    settings.setLanguage(u"fr"_s);
    settings.setChapterCompleted(u"tags"_s);
    settings.setCurrentChapter(u"tags"_s);
    settings.resetTutorial();
    QVERIFY(settings.completedChapters().isEmpty());
    QCOMPARE(settings.currentChapter(), QString());
    QCOMPARE(settings.language(), u"fr"_s);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
