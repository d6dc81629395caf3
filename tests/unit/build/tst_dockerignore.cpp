// .dockerignore matching as Docker does it: Go's filepath.Match per segment, `**`, `!` exceptions where
// the last matching line decides, folders excluding what is below them, cleaned patterns.
#include "build/dockerignore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Ponton::Build::DockerIgnore;

class TestDockerIgnore : public QObject
{
    Q_OBJECT
private slots:
    void matching_data();
    void matching();
    void exceptionsReachBelowExcludedFolders();
};

void TestDockerIgnore::matching_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");
    QTest::newRow("plain-file") << QByteArray("secret.txt\n") << u"secret.txt"_s << true;
    QTest::newRow("other-file") << QByteArray("secret.txt\n") << u"public.txt"_s << false;
    QTest::newRow("star-one-segment") << QByteArray("*.log\n") << u"app.log"_s << true;
    QTest::newRow("star-not-across-slash") << QByteArray("*.log\n") << u"logs/app.log"_s << false;
    QTest::newRow("star-segment") << QByteArray("*/*.log\n") << u"logs/app.log"_s << true;
    QTest::newRow("double-star-any-depth") << QByteArray("**/*.log\n") << u"a/b/c/app.log"_s << true;
    QTest::newRow("double-star-no-folder") << QByteArray("**/*.log\n") << u"app.log"_s << true;
    QTest::newRow("question-mark") << QByteArray("file?.txt\n") << u"file1.txt"_s << true;
    QTest::newRow("question-mark-one-char") << QByteArray("file?.txt\n") << u"file12.txt"_s << false;
    QTest::newRow("class") << QByteArray("file[0-9].txt\n") << u"file7.txt"_s << true;
    QTest::newRow("negated-class") << QByteArray("file[^0-9].txt\n") << u"file7.txt"_s << false;
    QTest::newRow("folder-excludes-below") << QByteArray("node_modules\n") << u"node_modules/x/index.js"_s << true;
    QTest::newRow("exception-last-wins") << QByteArray("*.md\n!README.md\n") << u"README.md"_s << false;
    QTest::newRow("exception-then-exclude") << QByteArray("*.md\n!README.md\nREADME.md\n") << u"README.md"_s << true;
    QTest::newRow("exception-other-file") << QByteArray("*.md\n!README.md\n") << u"CHANGES.md"_s << true;
    QTest::newRow("comment-line") << QByteArray("# secret.txt\n") << u"# secret.txt"_s << false;
    QTest::newRow("leading-slash-cleaned") << QByteArray("/build/\n") << u"build/out.o"_s << true;
    QTest::newRow("dot-dot-cleaned") << QByteArray("a/../b\n") << u"b"_s << true;
    QTest::newRow("whitespace-trimmed") << QByteArray("  tmp  \n") << u"tmp/x"_s << true;
    QTest::newRow("escaped-star") << QByteArray("a\\*b\n") << u"a*b"_s << true;
    QTest::newRow("escaped-star-literal") << QByteArray("a\\*b\n") << u"axb"_s << false;
    QTest::newRow("empty-rules") << QByteArray("\n\n") << u"anything"_s << false;
}

void TestDockerIgnore::matching()
{
    QFETCH(QByteArray, rules);
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    QCOMPARE(DockerIgnore::parse(rules).isExcluded(path), excluded);
}

void TestDockerIgnore::exceptionsReachBelowExcludedFolders()
{
    const DockerIgnore ignore = DockerIgnore::parse("logs\n!logs/keep.log\n");
    QVERIFY(ignore.isExcluded(u"logs"_s));
    QVERIFY(ignore.isExcluded(u"logs/x.log"_s));
    QVERIFY(!ignore.isExcluded(u"logs/keep.log"_s));
    QVERIFY(ignore.mayIncludeBelow(u"logs"_s));
    QVERIFY(!ignore.mayIncludeBelow(u"other"_s));
}

QTEST_GUILESS_MAIN(TestDockerIgnore)
#include "tst_dockerignore.moc"
