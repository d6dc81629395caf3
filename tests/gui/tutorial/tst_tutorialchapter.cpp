#include "tutorial/tutorialchapter.h"

#include <QTest>

using namespace Ponton;
using namespace Ponton::Gui;
using namespace Qt::StringLiterals;

class TestTutorialChapter : public QObject
{
    Q_OBJECT
private slots:
    void parsesAChapter();
    void windowsLineEnds();
    void rejects_data();
    void rejects();
};

void TestTutorialChapter::parsesAChapter()
{
    const QString text = u"---\n"
                         "id: commit\n"
                         "command: ponton run -it alpine sh\n"
                         "command: ponton commit -m \"install curl\" ID alpine:curl\n"
                         "check: alpine:curl exists.\n"
                         "---\n"
                         "\n"
                         "# Commit a container\n"
                         "\n"
                         "Some *Markdown*: key: value is not a header here.\n"_s;
    const Result<TutorialChapter> chapter = TutorialChapter::parse(text);
    QVERIFY2(chapter, qPrintable(chapter ? QString() : chapter.error().toString()));
    QCOMPARE(chapter->id, u"commit"_s);
    QCOMPARE(chapter->title, u"Commit a container"_s);
    QCOMPARE(chapter->commands, QStringList({u"ponton run -it alpine sh"_s,
                                             u"ponton commit -m \"install curl\" ID alpine:curl"_s}));
    QCOMPARE(chapter->check, u"alpine:curl exists."_s);
    QCOMPARE(chapter->body, u"Some *Markdown*: key: value is not a header here."_s);
}

void TestTutorialChapter::windowsLineEnds()
{
    const Result<TutorialChapter> chapter = TutorialChapter::parse(
        u"---\r\nid: pull\r\ncommand: ponton pull alpine\r\ncheck: it is there\r\n---\r\n# Pull\r\nText\r\n"_s);
    QVERIFY(chapter);
    QCOMPARE(chapter->title, u"Pull"_s);
    QCOMPARE(chapter->commands.first(), u"ponton pull alpine"_s);
}

void TestTutorialChapter::rejects_data()
{
    QTest::addColumn<QString>("text");
    const QString body = u"# Title\nText\n"_s;
    QTest::newRow("no-header") << body;
    QTest::newRow("unclosed-header") << u"---\nid: pull\ncommand: x\ncheck: y\n"_s + body;
    QTest::newRow("missing-id") << u"---\ncommand: x\ncheck: y\n---\n"_s + body;
    QTest::newRow("missing-command") << u"---\nid: pull\ncheck: y\n---\n"_s + body;
    QTest::newRow("missing-check") << u"---\nid: pull\ncommand: x\n---\n"_s + body;
    QTest::newRow("unknown-key") << u"---\nid: pull\ncommand: x\ncheck: y\ncolour: red\n---\n"_s + body;
    QTest::newRow("empty-value") << u"---\nid: pull\ncommand:\ncheck: y\n---\n"_s + body;
    QTest::newRow("bad-id") << u"---\nid: Pull Image\ncommand: x\ncheck: y\n---\n"_s + body;
    QTest::newRow("line-without-key") << u"---\nid: pull\njust words\ncommand: x\ncheck: y\n---\n"_s + body;
    QTest::newRow("no-title") << u"---\nid: pull\ncommand: x\ncheck: y\n---\nText\n"_s;
    QTest::newRow("no-body") << u"---\nid: pull\ncommand: x\ncheck: y\n---\n# Title\n\n"_s;
}

void TestTutorialChapter::rejects()
{
    QFETCH(QString, text);
    const Result<TutorialChapter> chapter = TutorialChapter::parse(text);
    QVERIFY(!chapter);
    QCOMPARE(chapter.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!chapter.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestTutorialChapter)
#include "tst_tutorialchapter.moc"
