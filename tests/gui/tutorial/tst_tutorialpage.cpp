#include "app/settings.h"
#include "tutorial/tutorialactions.h"
#include "tutorial/tutorialpage.h"
#include "tutorial/unavailabletutorialactions.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Ponton::Gui;
using namespace Qt::StringLiterals;

namespace {

// Stands for the engine: answers later (next event loop turn), as the real jobs do.
class FakeTutorialActions : public TutorialActions
{
    Q_OBJECT
public:
    using TutorialActions::TutorialActions;

    TutorialOutcome stepOutcome{TutorialOutcome::Status::Succeeded, u"pulled"_s, {}};
    TutorialOutcome checkOutcome{TutorialOutcome::Status::Succeeded, u"the image is there"_s, {}};
    QStringList runs;
    QStringList checks;
    bool answer = true;   // false: leave the request pending

    void runStep(const QString &chapterId) override
    {
        runs.append(chapterId);
        emit stepStarted(chapterId);
        if (answer) {
            QTimer::singleShot(0, this, [this, chapterId] {
                emit stepOutput(chapterId, u"Status: Downloaded newer image"_s);
                emit stepFinished(chapterId, stepOutcome);
            });
        }
    }
    void checkStep(const QString &chapterId) override
    {
        checks.append(chapterId);
        if (answer)
            QTimer::singleShot(0, this, [this, chapterId] { emit checkFinished(chapterId, checkOutcome); });
    }
    void cancel() override {}
    void detachShell() override {}
    bool isBusy() const override { return false; }
};

} // namespace

class TestTutorialPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loadsEveryChapterInBothLanguages_data();
    void loadsEveryChapterInBothLanguages();
    void languageSwitchKeepsTheChapter();
    void runThenCheckCompletesTheChapter();
    void failedCheckDoesNotComplete();
    void buttonsWaitForTheAnswer();
    void progressIsKeptBetweenRuns();
    void resetProgress();
    void navigationButtons();
    void unavailableEngineIsSaidHonestly();

private:
    QPushButton *button(const char *name) const
    {
        return m_page->findChild<QPushButton *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    Settings *m_settings = nullptr;
    FakeTutorialActions *m_actions = nullptr;
    TutorialPage *m_page = nullptr;
};

void TestTutorialPage::init()
{
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_settings = new Settings(m_dir.filePath(u"settings.ini"_s));
    m_actions = new FakeTutorialActions;
    m_page = new TutorialPage(m_settings, m_actions);
    m_page->setLanguage(u"en"_s);
    m_page->show();
}

void TestTutorialPage::cleanup()
{
    delete m_page;
    delete m_actions;
    delete m_settings;
}

void TestTutorialPage::loadsEveryChapterInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("firstTitle");
    QTest::newRow("fr") << u"fr"_s << u"Récupérer une image sur un registre"_s;
    QTest::newRow("en") << u"en"_s << u"Pull an image from a registry"_s;
}

void TestTutorialPage::loadsEveryChapterInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, firstTitle);
    m_page->setLanguage(language);
    QCOMPARE(m_page->language(), language);
    QCOMPARE(m_page->chapterCount(), 8);
    QCOMPARE(m_page->findChild<QListWidget *>(u"chapterList"_s)->count(), 8);
    QCOMPARE(m_page->titleText(), firstTitle);
    QStringList seen;
    for (int i = 0; i < m_page->chapterCount(); ++i) {
        m_page->showChapter(i);
        QCOMPARE(m_page->currentIndex(), i);
        QVERIFY(!seen.contains(m_page->titleText()));
        seen.append(m_page->titleText());
        QVERIFY2(m_page->bodyText().size() > 200, qPrintable(m_page->currentChapterId()));
        QVERIFY(m_page->commandText().startsWith(u"ponton "_s));
        QVERIFY(!m_page->bodyText().contains(u"id: "_s + m_page->currentChapterId()));   // no header shown
        QVERIFY(!m_page->bodyText().contains(u"command: ponton"_s));
    }
}

void TestTutorialPage::languageSwitchKeepsTheChapter()
{
    m_page->showChapter(2);
    QCOMPARE(m_page->currentChapterId(), u"build"_s);
    const QString englishBody = m_page->bodyText();
    QVERIFY(englishBody.contains(u"poor practice"_s));
    m_page->setLanguage(u"fr"_s);
    QCOMPARE(m_page->currentChapterId(), u"build"_s);
    QCOMPARE(m_page->titleText(), u"Construire une image depuis un Dockerfile"_s);
    QVERIFY(m_page->bodyText().contains(u"bonnes pratiques"_s));
    QCOMPARE(m_page->commandText(), u"ponton build -t alpinecurl ."_s);
}

void TestTutorialPage::runThenCheckCompletesTheChapter()
{
    QSignalSpy completed(m_page, &TutorialPage::chapterCompleted);
    QTest::mouseClick(button("runButton"), Qt::LeftButton);
    QCOMPARE(m_actions->runs, QStringList{u"pull"_s});
    QTRY_COMPARE(completed.count(), 1);
    QCOMPARE(completed.last().at(0).toString(), u"pull"_s);
    QCOMPARE(m_actions->checks, QStringList{u"pull"_s});   // a step that ran is checked at once
    QVERIFY(m_settings->isChapterCompleted(u"pull"_s));
    QVERIFY(m_page->resultText().contains(u"Check passed."_s));
    QVERIFY(m_page->resultText().contains(u"the image is there"_s));
    auto *output = m_page->findChild<QPlainTextEdit *>(u"stepOutput"_s);
    QVERIFY(output->toPlainText().contains(u"Downloaded newer image"_s));
    QVERIFY(!m_page->findChild<QListWidget *>(u"chapterList"_s)->item(0)->icon().isNull());
    QVERIFY(m_page->findChild<QListWidget *>(u"chapterList"_s)->item(1)->icon().isNull());
}

void TestTutorialPage::failedCheckDoesNotComplete()
{
    m_actions->checkOutcome = {TutorialOutcome::Status::Failed, u"no image alpine:curl"_s, u"store index"_s};
    m_page->showChapter(1);
    QSignalSpy completed(m_page, &TutorialPage::chapterCompleted);
    QTest::mouseClick(button("checkButton"), Qt::LeftButton);
    QTRY_VERIFY(m_page->resultText().contains(u"Check failed."_s));
    QVERIFY(m_page->resultText().contains(u"no image alpine:curl"_s));
    QCOMPARE(completed.count(), 0);
    QVERIFY(!m_settings->isChapterCompleted(u"commit"_s));
    QVERIFY(m_actions->runs.isEmpty());
}

void TestTutorialPage::buttonsWaitForTheAnswer()
{
    m_actions->answer = false;
    QTest::mouseClick(button("runButton"), Qt::LeftButton);
    QVERIFY(!button("runButton")->isEnabled());
    QVERIFY(!button("checkButton")->isEnabled());
    QCOMPARE(m_page->resultText(), u"Working…"_s);
    QTest::mouseClick(button("runButton"), Qt::LeftButton);
    QCOMPARE(m_actions->runs.size(), 1);
    emit m_actions->stepFinished(u"pull"_s, {TutorialOutcome::Status::Failed, u"registry unreachable"_s, {}});
    QVERIFY(button("runButton")->isEnabled());
    QVERIFY(m_page->resultText().contains(u"Step failed."_s));
    QVERIFY(m_actions->checks.isEmpty());   // a failed step is not checked
}

void TestTutorialPage::progressIsKeptBetweenRuns()
{
    m_settings->setChapterCompleted(u"pull"_s);
    m_settings->setChapterCompleted(u"commit"_s);
    m_page->showChapter(3);
    m_settings->sync();
    delete m_page;
    delete m_settings;
    m_settings = new Settings(m_dir.filePath(u"settings.ini"_s));
    m_page = new TutorialPage(m_settings, m_actions);
    m_page->setLanguage(u"fr"_s);
    QCOMPARE(m_page->currentChapterId(), u"images"_s);
    QCOMPARE(m_page->findChild<QLabel *>(u"progressLabel"_s)->text(), u"2 of 8 chapter(s) done"_s);
    m_page->showChapter(0);
    QVERIFY(m_page->resultText().startsWith(u"Done"_s));
}

void TestTutorialPage::resetProgress()
{
    m_settings->setChapterCompleted(u"pull"_s);
    m_page->showChapter(5);
    QTest::mouseClick(button("resetButton"), Qt::LeftButton);
    QVERIFY(m_settings->completedChapters().isEmpty());
    QCOMPARE(m_page->currentIndex(), 0);
    QCOMPARE(m_page->findChild<QLabel *>(u"progressLabel"_s)->text(), u"0 of 8 chapter(s) done"_s);
}

void TestTutorialPage::navigationButtons()
{
    QSignalSpy shown(m_page, &TutorialPage::chapterShown);
    QVERIFY(!button("previousButton")->isEnabled());
    QTest::mouseClick(button("nextButton"), Qt::LeftButton);
    QCOMPARE(m_page->currentChapterId(), u"commit"_s);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_settings->currentChapter(), u"commit"_s);
    m_page->showChapter(7);
    QVERIFY(!button("nextButton")->isEnabled());
    QTest::mouseClick(button("previousButton"), Qt::LeftButton);
    QCOMPARE(m_page->currentChapterId(), u"rmi"_s);
    m_page->findChild<QListWidget *>(u"chapterList"_s)->setCurrentRow(2);
    QCOMPARE(m_page->currentChapterId(), u"build"_s);
}

void TestTutorialPage::unavailableEngineIsSaidHonestly()
{
    UnavailableTutorialActions unavailable;
    TutorialPage page(m_settings, &unavailable);
    page.setLanguage(u"en"_s);
    page.runCurrentStep();
    QTRY_VERIFY(page.resultText().contains(u"Not available."_s));
    QVERIFY(!m_settings->isChapterCompleted(page.currentChapterId()));
}

QTEST_MAIN(TestTutorialPage)
#include "tst_tutorialpage.moc"
