#include "image/manifestparser.h"
#include "image/manifestwriter.h"
#include "image/mediatypes.h"

#include <QJsonDocument>
#include <QTest>

using namespace Ponton;
using namespace Ponton::Image;
using namespace Qt::StringLiterals;

namespace {

// Shaped like what Docker Hub serves for a single-platform tag (Docker's three-space indentation).
const QByteArray DockerSchema2 = R"({
   "schemaVersion": 2,
   "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
   "config": {
      "mediaType": "application/vnd.docker.container.image.v1+json",
      "size": 1472,
      "digest": "sha256:b79606fb3afea5bd1609ed40b622142f1c98125abcfe89a76a661b0e8e343910"
   },
   "layers": [
      {
         "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
         "size": 3408729,
         "digest": "sha256:77ea7eee3d80b1a38f83906dd3048e2689457eb90e18a7d12f839c5ae37106a2"
      },
      {
         "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
         "size": 1832,
         "digest": "sha256:95cf1a2e1698fe3ca1fcc3f653119146b271d0b62e487ec264441e886a11bd06"
      }
   ]
})";

// An OCI manifest as buildkit writes it, with annotations and a subject (a referrer).
const QByteArray OciManifest = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
"config":{"mediaType":"application/vnd.oci.image.config.v1+json",
"digest":"sha256:b79606fb3afea5bd1609ed40b622142f1c98125abcfe89a76a661b0e8e343910","size":2310},
"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip",
"digest":"sha256:77ea7eee3d80b1a38f83906dd3048e2689457eb90e18a7d12f839c5ae37106a2","size":29124562},
{"mediaType":"application/vnd.oci.image.layer.v1.tar+zstd",
"digest":"sha256:95cf1a2e1698fe3ca1fcc3f653119146b271d0b62e487ec264441e886a11bd06","size":412},
{"mediaType":"application/vnd.oci.image.layer.v1.tar",
"digest":"sha256:a0e70458d19e37e14d6388030a017c587283e2fb6ef10c0744cad0294c47e8f8","size":10240}],
"annotations":{"org.opencontainers.image.created":"2024-05-02T10:11:12Z",
"org.opencontainers.image.base.name":"docker.io/library/debian:bookworm"},
"subject":{"mediaType":"application/vnd.oci.image.manifest.v1+json",
"digest":"sha256:5861314d7fccb39c2192173240eab44fa35ca66426201ca2acd0630a6258dd51","size":1021}})";

// Older OCI manifests carry no mediaType at all.
const QByteArray OciManifestWithoutMediaType = R"({"schemaVersion":2,
"config":{"mediaType":"application/vnd.oci.image.config.v1+json",
"digest":"sha256:b79606fb3afea5bd1609ed40b622142f1c98125abcfe89a76a661b0e8e343910","size":583},
"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip",
"digest":"sha256:77ea7eee3d80b1a38f83906dd3048e2689457eb90e18a7d12f839c5ae37106a2","size":766}]})";

// A buildx multi-platform push: two images and their attestation manifests (platform unknown/unknown).
const QByteArray OciIndex = R"({
  "schemaVersion": 2,
  "mediaType": "application/vnd.oci.image.index.v1+json",
  "manifests": [
    {"mediaType": "application/vnd.oci.image.manifest.v1+json",
     "digest": "sha256:5861314d7fccb39c2192173240eab44fa35ca66426201ca2acd0630a6258dd51", "size": 1021,
     "platform": {"architecture": "amd64", "os": "linux"}},
    {"mediaType": "application/vnd.oci.image.manifest.v1+json",
     "digest": "sha256:f69162950f235e3cdbbad33f1f912d1a504be90d8a37d002c735d6f3e3882265", "size": 1021,
     "platform": {"architecture": "arm64", "os": "linux", "variant": "v8"}},
    {"mediaType": "application/vnd.oci.image.manifest.v1+json",
     "digest": "sha256:bcc7930764b9b7a8b9bbd0161b568e869466d0c4efaee8006a56f3e8e6d82b69", "size": 839,
     "annotations": {
       "vnd.docker.reference.digest": "sha256:5861314d7fccb39c2192173240eab44fa35ca66426201ca2acd0630a6258dd51",
       "vnd.docker.reference.type": "attestation-manifest"},
     "platform": {"architecture": "unknown", "os": "unknown"}}
  ]
})";

// Shaped like the manifest list of an official image: 32-bit arm in two variants, arm64 with v8.
const QByteArray DockerList = R"({"manifests":[
{"digest":"sha256:5861314d7fccb39c2192173240eab44fa35ca66426201ca2acd0630a6258dd51",
"mediaType":"application/vnd.docker.distribution.manifest.v2+json","platform":{"architecture":"amd64","os":"linux"},
"size":528},
{"digest":"sha256:50b8c3e55c3365d624e7e10ae6a783d525e02b16924d4dcff0611f3e2544efaf",
"mediaType":"application/vnd.docker.distribution.manifest.v2+json","platform":{"architecture":"arm","os":"linux",
"variant":"v6"},"size":528},
{"digest":"sha256:5ba6c8710dd1369ce61603ab9b7a81b25f92d4a9f74956ab72a7ea75884f07ee",
"mediaType":"application/vnd.docker.distribution.manifest.v2+json","platform":{"architecture":"arm","os":"linux",
"variant":"v7"},"size":528},
{"digest":"sha256:f69162950f235e3cdbbad33f1f912d1a504be90d8a37d002c735d6f3e3882265",
"mediaType":"application/vnd.docker.distribution.manifest.v2+json","platform":{"architecture":"arm64","os":"linux",
"variant":"v8"},"size":528},
{"digest":"sha256:6ff39ad64fc78addfe205e809111bee54caf0f35447e077658ed3c9b7025c3af",
"mediaType":"application/vnd.docker.distribution.manifest.v2+json","platform":{"architecture":"ppc64le","os":"linux"},
"size":528},
{"digest":"sha256:77d3a5496288a2cd8724282d24f862ab1ea470f3aba13cadb9e3c105aaacf20b",
"mediaType":"application/vnd.docker.distribution.manifest.v2+json","platform":{"architecture":"s390x","os":"linux"},
"size":528}
],"mediaType":"application/vnd.docker.distribution.manifest.list.v2+json","schemaVersion":2})";

// Docker schema 1, signed: what very old registries still serve.
// (Not a raw string: moc misreads backslashes inside raw strings.)
const QByteArray Schema1 =
    "{\n"
    "   \"schemaVersion\": 1,\n"
    "   \"name\": \"library/hello-world\",\n"
    "   \"tag\": \"latest\",\n"
    "   \"architecture\": \"amd64\",\n"
    "   \"fsLayers\": [{\"blobSum\": \"sha256:77ea7eee3d80b1a38f83906dd3048e2689457eb90e18a7d12f839c5ae37106a2\"}],\n"
    "   \"history\": [{\"v1Compatibility\":"
    " \"{\\\"id\\\":\\\"e45a5af57b00\\\",\\\"created\\\":\\\"2016-01-01T00:00:00Z\\\"}\"}],\n"
    "   \"signatures\": [{\"header\": {\"jwk\": {\"crv\": \"P-256\", \"kty\": \"EC\"}, \"alg\": \"ES256\"},"
    " \"signature\": \"c2lnbmF0dXJl\", \"protected\": \"e30\"}]\n"
    "}";

// The body of an index, without its own mediaType (as some registries store it).
const QByteArray IndexWithoutMediaType = R"({"schemaVersion":2,"manifests":[
{"mediaType":"application/vnd.oci.image.manifest.v1+json",
"digest":"sha256:5861314d7fccb39c2192173240eab44fa35ca66426201ca2acd0630a6258dd51","size":1021,
"platform":{"architecture":"amd64","os":"linux"}}]})";

const QByteArray IndexClaimingManifest = R"({"schemaVersion":2,
"mediaType":"application/vnd.oci.image.manifest.v1+json","manifests":[
{"mediaType":"application/vnd.oci.image.manifest.v1+json",
"digest":"sha256:5861314d7fccb39c2192173240eab44fa35ca66426201ca2acd0630a6258dd51","size":1021}]})";

const QByteArray ManifestClaimingIndex = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json",
"config":{"mediaType":"application/vnd.oci.image.config.v1+json",
"digest":"sha256:b79606fb3afea5bd1609ed40b622142f1c98125abcfe89a76a661b0e8e343910","size":583},"layers":[]})";

const QByteArray UnknownType = R"({"schemaVersion":2,"mediaType":"application/vnd.example.bundle.v1+json",
"config":{"mediaType":"application/vnd.oci.image.config.v1+json",
"digest":"sha256:b79606fb3afea5bd1609ed40b622142f1c98125abcfe89a76a661b0e8e343910","size":583}})";

const QByteArray BadLayerDigest = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
"config":{"mediaType":"application/vnd.oci.image.config.v1+json",
"digest":"sha256:b79606fb3afea5bd1609ed40b622142f1c98125abcfe89a76a661b0e8e343910","size":583},
"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:nothex","size":766}]})";

const QByteArray NoConfig = R"({"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json",
"layers":[]})";

QByteArray padded(const QByteArray &json, qsizetype size)
{
    return json + QByteArray(size - json.size(), ' ');
}

Digest digestOf(const QString &text)
{
    return Digest::parse(text).value_or(Digest());
}

Descriptor layer(const QString &mediaType, const QByteArray &content)
{
    return Descriptor::forData(mediaType, content);
}

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void refuse_data();
    void refuse();
    void digestIsOverExactBytes();
    void dockerSchema2Fields();
    void ociManifestFields();
    void expectedKind();
    void select_data();
    void select();
    void selectNotFoundListsPlatforms();
    void platformsSkipAttestations();
    void checkImage_data();
    void checkImage();
    void writeManifestRoundTrip_data();
    void writeManifestRoundTrip();
    void writeIsCanonical();
    void writeIndexRoundTrip();
    void writeRefuses_data();
    void writeRefuses();
};

void TestManifest::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<bool>("isIndex");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<int>("entries"); // layers, or manifests of an index

    QTest::newRow("docker-schema2") << DockerSchema2 << MediaType::DockerManifest << false
                                    << MediaType::DockerManifest << 2;
    QTest::newRow("docker-schema2-undeclared") << DockerSchema2 << QString() << false << MediaType::DockerManifest << 2;
    QTest::newRow("docker-schema2-charset") << DockerSchema2 << (MediaType::DockerManifest + u"; charset=utf-8"_s)
                                            << false
                                            << MediaType::DockerManifest << 2;
    QTest::newRow("docker-schema2-as-json") << DockerSchema2 << u"application/json"_s << false
                                            << MediaType::DockerManifest << 2;
    QTest::newRow("oci-manifest") << OciManifest << MediaType::OciManifest << false << MediaType::OciManifest << 3;
    QTest::newRow("oci-manifest-no-media-type") << OciManifestWithoutMediaType << MediaType::OciManifest << false
                                                << MediaType::OciManifest << 1;
    QTest::newRow("oci-manifest-shape-only") << OciManifestWithoutMediaType << QString() << false
                                             << MediaType::OciManifest << 1;
    QTest::newRow("oci-index") << OciIndex << MediaType::OciIndex << true << MediaType::OciIndex << 3;
    QTest::newRow("oci-index-octet-stream") << OciIndex << u"application/octet-stream"_s << true
                                            << MediaType::OciIndex << 3;
    QTest::newRow("docker-list") << DockerList << MediaType::DockerManifestList << true
                                 << MediaType::DockerManifestList << 6;
    QTest::newRow("index-shape-only") << IndexWithoutMediaType << QString() << true << MediaType::OciIndex << 1;
    QTest::newRow("at-size-limit") << padded(OciManifest, ManifestParser::MaxBytes) << MediaType::OciManifest << false
                                   << MediaType::OciManifest << 3;
}

void TestManifest::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, declared);
    QFETCH(bool, isIndex);
    QFETCH(QString, mediaType);
    QFETCH(int, entries);
    const Result<ParsedManifest> parsed = ManifestParser::parse(bytes, declared, u"docker.io/library/alpine:3.20"_s);
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->isIndex(), isIndex);
    QCOMPARE(parsed->descriptor.mediaType, mediaType);
    QCOMPARE(parsed->descriptor.size, bytes.size());
    QCOMPARE(parsed->descriptor.digest, Digest::ofData(bytes));
    if (isIndex) {
        QCOMPARE(parsed->index.manifests.size(), entries);
        QCOMPARE(parsed->index.mediaType, mediaType);
    } else {
        QCOMPARE(parsed->manifest.layers.size(), entries);
        QCOMPARE(parsed->manifest.mediaType, mediaType);
    }
}

void TestManifest::refuse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QStringList>("mentions");

    const QString what = u"docker.io/library/alpine:3.20"_s;
    QTest::newRow("schema1-signed") << Schema1 << MediaType::DockerSchema1Signed
                                    << QStringList{what, u"schema 1"_s, u"current client"_s,
                                                   MediaType::DockerSchema1Signed};
    QTest::newRow("schema1-unsigned") << Schema1 << MediaType::DockerSchema1 << QStringList{what, u"schema 1"_s};
    QTest::newRow("schema1-undeclared") << Schema1 << QString() << QStringList{what, u"schema 1"_s};
    QTest::newRow("schema1-as-json") << Schema1 << u"application/json"_s << QStringList{what, u"schema 1"_s};
    QTest::newRow("schema1-declared-not-json") << QByteArray("garbage") << MediaType::DockerSchema1Signed
                                               << QStringList{u"schema 1"_s};
    QTest::newRow("html-error-page") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                     << MediaType::DockerManifest
                                     << QStringList{what, u"not valid JSON"_s, MediaType::DockerManifest};
    QTest::newRow("truncated-json") << DockerSchema2.left(120) << MediaType::DockerManifest
                                    << QStringList{what, u"not valid JSON"_s};
    QTest::newRow("empty-body") << QByteArray() << MediaType::OciManifest << QStringList{what, u"JSON"_s};
    QTest::newRow("json-array") << QByteArray("[]") << MediaType::OciManifest << QStringList{what, u"JSON object"_s};
    QTest::newRow("index-as-manifest") << IndexClaimingManifest << MediaType::OciManifest
                                       << QStringList{what, u"really an index"_s, MediaType::OciManifest};
    QTest::newRow("index-body-declared-manifest") << IndexWithoutMediaType << MediaType::DockerManifest
                                                  << QStringList{what, u"really an index"_s, MediaType::DockerManifest};
    QTest::newRow("manifest-as-index") << ManifestClaimingIndex << QString()
                                       << QStringList{what, u"really an image manifest"_s, MediaType::OciIndex};
    QTest::newRow("manifest-body-declared-list") << DockerSchema2 << MediaType::DockerManifestList
                                                 << QStringList{what, MediaType::DockerManifestList,
                                                                MediaType::DockerManifest};
    QTest::newRow("declared-and-body-disagree") << OciManifest << MediaType::DockerManifest
                                                << QStringList{what, MediaType::DockerManifest, MediaType::OciManifest};
    QTest::newRow("unknown-body-type") << UnknownType << QString()
                                       << QStringList{what, u"unsupported media type"_s,
                                                      u"application/vnd.example.bundle.v1+json"_s};
    QTest::newRow("unknown-declared-type") << OciManifestWithoutMediaType << u"application/vnd.example.thing+json"_s
                                           << QStringList{what, u"application/vnd.example.thing+json"_s};
    QTest::newRow("neither-shape-nor-type") << QByteArray(R"({"schemaVersion":2})") << QString()
                                            << QStringList{what, u"no media type"_s};
    QTest::newRow("bad-layer-digest") << BadLayerDigest << MediaType::OciManifest
                                      << QStringList{what, u"layer 0"_s, u"sha256:nothex"_s};
    QTest::newRow("no-config") << NoConfig << MediaType::DockerManifest << QStringList{what, u"config"_s};
    QTest::newRow("schema-version-3") << QByteArray(R"({"schemaVersion":3,
"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]})")
                                      << QString() << QStringList{what, u"schemaVersion 3"_s};
    QTest::newRow("over-size-limit") << padded(OciManifest, ManifestParser::MaxBytes + 1) << MediaType::OciManifest
                                     << QStringList{what, u"too large"_s,
                                                    QString::number(ManifestParser::MaxBytes + 1)};
}

void TestManifest::refuse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, declared);
    QFETCH(QStringList, mentions);
    const Result<ParsedManifest> parsed = ManifestParser::parse(bytes, declared, u"docker.io/library/alpine:3.20"_s);
    QVERIFY(!parsed.has_value());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
    const QString text = parsed.error().toString();
    for (const QString &mention : mentions)
        QVERIFY2(text.contains(mention), qPrintable(u"\""_s + mention + u"\" not in: "_s + text));
}

void TestManifest::digestIsOverExactBytes()
{
    const Result<ParsedManifest> parsed = ManifestParser::parse(DockerSchema2, MediaType::DockerManifest, QString());
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->descriptor.digest, Digest::ofData(DockerSchema2));
    // The model written again is other bytes: what was received must never be replaced by it.
    const QByteArray rewritten = ManifestWriter::canonicalJson(parsed->manifest.toJson());
    QVERIFY(rewritten != DockerSchema2);
    QVERIFY(Digest::ofData(rewritten) != parsed->descriptor.digest);
    // Without a name, errors name the digest of the bytes.
    const QByteArray broken = DockerSchema2.left(50);
    const Result<ParsedManifest> refused = ManifestParser::parse(broken, MediaType::DockerManifest, QString());
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().message.contains(Digest::ofData(broken).toString()), qPrintable(refused.error().message));
}

void TestManifest::dockerSchema2Fields()
{
    const Result<Manifest> manifest = ManifestParser::parseManifest(DockerSchema2, MediaType::DockerManifest, u"m"_s);
    QVERIFY(manifest.has_value());
    QCOMPARE(manifest->schemaVersion, 2);
    QCOMPARE(manifest->config.mediaType, MediaType::DockerConfig);
    QCOMPARE(manifest->config.size, 1472);
    QCOMPARE(manifest->config.digest.hex(), u"b79606fb3afea5bd1609ed40b622142f1c98125abcfe89a76a661b0e8e343910"_s);
    QCOMPARE(manifest->layers.at(0).size, 3408729);
    QCOMPARE(manifest->layers.at(1).digest.hex().left(8), u"95cf1a2e"_s);
    QCOMPARE(manifest->layersSize(), 3408729 + 1832);
    QVERIFY(manifest->checkImage(u"m"_s).has_value());
    QVERIFY(!manifest->subject.has_value());
}

void TestManifest::ociManifestFields()
{
    const Result<Manifest> manifest = ManifestParser::parseManifest(OciManifest, QString(), u"m"_s);
    QVERIFY(manifest.has_value());
    QCOMPARE(manifest->annotations.value(u"org.opencontainers.image.base.name"_s),
             u"docker.io/library/debian:bookworm"_s);
    QVERIFY(manifest->subject.has_value());
    QCOMPARE(manifest->subject->size, 1021);
    QCOMPARE(MediaType::layerCompression(manifest->layers.at(1).mediaType), MediaType::Compression::Zstd);
    QCOMPARE(MediaType::layerCompression(manifest->layers.at(2).mediaType), MediaType::Compression::None);
    QVERIFY(manifest->checkImage(u"m"_s).has_value());
}

void TestManifest::expectedKind()
{
    const Result<Manifest> notManifest =
        ManifestParser::parseManifest(DockerList, QString(), u"docker.io/library/busybox:1"_s);
    QVERIFY(!notManifest.has_value());
    QVERIFY(notManifest.error().message.contains(u"docker.io/library/busybox:1"_s));
    QVERIFY(notManifest.error().message.contains(MediaType::DockerManifestList));
    const Result<ImageIndex> notIndex = ManifestParser::parseIndex(OciManifest, QString(), u"sha256:b796"_s);
    QVERIFY(!notIndex.has_value());
    QVERIFY(notIndex.error().message.contains(MediaType::OciManifest));
    QVERIFY(ManifestParser::parseIndex(OciIndex, QString(), u"i"_s).has_value());
}

void TestManifest::select_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("digestPrefix"); // empty: NotFound
    QTest::newRow("list-amd64") << DockerList << u"linux/amd64"_s << u"5861314d"_s;
    QTest::newRow("list-x86_64") << DockerList << u"linux/x86_64"_s << u"5861314d"_s;
    QTest::newRow("list-arm64") << DockerList << u"linux/arm64"_s << u"f6916295"_s;
    QTest::newRow("list-arm64-v8") << DockerList << u"linux/arm64/v8"_s << u"f6916295"_s;
    QTest::newRow("list-aarch64") << DockerList << u"linux/aarch64"_s << u"f6916295"_s;
    QTest::newRow("list-arm-v7") << DockerList << u"linux/arm/v7"_s << u"5ba6c871"_s;
    QTest::newRow("list-arm-default-v7") << DockerList << u"linux/arm"_s << u"5ba6c871"_s;
    QTest::newRow("list-arm-v6") << DockerList << u"linux/arm/v6"_s << u"50b8c3e5"_s;
    QTest::newRow("list-arm-v8-falls-to-v7") << DockerList << u"linux/arm/v8"_s << u"5ba6c871"_s;
    QTest::newRow("list-s390x") << DockerList << u"linux/s390x"_s << u"77d3a549"_s;
    QTest::newRow("list-arm-v5-missing") << DockerList << u"linux/arm/v5"_s << QString();
    QTest::newRow("list-riscv64-missing") << DockerList << u"linux/riscv64"_s << QString();
    QTest::newRow("list-windows-missing") << DockerList << u"windows/amd64"_s << QString();
    QTest::newRow("oci-amd64") << OciIndex << u"linux/amd64"_s << u"5861314d"_s;
    QTest::newRow("oci-arm64") << OciIndex << u"linux/arm64"_s << u"f6916295"_s;
    QTest::newRow("oci-arm-v7-missing") << OciIndex << u"linux/arm/v7"_s << QString();
    QTest::newRow("oci-attestation-never") << OciIndex << u"unknown/unknown"_s << QString();
}

void TestManifest::select()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, wanted);
    QFETCH(QString, digestPrefix);
    const Result<ImageIndex> index = ManifestParser::parseIndex(bytes, QString(), u"index"_s);
    QVERIFY(index.has_value());
    const Result<Platform> platform = Platform::parse(wanted);
    QVERIFY(platform.has_value());
    const Result<Descriptor> chosen = index->select(*platform);
    QCOMPARE(chosen.has_value(), !digestPrefix.isEmpty());
    if (chosen) {
        QCOMPARE(chosen->digest.hex().left(8), digestPrefix);
        return;
    }
    QCOMPARE(chosen.error().code, ErrorCode::NotFound);
    QVERIFY2(chosen.error().message.contains(platform->toString()), qPrintable(chosen.error().message));
}

void TestManifest::selectNotFoundListsPlatforms()
{
    const Result<ImageIndex> index = ManifestParser::parseIndex(DockerList, QString(), u"index"_s);
    QVERIFY(index.has_value());
    const Result<Descriptor> chosen = index->select(Platform{u"linux"_s, u"riscv64"_s, {}, {}, {}});
    QVERIFY(!chosen.has_value());
    const QString message = chosen.error().message;
    QVERIFY2(message.contains(u"linux/riscv64"_s), qPrintable(message));
    for (const QString &offered : index->platforms())
        QVERIFY2(message.contains(offered), qPrintable(offered + u" missing from "_s + message));
    QVERIFY(message.contains(u"linux/arm/v6"_s));
}

void TestManifest::platformsSkipAttestations()
{
    const Result<ImageIndex> index = ManifestParser::parseIndex(OciIndex, QString(), u"index"_s);
    QVERIFY(index.has_value());
    QCOMPARE(index->platforms(), (QStringList{u"linux/amd64"_s, u"linux/arm64/v8"_s}));
    // An entry without a platform is the last resort, after every matching one.
    ImageIndex withBare = *index;
    Descriptor bare = withBare.manifests.at(0);
    bare.platform.reset();
    bare.digest = digestOf(u"sha256:6ff39ad64fc78addfe205e809111bee54caf0f35447e077658ed3c9b7025c3af"_s);
    withBare.manifests.prepend(bare);
    QCOMPARE(withBare.select(Platform::parse(u"linux/amd64"_s).value())->digest.hex().left(8), u"5861314d"_s);
    QCOMPARE(withBare.select(Platform::parse(u"linux/ppc64le"_s).value())->digest, bare.digest);
}

void TestManifest::checkImage_data()
{
    QTest::addColumn<QString>("configType");
    QTest::addColumn<QString>("layerType");
    QTest::addColumn<QString>("mentions"); // empty: accepted
    QTest::newRow("oci-image") << MediaType::OciConfig << MediaType::OciLayerGzip << QString();
    QTest::newRow("docker-image") << MediaType::DockerConfig << MediaType::DockerLayerGzip << QString();
    QTest::newRow("foreign-layer") << MediaType::DockerConfig << MediaType::DockerForeignLayerGzip << QString();
    QTest::newRow("encrypted-layer") << MediaType::OciConfig
                                     << u"application/vnd.oci.image.layer.v1.tar+gzip+encrypted"_s
                                     << u"application/vnd.oci.image.layer.v1.tar+gzip+encrypted"_s;
    QTest::newRow("helm-chart") << u"application/vnd.cncf.helm.config.v1+json"_s
                                << u"application/vnd.cncf.helm.chart.content.v1.tar+gzip"_s
                                << u"application/vnd.cncf.helm.config.v1+json"_s;
}

void TestManifest::checkImage()
{
    QFETCH(QString, configType);
    QFETCH(QString, layerType);
    QFETCH(QString, mentions);
    const Descriptor content = layer(layerType, "layer bytes");
    const Manifest manifest = Manifest::oci(Descriptor::forData(configType, "{}"), {content});
    const Status status = manifest.checkImage(u"localhost:5000/app:1"_s);
    QCOMPARE(status.has_value(), mentions.isEmpty());
    if (status)
        return;
    QVERIFY(status.error().toString().contains(mentions));
    QVERIFY(status.error().toString().contains(u"localhost:5000/app:1"_s));
}

void TestManifest::writeManifestRoundTrip_data()
{
    QTest::addColumn<bool>("docker");
    QTest::newRow("oci") << false;
    QTest::newRow("docker-schema2") << true;
}

void TestManifest::writeManifestRoundTrip()
{
    QFETCH(bool, docker);
    const QString configType = docker ? MediaType::DockerConfig : MediaType::OciConfig;
    const Descriptor config = Descriptor::forData(configType, R"({"os":"linux"})");
    const QString layerType = docker ? MediaType::DockerLayerGzip : MediaType::OciLayerGzip;
    const QList<Descriptor> layers{layer(layerType, "one"), layer(layerType, "two")};
    const Manifest manifest = docker ? Manifest::docker(config, layers)
                                     : Manifest::oci(config, layers, {{u"org.opencontainers.image.title"_s, u"x"_s}});
    const Result<WrittenBlob> written = ManifestWriter::write(manifest);
    QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written->descriptor.digest, Digest::ofData(written->bytes));
    QCOMPARE(written->descriptor.size, written->bytes.size());
    QCOMPARE(written->descriptor.mediaType, manifest.mediaType);
    const Result<ParsedManifest> parsed =
        ManifestParser::parse(written->bytes, written->descriptor.mediaType, u"written"_s);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->manifest, manifest);
    QCOMPARE(parsed->descriptor, written->descriptor);
}

void TestManifest::writeIsCanonical()
{
    const Descriptor config = Descriptor::forData(MediaType::OciConfig, "{}");
    const Manifest first = Manifest::oci(config, {layer(MediaType::OciLayerTar, "a")},
                                         {{u"b"_s, u"2"_s}, {u"a"_s, u"1"_s}});
    Manifest second;
    second.layers = first.layers;
    second.annotations.insert(u"a"_s, u"1"_s);
    second.annotations.insert(u"b"_s, u"2"_s);
    second.config = config;
    second.mediaType = MediaType::OciManifest;
    const QByteArray bytes = ManifestWriter::write(first)->bytes;
    QCOMPARE(ManifestWriter::write(second)->bytes, bytes);
    QVERIFY(!bytes.contains('\n'));
    QVERIFY(!bytes.contains(": "));
    const qsizetype annotations = bytes.indexOf("\"annotations\"");
    const qsizetype configAt = bytes.indexOf("\"config\"");
    const qsizetype layersAt = bytes.indexOf("\"layers\"");
    const qsizetype mediaTypeAt = bytes.lastIndexOf("\"mediaType\"");
    const qsizetype schemaAt = bytes.indexOf("\"schemaVersion\"");
    QVERIFY(annotations >= 0 && annotations < configAt);
    QVERIFY(configAt < layersAt && layersAt < mediaTypeAt && mediaTypeAt < schemaAt);
}

void TestManifest::writeIndexRoundTrip()
{
    Descriptor tagged = Descriptor::forData(MediaType::OciManifest, "manifest one");
    tagged.annotations.insert(RefNameAnnotation, u"alpine:curl"_s);
    Descriptor withPlatform = Descriptor::forData(MediaType::OciManifest, "manifest two");
    withPlatform.platform = Platform{u"linux"_s, u"arm"_s, u"v7"_s, {}, {}};
    const ImageIndex index = ImageIndex::oci({tagged, withPlatform});
    const Result<WrittenBlob> written = ManifestWriter::write(index);
    QVERIFY(written.has_value());
    const Result<ImageIndex> parsed = ManifestParser::parseIndex(written->bytes, QString(), u"index.json"_s);
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(*parsed, index);
    QCOMPARE(parsed->manifests.at(0).refName(), u"alpine:curl"_s);
    QCOMPARE(parsed->platforms(), QStringList{u"linux/arm/v7"_s});
    const Result<WrittenBlob> list = ManifestWriter::write(ImageIndex::dockerList({withPlatform}));
    QVERIFY(list.has_value());
    QCOMPARE(ManifestParser::parse(list->bytes, QString(), u"list"_s)->descriptor.mediaType,
             MediaType::DockerManifestList);
}

void TestManifest::writeRefuses_data()
{
    QTest::addColumn<int>("defect");
    QTest::newRow("index-media-type-on-manifest") << 0;
    QTest::newRow("no-media-type") << 1;
    QTest::newRow("config-without-digest") << 2;
    QTest::newRow("negative-layer-size") << 3;
    QTest::newRow("schema-version-1") << 4;
}

void TestManifest::writeRefuses()
{
    QFETCH(int, defect);
    Manifest manifest = Manifest::oci(Descriptor::forData(MediaType::OciConfig, "{}"),
                                      {layer(MediaType::OciLayerGzip, "x")});
    QVERIFY(ManifestWriter::write(manifest).has_value());
    switch (defect) {
    case 0: manifest.mediaType = MediaType::OciIndex; break;
    case 1: manifest.mediaType.clear(); break;
    case 2: manifest.config.digest = Digest(); break;
    case 3: manifest.layers[0].size = -5; break;
    case 4: manifest.schemaVersion = 1; break;
    }
    const Result<WrittenBlob> written = ManifestWriter::write(manifest);
    QVERIFY(!written.has_value());
    QCOMPARE(written.error().code, ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
