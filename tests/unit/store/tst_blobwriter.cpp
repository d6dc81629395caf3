#include "store/contentstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ponton;
using namespace Ponton::Store;
using namespace Qt::StringLiterals;

class TestBlobWriter : public QObject
{
    Q_OBJECT
private slots:
    void commitVerifies_data();
    void commitVerifies();
    void resumeContinuesWhereItStopped();
    void refusesUnsafeIngestNames_data();
    void refusesUnsafeIngestNames();
    void readDetectsCorruption();
};

static QByteArray payload(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char((i * 131) ^ (i >> 7));
    return data;
}

void TestBlobWriter::commitVerifies_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("wrongDigest");
    QTest::addColumn<int>("sizeDelta");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("small-exact") << 100 << false << 0 << true;
    QTest::newRow("larger-than-buffer") << 3 * 1024 * 1024 + 17 << false << 0 << true;
    QTest::newRow("empty") << 0 << false << 0 << true;
    QTest::newRow("wrong-digest") << 1000 << true << 0 << false;
    QTest::newRow("declared-size-too-big") << 1000 << false << 1 << false;
    QTest::newRow("declared-size-too-small") << 1000 << false << -1 << false;
}

void TestBlobWriter::commitVerifies()
{
    QFETCH(int, size);
    QFETCH(bool, wrongDigest);
    QFETCH(int, sizeDelta);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    const ContentStore store(dir.path());
    const QByteArray data = payload(size);
    const Digest expected = wrongDigest ? Digest::ofData("something else") : Digest::ofData(data);
    auto writer = store.openWriter(u"test-ingest"_s);
    QVERIFY(writer.has_value());
    for (qsizetype offset = 0; offset < data.size(); offset += 65521)
        QVERIFY((*writer)->write(data.mid(offset, 65521)));
    const Result<Digest> committed = (*writer)->commit(expected, size + sizeDelta);
    QCOMPARE(committed.has_value(), accepted);
    QCOMPARE(store.contains(Digest::ofData(data)), accepted);
    QVERIFY(store.ingests().isEmpty()); // committed or refused: nothing left behind
    if (accepted) {
        QCOMPARE(*committed, Digest::ofData(data));
        QCOMPARE(*store.size(*committed), qint64(size));
        QVERIFY(store.verify(*committed));
    } else {
        QCOMPARE(committed.error().code, ErrorCode::DigestMismatch);
        QVERIFY(committed.error().message.contains(expected.toString()));
    }
}

void TestBlobWriter::resumeContinuesWhereItStopped()
{
    QTemporaryDir dir;
    const ContentStore store(dir.path());
    const QByteArray data = payload(2 * 1024 * 1024 + 5);
    const qsizetype half = data.size() / 2;
    {
        auto writer = store.openWriter(u"download-1"_s);
        QVERIFY((*writer)->write(data.left(half)));
    } // dropped: the connection broke
    QCOMPARE(store.ingests(), QStringList{u"download-1"_s});
    auto resumed = store.openWriter(u"download-1"_s, true);
    QVERIFY(resumed.has_value());
    QCOMPARE((*resumed)->offset(), qint64(half));
    QVERIFY((*resumed)->write(data.mid(half)));
    const Result<Digest> committed = (*resumed)->commit(Digest::ofData(data), data.size());
    QVERIFY2(committed.has_value(), qPrintable(committed ? QString() : committed.error().toString()));
    QVERIFY(store.ingests().isEmpty());
}

void TestBlobWriter::refusesUnsafeIngestNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("parent") << u"../escape"_s;
    QTest::newRow("slash") << u"a/b"_s;
    QTest::newRow("dot-first") << u".hidden"_s;
    QTest::newRow("empty") << QString();
}

void TestBlobWriter::refusesUnsafeIngestNames()
{
    QFETCH(QString, key);
    QTemporaryDir dir;
    const ContentStore store(dir.path());
    auto writer = store.openWriter(key);
    QVERIFY(!writer);
    QCOMPARE(writer.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!QFile::exists(dir.path() + u"/escape"_s));
}

void TestBlobWriter::readDetectsCorruption()
{
    QTemporaryDir dir;
    const ContentStore store(dir.path());
    const Result<Digest> digest = store.write("{\"config\": true}");
    QVERIFY(digest.has_value());
    QVERIFY(store.read(*digest).has_value());
    QFile file(store.blobPath(*digest));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"config\": fals}");
    file.close();
    const Result<QByteArray> read = store.read(*digest);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::DigestMismatch);
    QCOMPARE(store.verify(*digest).error().code, ErrorCode::DigestMismatch);
}

QTEST_GUILESS_MAIN(TestBlobWriter)
#include "tst_blobwriter.moc"
