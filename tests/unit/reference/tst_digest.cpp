#include "reference/digest.h"
#include "reference/sha256hasher.h"

#include <QTest>

using namespace Ponton;
using namespace Qt::StringLiterals;

class TestDigest : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void knownVectors_data();
    void knownVectors();
    void streamingEqualsWhole();
};

void TestDigest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString hex = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    QTest::newRow("sha256") << (u"sha256:"_s + hex) << true;
    QTest::newRow("no-algorithm") << hex << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("colon-only") << u":"_s << false;
    QTest::newRow("sha512-unsupported") << (u"sha512:"_s + hex + hex) << false;
    QTest::newRow("upper-case-hex") << (u"sha256:"_s + hex.toUpper()) << false;
    QTest::newRow("short-hex") << (u"sha256:"_s + hex.left(63)) << false;
    QTest::newRow("long-hex") << (u"sha256:"_s + hex + u"0"_s) << false;
    QTest::newRow("non-hex") << (u"sha256:"_s + hex.left(63) + u"g"_s) << false;
    QTest::newRow("upper-algorithm") << (u"SHA256:"_s + hex) << false;
}

void TestDigest::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const Result<Digest> digest = Digest::parse(text);
    QCOMPARE(digest.has_value(), valid);
    if (valid) {
        QCOMPARE(digest->toString(), text);
        QCOMPARE(digest->shortId(), text.mid(7, 12));
    } else {
        QCOMPARE(digest.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(digest.error().message.contains(text) || text.isEmpty(), qPrintable(digest.error().message));
    }
}

void TestDigest::knownVectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    QTest::newRow("abc") << QByteArray("abc") << u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
}

void TestDigest::knownVectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QCOMPARE(Digest::ofData(data).hex(), expected);
}

void TestDigest::streamingEqualsWhole()
{
    QByteArray data;
    for (int i = 0; i < 100000; ++i)
        data.append(char(i * 7));
    Sha256Hasher hasher;
    for (qsizetype offset = 0; offset < data.size(); offset += 4093)
        hasher.addData(QByteArrayView(data.constData() + offset, qMin<qsizetype>(4093, data.size() - offset)));
    QCOMPARE(hasher.bytesHashed(), data.size());
    QCOMPARE(hasher.finish(), Digest::ofData(data));
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
