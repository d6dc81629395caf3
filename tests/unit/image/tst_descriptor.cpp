#include "image/descriptor.h"
#include "image/mediatypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ponton;
using namespace Ponton::Image;
using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

} // namespace

class TestDescriptor : public QObject
{
    Q_OBJECT
private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void forDataHashesExactBytes();
    void mediaTypes_data();
    void mediaTypes();
};

void TestDescriptor::valid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("hasPlatform");
    QTest::newRow("docker-layer") << QByteArray(R"({"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip",
        "size":3370706,"digest":"sha256:77ea7eee3d80b1a38f83906dd3048e2689457eb90e18a7d12f839c5ae37106a2"})")
                                  << qint64(3370706) << false;
    QTest::newRow("zero-size") << QByteArray(R"({"mediaType":"application/vnd.oci.empty.v1+json","size":0,
        "digest":"sha256:95cf1a2e1698fe3ca1fcc3f653119146b271d0b62e487ec264441e886a11bd06"})")
                               << qint64(0) << false;
    QTest::newRow("large-size") << QByteArray(R"({"mediaType":"application/vnd.oci.image.layer.v1.tar+zstd",
"size":5368709120,
        "digest":"sha256:95cf1a2e1698fe3ca1fcc3f653119146b271d0b62e487ec264441e886a11bd06"})")
                                << qint64(5368709120) << false;
    QTest::newRow("foreign-with-urls") << QByteArray(R"({
        "mediaType":"application/vnd.docker.image.rootfs.foreign.diff.tar.gzip",
        "size":1234,"digest":"sha256:a0e70458d19e37e14d6388030a017c587283e2fb6ef10c0744cad0294c47e8f8",
        "urls":["https://example.com/blobs/sha256:a0e70458d19e37e14d6388030a017c587283e2fb6ef10c0744cad0294c47e8f8"]})")
                                       << qint64(1234) << false;
    QTest::newRow("index-entry-platform-annotations") << QByteArray(R"({
        "mediaType":"application/vnd.oci.image.manifest.v1+json",
        "size":1021,"digest":"sha256:f69162950f235e3cdbbad33f1f912d1a504be90d8a37d002c735d6f3e3882265",
        "annotations":{"org.opencontainers.image.ref.name":"curl"},
        "platform":{"architecture":"arm64","os":"linux","variant":"v8"}})")
                                                      << qint64(1021) << true;
    QTest::newRow("null-optional-fields") << QByteArray(R"({"mediaType":"application/vnd.oci.image.layer.v1.tar",
"size":10,
        "digest":"sha256:95cf1a2e1698fe3ca1fcc3f653119146b271d0b62e487ec264441e886a11bd06","urls":null,
"annotations":null})")
                                          << qint64(10) << false;
}

void TestDescriptor::valid()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, size);
    QFETCH(bool, hasPlatform);
    const QJsonValue value = json(text);
    const Result<Descriptor> descriptor = Descriptor::fromJson(value, u"layer 0"_s);
    QVERIFY2(descriptor.has_value(), qPrintable(descriptor ? QString() : descriptor.error().toString()));
    QCOMPARE(descriptor->size, size);
    QCOMPARE(descriptor->digest.toString(), value[u"digest"].toString());
    QCOMPARE(descriptor->mediaType, value[u"mediaType"].toString());
    QCOMPARE(descriptor->platform.has_value(), hasPlatform);
    // Written back and read again: the same descriptor.
    const Result<Descriptor> again = Descriptor::fromJson(descriptor->toJson(), u"layer 0"_s);
    QVERIFY(again.has_value());
    QCOMPARE(*again, *descriptor);
}

void TestDescriptor::invalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    const QByteArray digest = "\"sha256:95cf1a2e1698fe3ca1fcc3f653119146b271d0b62e487ec264441e886a11bd06\"";
    const QByteArray type = "\"mediaType\":\"application/vnd.oci.image.layer.v1.tar\"";
    QTest::newRow("not-an-object") << QByteArray("[1]") << u"descriptor"_s;
    QTest::newRow("negative-size") << ("{" + type + ",\"size\":-1,\"digest\":" + digest + "}") << u"size"_s;
    QTest::newRow("fractional-size") << ("{" + type + ",\"size\":1.5,\"digest\":" + digest + "}") << u"size"_s;
    QTest::newRow("string-size") << ("{" + type + ",\"size\":\"12\",\"digest\":" + digest + "}") << u"size"_s;
    QTest::newRow("missing-size") << ("{" + type + ",\"digest\":" + digest + "}") << u"size"_s;
    QTest::newRow("missing-digest") << ("{" + type + ",\"size\":1}") << u"digest"_s;
    QTest::newRow("short-digest") << ("{" + type + ",\"size\":1,\"digest\":\"sha256:95cf1a\"}") << u"sha256:95cf1a"_s;
    QTest::newRow("md5-digest") << ("{" + type + ",\"size\":1,\"digest\":\"md5:95cf1a2e1698fe3ca1fcc3f653119146\"}")
                                << u"md5"_s;
    const QByteArray upperDigest = digest.toUpper().replace("SHA256", "sha256");
    QTest::newRow("upper-hex-digest") << ("{" + type + ",\"size\":1,\"digest\":" + upperDigest + "}")
                                      << u"digest"_s;
    QTest::newRow("missing-media-type") << ("{\"size\":1,\"digest\":" + digest + "}") << u"media type"_s;
    QTest::newRow("urls-not-strings") << ("{" + type + ",\"size\":1,\"digest\":" + digest + ",\"urls\":[1]}")
                                      << u"urls"_s;
    QTest::newRow("annotation-not-string")
        << ("{" + type + ",\"size\":1,\"digest\":" + digest + ",\"annotations\":{\"a\":1}}")
                                           << u"annotations"_s;
    QTest::newRow("platform-without-os")
        << ("{" + type + ",\"size\":1,\"digest\":" + digest + ",\"platform\":{\"architecture\":\"amd64\"}}")
                                         << u"platform"_s;
}

void TestDescriptor::invalid()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    const Result<Descriptor> descriptor = Descriptor::fromJson(json(text), u"layer 3 of sha256:b79606fb"_s);
    QVERIFY(!descriptor.has_value());
    QCOMPARE(descriptor.error().code, ErrorCode::InvalidArgument);
    const QString text2 = descriptor.error().toString();
    QVERIFY2(text2.contains(u"layer 3 of sha256:b79606fb"_s), qPrintable(text2));
    QVERIFY2(text2.contains(mentions), qPrintable(text2));
}

void TestDescriptor::forDataHashesExactBytes()
{
    const QByteArray compact = R"({"a":1})";
    const QByteArray spaced = "{ \"a\" : 1 }\n";
    const Descriptor first = Descriptor::forData(MediaType::OciConfig, compact);
    const Descriptor second = Descriptor::forData(MediaType::OciConfig, spaced);
    QCOMPARE(first.size, compact.size());
    QCOMPARE(second.size, spaced.size());
    QCOMPARE(first.digest, Digest::ofData(compact));
    QVERIFY(first.digest != second.digest);
    QCOMPARE(first.mediaType, MediaType::OciConfig);
}

void TestDescriptor::mediaTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("manifest");
    QTest::addColumn<bool>("index");
    QTest::addColumn<bool>("layer");
    QTest::addColumn<bool>("knownLayer");
    QTest::addColumn<int>("compression");
    const int none = int(MediaType::Compression::None);
    const int gzip = int(MediaType::Compression::Gzip);
    const int zstd = int(MediaType::Compression::Zstd);
    const int unknown = int(MediaType::Compression::Unknown);
    QTest::newRow("oci-manifest") << MediaType::OciManifest << true << false << false << false << unknown;
    QTest::newRow("docker-manifest") << MediaType::DockerManifest << true << false << false << false << unknown;
    QTest::newRow("oci-index") << MediaType::OciIndex << false << true << false << false << unknown;
    QTest::newRow("docker-list") << MediaType::DockerManifestList << false << true << false << false << unknown;
    QTest::newRow("schema1-is-not-a-manifest") << MediaType::DockerSchema1Signed << false << false << false << false
                                               << unknown;
    QTest::newRow("oci-config") << MediaType::OciConfig << false << false << false << false << unknown;
    QTest::newRow("oci-tar") << MediaType::OciLayerTar << false << false << true << true << none;
    QTest::newRow("oci-gzip") << MediaType::OciLayerGzip << false << false << true << true << gzip;
    QTest::newRow("oci-zstd") << MediaType::OciLayerZstd << false << false << true << true << zstd;
    QTest::newRow("docker-gzip") << MediaType::DockerLayerGzip << false << false << true << true << gzip;
    QTest::newRow("docker-foreign") << MediaType::DockerForeignLayerGzip << false << false << true << true << gzip;
    QTest::newRow("oci-encrypted") << u"application/vnd.oci.image.layer.v1.tar+gzip+encrypted"_s << false << false
                                   << true << false << unknown;
    QTest::newRow("helm-chart") << u"application/vnd.cncf.helm.chart.content.v1.tar+gzip"_s << false << false << false
                                << false << unknown;
}

void TestDescriptor::mediaTypes()
{
    QFETCH(QString, type);
    QFETCH(bool, manifest);
    QFETCH(bool, index);
    QFETCH(bool, layer);
    QFETCH(bool, knownLayer);
    QFETCH(int, compression);
    QCOMPARE(MediaType::isManifest(type), manifest);
    QCOMPARE(MediaType::isIndex(type), index);
    QCOMPARE(MediaType::isLayer(type), layer);
    QCOMPARE(MediaType::isKnownLayer(type), knownLayer);
    QCOMPARE(int(MediaType::layerCompression(type)), compression);
    const QString contentType = type.toUpper() + u"; charset=utf-8";
    QCOMPARE(MediaType::essence(contentType), type);
}

QTEST_GUILESS_MAIN(TestDescriptor)
#include "tst_descriptor.moc"
