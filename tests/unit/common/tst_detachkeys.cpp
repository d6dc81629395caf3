#include "common/detachkeys.h"

#include <QTest>

using namespace Ponton;
using namespace Qt::StringLiterals;

class TestDetachKeys : public QObject
{
    Q_OBJECT
private slots:
    void sequences_data();
    void sequences();
    void badSpecifications_data();
    void badSpecifications();
};

void TestDetachKeys::sequences_data()
{
    QTest::addColumn<QString>("specification");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty is the default") << QString() << QByteArray("\x10\x11", 2);
    QTest::newRow("docker's default") << u"ctrl-p,ctrl-q"_s << QByteArray("\x10\x11", 2);
    QTest::newRow("ctrl then letter") << u"ctrl-x,x"_s << QByteArray("\x18x", 2);
    QTest::newRow("one key") << u"ctrl-a"_s << QByteArray("\x01", 1);
    QTest::newRow("ctrl-@") << u"ctrl-@"_s << QByteArray("\x00", 1);
    QTest::newRow("ctrl-z") << u"ctrl-z"_s << QByteArray("\x1a", 1);
    QTest::newRow("punctuation") << u"ctrl-[,ctrl-\\,ctrl-],ctrl-^,ctrl-_"_s << QByteArray("\x1b\x1c\x1d\x1e\x1f", 5);
    QTest::newRow("plain characters") << u"a,B,9,-"_s << QByteArray("aB9-", 4);
    QTest::newRow("a comma itself is not a key, but other signs are") << u"ctrl-e,."_s << QByteArray("\x05.", 2);
}

void TestDetachKeys::sequences()
{
    QFETCH(QString, specification);
    QFETCH(QByteArray, bytes);
    const Result<QByteArray> parsed = DetachKeys::parse(specification);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(*parsed, bytes);
}

void TestDetachKeys::badSpecifications_data()
{
    QTest::addColumn<QString>("specification");
    QTest::addColumn<QString>("key");
    QTest::newRow("word") << u"ctrl-p,quit"_s << u"quit"_s;
    QTest::newRow("upper-case ctrl letter") << u"ctrl-P"_s << u"ctrl-P"_s;
    QTest::newRow("ctrl digit") << u"ctrl-1"_s << u"ctrl-1"_s;
    QTest::newRow("empty key between commas") << u"ctrl-p,,ctrl-q"_s << QString();
    QTest::newRow("trailing comma") << u"x,"_s << QString();
    QTest::newRow("ctrl- alone") << u"ctrl-"_s << u"ctrl-"_s;
    QTest::newRow("non-ASCII") << u"é"_s << u"é"_s;
}

void TestDetachKeys::badSpecifications()
{
    QFETCH(QString, specification);
    QFETCH(QString, key);
    const Result<QByteArray> parsed = DetachKeys::parse(specification);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(parsed.error().message.startsWith(u"invalid detach keys (%1): unknown key '%2';"_s.arg(specification, key)),
             qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestDetachKeys)
#include "tst_detachkeys.moc"
