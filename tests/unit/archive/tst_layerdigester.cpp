// LayerDigester and the stream stages under it: diff_ids of plain, gzip (one or several members, from
// gzip(1) and from our ISA-L compressor) and zstd layers, fed in awkward chunk sizes; corrupt and
// truncated streams fail with an error naming the layer.
#include "archive/gzipcompressor.h"
#include "archive/gzipdecompressor.h"
#include "archive/layerdigester.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Ponton::Digest;
using Ponton::ErrorCode;
using Ponton::Archive::GzipCompressor;
using Ponton::Archive::LayerDigester;
using Compression = Ponton::Image::MediaType::Compression;

namespace {

// Compressible but not trivial: random words, with random binary runs.
QByteArray sampleData(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    static const char *const words[] = {"layer ", "tar ", "diff ", "ponton ", "\n", "usr/bin/", "sha256 "};
    QByteArray data;
    data.reserve(size);
    while (data.size() < size) {
        if (random.bounded(10) == 0) {
            for (int i = 0; i < 64; ++i)
                data.append(char(random.bounded(256)));
        } else {
            data.append(words[random.bounded(7)]);
        }
    }
    data.truncate(size);
    return data;
}

QByteArray runFilter(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

QByteArray isalGzip(const QByteArray &data)
{
    QByteArray out;
    GzipCompressor compressor([&out](const char *bytes, qint64 size) -> Ponton::Status {
        out.append(bytes, size);
        return {};
    });
    if (!compressor.write(data.constData(), data.size()) || !compressor.finish())
        return {};
    return out;
}

Ponton::Result<Ponton::Archive::LayerDigest> digestInChunks(const QByteArray &blob, qsizetype chunk, Compression c)
{
    LayerDigester digester(u"sha256:feedface"_s, c, true);
    for (qsizetype at = 0; at < blob.size(); at += chunk) {
        if (Ponton::Status written = digester.write(blob.constData() + at, qMin(chunk, blob.size() - at)); !written)
            return std::unexpected(written.error());
    }
    return digester.finish();
}

} // namespace

class TestLayerDigester : public QObject
{
    Q_OBJECT
private slots:
    void digests_data();
    void digests();
    void refusesCorruptStreams_data();
    void refusesCorruptStreams();
    void compressorRoundTrip_data();
    void compressorRoundTrip();
    void digestsFiles();
};

void TestLayerDigester::digests_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<int>("chunk");
    QTest::addColumn<int>("compression");

    const QByteArray a = sampleData(3 * 1024 * 1024 + 17, 1);
    const QByteArray b = sampleData(700 * 1024, 2);
    const QByteArray gz = runFilter(u"gzip"_s, {u"-c"_s, u"-6"_s}, a);
    const QByteArray gzB = runFilter(u"gzip"_s, {u"-c"_s, u"-1"_s}, b);
    QVERIFY(!gz.isEmpty() && !gzB.isEmpty());
    QTest::newRow("plain-tar-detected") << a << a << 65536 << int(Compression::Unknown);
    QTest::newRow("plain-tar-declared") << a << a << 1000003 << int(Compression::None);
    QTest::newRow("empty-plain") << QByteArray() << QByteArray() << 512 << int(Compression::None);
    QTest::newRow("gzip-detected") << gz << a << 65536 << int(Compression::Unknown);
    QTest::newRow("gzip-1-byte-chunks") << gzB << b << 1 << int(Compression::Gzip);
    QTest::newRow("gzip-odd-chunks") << gz << a << 4093 << int(Compression::Gzip);
    QTest::newRow("gzip-one-write") << gz << a << int(gz.size()) << int(Compression::Gzip);
    QTest::newRow("gzip-two-members") << gz + gzB << a + b << 65536 << int(Compression::Gzip);
    QTest::newRow("gzip-three-members-tiny-chunks") << gzB + gz + gzB << b + a + b << 7 << int(Compression::Unknown);
    QTest::newRow("gzip-empty-member") << runFilter(u"gzip"_s, {u"-c"_s}, {}) + gzB << b << 3 << int(Compression::Gzip);
    QTest::newRow("isal-gzip") << isalGzip(a) << a << 65536 << int(Compression::Gzip);
    QTest::newRow("isal-gzip-empty") << isalGzip({}) << QByteArray() << 1 << int(Compression::Unknown);
    // The zstd program (Debian package zstd, installed by scripts/install-deps) makes the zstd streams.
    const QByteArray zst = runFilter(u"zstd"_s, {u"-c"_s, u"-q"_s}, a);
    QVERIFY2(!zst.isEmpty(), "the zstd program did not compress the test data (is the Debian package zstd installed?)");
    QTest::newRow("zstd-detected") << zst << a << 65536 << int(Compression::Unknown);
    QTest::newRow("zstd-two-frames") << zst + runFilter(u"zstd"_s, {u"-c"_s, u"-q"_s}, b) << a + b << 999
                                     << int(Compression::Zstd);
}

void TestLayerDigester::digests()
{
    QFETCH(QByteArray, blob);
    QFETCH(QByteArray, plain);
    QFETCH(int, chunk);
    QFETCH(int, compression);
    auto result = digestInChunks(blob, chunk, Compression(compression));
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->diffId, Digest::ofData(plain));
    QCOMPARE(result->uncompressedSize, plain.size());
    QCOMPARE(result->blobSize, blob.size());
    QCOMPARE(result->blobDigest, Digest::ofData(blob));
    if (compression == int(Compression::Unknown) && blob.startsWith("\x1f\x8b"))
        QCOMPARE(result->compression, Compression::Gzip);
}

void TestLayerDigester::refusesCorruptStreams_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<int>("compression");
    QTest::addColumn<QString>("expected");

    const QByteArray a = sampleData(1024 * 1024, 3);
    const QByteArray gz = runFilter(u"gzip"_s, {u"-c"_s}, a);
    QVERIFY(gz.size() > 1000);
    QByteArray flipped = gz;
    flipped[gz.size() / 2] = char(flipped[gz.size() / 2] ^ 0x55);
    QByteArray badCrc = gz;
    badCrc[gz.size() - 6] = char(badCrc[gz.size() - 6] ^ 0x01);
    QByteArray badLength = gz;
    badLength[gz.size() - 2] = char(badLength[gz.size() - 2] ^ 0x01);
    QTest::newRow("truncated-half") << gz.left(gz.size() / 2) << int(Compression::Gzip) << u"truncated"_s;
    QTest::newRow("truncated-trailer") << gz.left(gz.size() - 3) << int(Compression::Gzip) << u"truncated"_s;
    QTest::newRow("header-only") << gz.left(10) << int(Compression::Unknown) << u"truncated"_s;
    QTest::newRow("flipped-byte") << flipped << int(Compression::Gzip) << u"corrupt"_s;
    QTest::newRow("bad-crc") << badCrc << int(Compression::Gzip) << u"corrupt"_s;
    QTest::newRow("bad-length") << badLength << int(Compression::Gzip) << u"corrupt"_s;
    QTest::newRow("garbage-after-member") << gz + QByteArray("garbage!") << int(Compression::Gzip) << u"corrupt"_s;
    QTest::newRow("not-gzip-declared-gzip") << a.left(4096) << int(Compression::Gzip) << u"corrupt"_s;
    QTest::newRow("empty-declared-gzip") << QByteArray() << int(Compression::Gzip) << u"truncated"_s;
    const QByteArray zst = runFilter(u"zstd"_s, {u"-c"_s, u"-q"_s}, a);
    if (!zst.isEmpty()) {
        QTest::newRow("zstd-truncated") << zst.left(zst.size() - 10) << int(Compression::Zstd) << u"truncated"_s;
        QByteArray zbad = zst;
        zbad[zst.size() / 2] = char(zbad[zst.size() / 2] ^ 0xff);
        QTest::newRow("zstd-flipped") << zbad << int(Compression::Zstd) << u"corrupt"_s;
    }
}

void TestLayerDigester::refusesCorruptStreams()
{
    QFETCH(QByteArray, blob);
    QFETCH(int, compression);
    QFETCH(QString, expected);
    for (int chunk : {65536, 1000, int(qMax<qsizetype>(1, blob.size()))}) {
        auto result = digestInChunks(blob, chunk, Compression(compression));
        QVERIFY2(!result.has_value(), "a damaged stream was accepted");
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(result.error().message.contains(u"sha256:feedface"_s), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    }
}

void TestLayerDigester::compressorRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<int>("level");
    QTest::newRow("empty") << QByteArray() << 1;
    QTest::newRow("small") << QByteArray("hello layer\n") << 1;
    QTest::newRow("4MiB-level1") << sampleData(4 * 1024 * 1024 + 5, 4) << 1;
    QTest::newRow("1MiB-level0") << sampleData(1024 * 1024, 5) << 0;
    QTest::newRow("1MiB-level3") << sampleData(1024 * 1024, 6) << 3;
}

void TestLayerDigester::compressorRoundTrip()
{
    QFETCH(QByteArray, plain);
    QFETCH(int, level);
    QByteArray gz;
    GzipCompressor compressor([&gz](const char *bytes, qint64 size) -> Ponton::Status {
        gz.append(bytes, size);
        return {};
    }, level);
    for (qsizetype at = 0; at < plain.size(); at += 100000)
        QVERIFY(compressor.write(plain.constData() + at, qMin<qsizetype>(100000, plain.size() - at)));
    auto compressed = compressor.finish();
    QVERIFY(compressed);
    QCOMPARE(compressed->diffId, Digest::ofData(plain));
    QCOMPARE(compressed->uncompressedSize, plain.size());
    QCOMPARE(compressed->compressedSize, gz.size());
    if (plain.size() > 100000 && level > 0)
        QVERIFY(gz.size() < plain.size() * 3 / 4);
    // gzip(1), an independent decoder, gives the input back.
    QCOMPARE(runFilter(u"gzip"_s, {u"-dc"_s}, gz), plain);
}

void TestLayerDigester::digestsFiles()
{
    QTemporaryDir dir;
    const QByteArray plain = sampleData(2 * 1024 * 1024, 7);
    QFile file(dir.filePath(u"layer.gz"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(isalGzip(plain));
    file.close();
    auto result = LayerDigester::digestFile(file.fileName(), u"sha256:abc"_s);
    QVERIFY(result);
    QCOMPARE(result->diffId, Digest::ofData(plain));
    QCOMPARE(result->compression, Compression::Gzip);
    Ponton::Archive::ArchiveControl cancel;
    cancel.canceled = [] { return true; };
    auto canceled = LayerDigester::digestFile(file.fileName(), u"sha256:abc"_s, Compression::Unknown, cancel);
    QVERIFY(!canceled);
    QCOMPARE(canceled.error().code, ErrorCode::Canceled);
    auto missing = LayerDigester::digestFile(dir.filePath(u"nope"_s), u"sha256:abc"_s);
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(u"sha256:abc"_s));
}

QTEST_GUILESS_MAIN(TestLayerDigester)
#include "tst_layerdigester.moc"
