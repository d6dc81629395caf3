#include "tutorial/tutorialbook.h"

#include <QTest>

using namespace Ponton;
using namespace Ponton::Gui;
using namespace Qt::StringLiterals;

// The chapter files embedded in the resources: both languages, every chapter, in step.
class TestTutorialBook : public QObject
{
    Q_OBJECT
private slots:
    void loads_data();
    void loads();
    void languagesHaveTheSameChapters();
    void chaptersFollowTheSeedTutorial();
    void commandsOfTheBrief_data();
    void commandsOfTheBrief();
    void unknownLanguage();
};

void TestTutorialBook::loads_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << u"fr"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestTutorialBook::loads()
{
    QFETCH(QString, language);
    const Result<TutorialBook> book = TutorialBook::load(language);
    QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
    QCOMPARE(book->language(), language);
    QCOMPARE(book->chapters().size(), 8);
    for (const TutorialChapter &chapter : book->chapters()) {
        QVERIFY2(!chapter.title.isEmpty(), qPrintable(chapter.id));
        QVERIFY2(chapter.body.size() > 200, qPrintable(chapter.id));
        QVERIFY2(!chapter.check.isEmpty(), qPrintable(chapter.id));
        // ponton commands, and in the commit chapter those typed in the container's shell.
        const QStringList inShell = chapter.id == u"commit"_s ? QStringList{u"apk add curl"_s, u"exit"_s} : QStringList();
        for (const QString &command : chapter.commands)
            QVERIFY2(command.startsWith(u"ponton "_s) || inShell.contains(command), qPrintable(command));
    }
}

void TestTutorialBook::languagesHaveTheSameChapters()
{
    const Result<TutorialBook> french = TutorialBook::load(u"fr"_s);
    const Result<TutorialBook> english = TutorialBook::load(u"en"_s);
    QVERIFY(french && english);
    QCOMPARE(french->chapters().size(), english->chapters().size());
    for (qsizetype i = 0; i < french->chapters().size(); ++i) {
        const TutorialChapter &fr = french->chapters().at(i);
        const TutorialChapter &en = english->chapters().at(i);
        QCOMPARE(fr.id, en.id);
        QCOMPARE(fr.commands, en.commands);   // commands are not translated
        QVERIFY2(fr.title != en.title, qPrintable(fr.id));
        QVERIFY2(fr.body != en.body, qPrintable(fr.id));
    }
}

void TestTutorialBook::chaptersFollowTheSeedTutorial()
{
    const Result<TutorialBook> book = TutorialBook::load(u"en"_s);
    QVERIFY(book);
    QStringList ids;
    for (const TutorialChapter &chapter : book->chapters())
        ids.append(chapter.id);
    QCOMPARE(ids, QStringList({u"pull"_s, u"commit"_s, u"build"_s, u"images"_s, u"layers"_s, u"tags"_s,
                               u"rmi"_s, u"definition"_s}));
    QCOMPARE(book->indexOf(u"layers"_s), 4);
    QCOMPARE(book->indexOf(u"nothing"_s), -1);
}

void TestTutorialBook::commandsOfTheBrief_data()
{
    QTest::addColumn<QString>("chapter");
    QTest::addColumn<QString>("command");
    QTest::newRow("pull") << u"pull"_s << u"ponton pull nginx:stable-alpine"_s;
    QTest::newRow("run") << u"commit"_s << u"ponton run -it alpine sh"_s;
    QTest::newRow("apk") << u"commit"_s << u"apk add curl"_s;
    QTest::newRow("exit") << u"commit"_s << u"exit"_s;
    QTest::newRow("commit") << u"commit"_s << u"ponton commit -m \"install curl\" ID alpine:curl"_s;
    QTest::newRow("build") << u"build"_s << u"ponton build -t alpinecurl ."_s;
    QTest::newRow("images") << u"images"_s << u"ponton images"_s;
    QTest::newRow("images-a") << u"layers"_s << u"ponton images -a"_s;
    QTest::newRow("tag") << u"tags"_s << u"ponton tag alpinecurl alpinecurl:1.0"_s;
    QTest::newRow("rmi") << u"rmi"_s << u"ponton rmi alpinecurl"_s;
}

void TestTutorialBook::commandsOfTheBrief()
{
    QFETCH(QString, chapter);
    QFETCH(QString, command);
    for (const QString &language : {u"fr"_s, u"en"_s}) {
        const Result<TutorialBook> book = TutorialBook::load(language);
        QVERIFY(book);
        const qsizetype index = book->indexOf(chapter);
        QVERIFY(index >= 0);
        QVERIFY2(book->chapters().at(index).commands.contains(command), qPrintable(language));
    }
}

void TestTutorialBook::unknownLanguage()
{
    const Result<TutorialBook> book = TutorialBook::load(u"xx"_s);
    QVERIFY(!book);
    QCOMPARE(book.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestTutorialBook)
#include "tst_tutorialbook.moc"
