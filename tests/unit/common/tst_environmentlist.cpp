#include "common/environmentlist.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

// The caller's environment of these tests: HOME and EMPTY (set, empty) only.
std::optional<QString> callerValue(const QString &name)
{
    if (name == u"HOME")
        return u"/home/caller"_s;
    if (name == u"EMPTY")
        return QString();
    return std::nullopt;
}

} // namespace

class TestEnvironmentList : public QObject
{
    Q_OBJECT
private slots:
    void fileLines_data();
    void fileLines();
    void badLines_data();
    void badLines();
    void callOrder();
    void readsFiles();
    void missingFile();
};

void TestEnvironmentList::fileLines_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QStringList>("entries");
    QTest::newRow("plain") << "A=1\nB=two words\n"_ba << QStringList{u"A=1"_s, u"B=two words"_s};
    QTest::newRow("value kept as written") << "A= x # not a comment \"q\"\n"_ba << QStringList{u"A= x # not a comment \"q\""_s};
    QTest::newRow("equals in value") << "URL=a=b=c\n"_ba << QStringList{u"URL=a=b=c"_s};
    QTest::newRow("empty value") << "A=\n"_ba << QStringList{u"A="_s};
    QTest::newRow("comments and blanks") << "# c\n\n   \n  # indented\nA=1\n"_ba << QStringList{u"A=1"_s};
    QTest::newRow("leading space skipped") << "  \tA=1\n"_ba << QStringList{u"A=1"_s};
    QTest::newRow("CRLF") << "A=1\r\nB=2\r\n"_ba << QStringList{u"A=1"_s, u"B=2"_s};
    QTest::newRow("no final newline") << "A=1"_ba << QStringList{u"A=1"_s};
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" "A=1\n"_ba << QStringList{u"A=1"_s};
    QTest::newRow("UTF-8 value") << "NAME=Élodie\n"_ba << QStringList{u"NAME=Élodie"_s};
    QTest::newRow("caller's value") << "HOME\nEMPTY\n"_ba << QStringList{u"HOME=/home/caller"_s, u"EMPTY="_s};
    QTest::newRow("unset caller's value left out") << "NOPE\nA=1\n"_ba << QStringList{u"A=1"_s};
}

void TestEnvironmentList::fileLines()
{
    QFETCH(QByteArray, contents);
    QFETCH(QStringList, entries);
    EnvironmentList list(callerValue);
    const Status added = list.addFileContents(contents, u"vars.env"_s);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QCOMPARE(list.entries(), entries);
}

void TestEnvironmentList::badLines_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");
    QTest::newRow("space in key") << "A=1\nMY VAR=2\n"_ba << u"vars.env:2: variable 'MY VAR' contains whitespaces"_s;
    QTest::newRow("space before equals") << "\n\nKEY =1\n"_ba << u"vars.env:3: variable 'KEY' contains whitespaces"_s;
    QTest::newRow("bare key with space") << "A B\n"_ba << u"vars.env:1: variable 'A B' contains whitespaces"_s;
    QTest::newRow("no key") << "A=1\n=value\n"_ba << u"vars.env:2: no variable name on line '=value'"_s;
    QTest::newRow("not UTF-8") << "A=1\nB=\xff\xfe\n"_ba << u"vars.env:2: the line is not valid UTF-8"_s;
}

void TestEnvironmentList::badLines()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    EnvironmentList list(callerValue);
    const Status added = list.addFileContents(contents, u"vars.env"_s);
    QVERIFY(!added);
    QCOMPARE(added.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(added.error().message, message);
}

void TestEnvironmentList::callOrder()
{
    EnvironmentList list(callerValue);
    list.addOption(u"X=from option"_s);
    list.addOption(u"HOME"_s);
    list.addOption(u"UNSET"_s);
    QVERIFY(list.addFileContents("X=from file\n"_ba, u"a.env"_s));
    // The entries keep the order of the calls (run and exec add the files first, as Docker does).
    QCOMPARE(list.entries(), (QStringList{u"X=from option"_s, u"HOME=/home/caller"_s, u"X=from file"_s}));
}

void TestEnvironmentList::readsFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"app.env"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# settings\nMODE=debug\nLEVEL=3\n");
    file.close();
    EnvironmentList list(callerValue);
    QVERIFY(list.addFile(path));
    QVERIFY(list.addFile(path));
    QCOMPARE(list.entries(), (QStringList{u"MODE=debug"_s, u"LEVEL=3"_s, u"MODE=debug"_s, u"LEVEL=3"_s}));
    if (::geteuid() != 0) {
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0) == 0);
        const Status denied = list.addFile(path);
        QVERIFY(!denied);
        QVERIFY(denied.error().message.startsWith(u"open "_s + path + u": "_s));
    }
}

void TestEnvironmentList::missingFile()
{
    EnvironmentList list;
    const Status missing = list.addFile(u"/nonexistent/app.env"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(missing.error().message, u"open /nonexistent/app.env: no such file or directory"_s);
}

QTEST_GUILESS_MAIN(TestEnvironmentList)
#include "tst_environmentlist.moc"
