#include "image/imageconfig.h"
#include "image/manifestwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ponton;
using namespace Ponton::Image;
using namespace Qt::StringLiterals;

namespace {

// Shaped like the config of an nginx image built by the classic builder: every field Docker uses, the
// legacy container/container_config/docker_version fields Ponton does not model, nulls where Docker
// writes them, and a field from some other tool. (No backslashes, apostrophes or double slashes:
// moc misreads them in raw strings and then misses the test class.)
const QByteArray DockerConfig = R"({"architecture":"arm","variant":"v7","os":"linux",
"created":"2024-02-14T19:07:41.123456789Z","author":"NGINX Docker Maintainers <docker-maint@nginx.com>",
"config":{"Hostname":"","Domainname":"","User":"nginx","AttachStdout":false,
 "ExposedPorts":{"443/tcp":{},"80/tcp":{}},
 "Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","NGINX_VERSION=1.25.4","PKG_RELEASE=1"],
 "Entrypoint":["/docker-entrypoint.sh"],"Cmd":["nginx","-g","daemon off;"],
 "Volumes":{"/var/cache/nginx":{}},"WorkingDir":"/srv","OnBuild":null,
 "Labels":{"maintainer":"NGINX Docker Maintainers <docker-maint@nginx.com>",
"org.opencontainers.image.version":"1.25.4"},
 "StopSignal":"SIGQUIT","ArgsEscaped":true,
 "Healthcheck":{"Test":["CMD-SHELL","wget -q --spider localhost || exit 1"],"Interval":30000000000,"Timeout":5000000000,
  "StartPeriod":10000000000,"StartInterval":2000000000,"Retries":3},
 "Shell":["/bin/ash","-eo","pipefail","-c"]},
"container":"8f3c0e2b7a11","container_config":{"Hostname":"8f3c0e2b7a11","Cmd":["/bin/sh","-c","#(nop) ",
"CMD [nginx]"]},
"docker_version":"20.10.23","moby.buildkit.buildinfo.v1":"eyJmcm9udGVuZCI6ImRvY2tlcmZpbGUudjAifQ==",
"history":[
 {"created":"2024-01-27T00:30:56.150825642Z",
"created_by":"/bin/sh -c #(nop) ADD file:37a76ec18f9887751cd8473744917d08b7431fc4085097bb6a09d81b41775473 in / "},
 {"created":"2024-01-27T00:30:56.528337354Z","created_by":"/bin/sh -c #(nop)  CMD [sh]","empty_layer":true},
 {"created":"2024-02-14T19:07:40Z","created_by":"RUN /bin/sh -c apk add --no-cache nginx # buildkit",
"comment":"buildkit.dockerfile.v0","author":"someone","x-ponton-test":7},
 {"created":"2024-02-14T19:07:41.123456789+01:00","created_by":"EXPOSE map[80/tcp:{}]",
"comment":"buildkit.dockerfile.v0","empty_layer":true}
],
"rootfs":{"type":"layers","diff_ids":["sha256:77ea7eee3d80b1a38f83906dd3048e2689457eb90e18a7d12f839c5ae37106a2",
 "sha256:95cf1a2e1698fe3ca1fcc3f653119146b271d0b62e487ec264441e886a11bd06"]}})";

QJsonObject objectOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

ImageConfig parsed(const QByteArray &bytes)
{
    Result<ImageConfig> config = ImageConfig::parse(bytes, u"test"_s);
    if (!config)
        qFatal("sample config refused: %s", qPrintable(config.error().toString()));
    return *config;
}

Digest digestOf(const QByteArray &content)
{
    return Digest::ofData(content);
}

} // namespace

class TestImageConfig : public QObject
{
    Q_OBJECT
private slots:
    void parseEveryField();
    void roundTripKeepsEverything();
    void changesKeepUnknownFields();
    void toJsonIsCanonical();
    void newConfigWritesOnlyWhatIsSet();
    void refuse_data();
    void refuse();
    void timestamps_data();
    void timestamps();
    void timestampFromDateTime();
    void layerHistory_data();
    void layerHistory();
    void env();
};

void TestImageConfig::parseEveryField()
{
    const ImageConfig image = parsed(DockerConfig);
    QCOMPARE(image.architecture, u"arm"_s);
    QCOMPARE(image.variant, u"v7"_s);
    QCOMPARE(image.platform().toString(), u"linux/arm/v7"_s);
    QCOMPARE(image.created.toDateTime(), QDateTime(QDate(2024, 2, 14), QTime(19, 7, 41, 123), Qt::UTC));
    QCOMPARE(image.created.nanoseconds(), 123456789);
    QCOMPARE(image.author, u"NGINX Docker Maintainers <docker-maint@nginx.com>"_s);
    const ContainerConfig &config = image.config;
    QCOMPARE(config.user, u"nginx"_s);
    QCOMPARE(config.exposedPorts, (QStringList{u"443/tcp"_s, u"80/tcp"_s}));
    QCOMPARE(config.env.size(), 3);
    QCOMPARE(config.envValue(u"NGINX_VERSION"_s), std::optional<QString>(u"1.25.4"_s));
    QCOMPARE(config.entrypoint, QStringList{u"/docker-entrypoint.sh"_s});
    QCOMPARE(config.cmd, (QStringList{u"nginx"_s, u"-g"_s, u"daemon off;"_s}));
    QCOMPARE(config.volumes, QStringList{u"/var/cache/nginx"_s});
    QCOMPARE(config.workingDir, u"/srv"_s);
    QCOMPARE(config.labels.value(u"org.opencontainers.image.version"_s), u"1.25.4"_s);
    QCOMPARE(config.stopSignal, u"SIGQUIT"_s);
    QVERIFY(config.argsEscaped);
    QVERIFY(config.onBuild.isEmpty());
    QCOMPARE(config.shell.size(), 4);
    QVERIFY(config.healthcheck.has_value());
    QCOMPARE(config.healthcheck->test.first(), u"CMD-SHELL"_s);
    QCOMPARE(config.healthcheck->interval, Q_INT64_C(30000000000));
    QCOMPARE(config.healthcheck->timeout, Q_INT64_C(5000000000));
    QCOMPARE(config.healthcheck->startPeriod, Q_INT64_C(10000000000));
    QCOMPARE(config.healthcheck->startInterval, Q_INT64_C(2000000000));
    QCOMPARE(config.healthcheck->retries, 3);
    QCOMPARE(image.history.size(), 4);
    QVERIFY(image.history.at(1).emptyLayer);
    QCOMPARE(image.history.at(2).comment, u"buildkit.dockerfile.v0"_s);
    QCOMPARE(image.history.at(2).author, u"someone"_s);
    QVERIFY(image.history.at(2).createdBy.startsWith(u"RUN /bin/sh -c apk add"_s));
    QCOMPARE(image.history.at(3).created.toDateTime(), QDateTime(QDate(2024, 2, 14), QTime(18, 7, 41, 123), Qt::UTC));
    QCOMPARE(image.rootfs.diffIds.size(), 2);
    QCOMPARE(image.rootfs.diffIds.at(1).hex().left(8), u"95cf1a2e"_s);
}

void TestImageConfig::roundTripKeepsEverything()
{
    const ImageConfig image = parsed(DockerConfig);
    const QByteArray written = image.toJson();
    // Nothing changed: the same JSON (legacy fields, nulls, unknown keys, nanosecond times, offsets).
    QCOMPARE(objectOf(written), objectOf(DockerConfig));
    QCOMPARE(parsed(written), image);
    QCOMPARE(parsed(written).toJson(), written);
    QVERIFY(written.contains("\"2024-02-14T19:07:41.123456789+01:00\""));
    QVERIFY(written.contains("\"OnBuild\":null"));
}

void TestImageConfig::changesKeepUnknownFields()
{
    ImageConfig image = parsed(DockerConfig);
    image.config.cmd = {u"sh"_s};
    image.config.workingDir.clear();
    image.config.labels.insert(u"ponton.test"_s, u"yes"_s);
    image.config.healthcheck.reset();
    image.config.setEnv(u"PKG_RELEASE"_s, u"2"_s);
    image.rootfs.diffIds.append(digestOf("new layer"));
    History commit;
    commit.created = Timestamp::fromSecsSinceEpoch(1700000000, 5);
    commit.createdBy = u"sh"_s;
    commit.comment = u"install curl"_s;
    image.history.append(commit);

    const QJsonObject object = objectOf(image.toJson());
    QCOMPARE(object.value(u"docker_version"_s).toString(), u"20.10.23"_s);
    QCOMPARE(object.value(u"container_config"_s).toObject().value(u"Hostname"_s).toString(), u"8f3c0e2b7a11"_s);
    QVERIFY(object.contains(u"moby.buildkit.buildinfo.v1"_s));
    const QJsonObject config = object.value(u"config"_s).toObject();
    QCOMPARE(config.value(u"Cmd"_s).toArray(), QJsonArray{u"sh"_s});
    QCOMPARE(config.value(u"WorkingDir"_s).toString(u"unset"_s), QString());
    QCOMPARE(config.value(u"Labels"_s).toObject().value(u"ponton.test"_s).toString(), u"yes"_s);
    QVERIFY(config.value(u"Healthcheck"_s).isNull());
    QCOMPARE(config.value(u"Env"_s).toArray().at(2).toString(), u"PKG_RELEASE=2"_s);
    QVERIFY(config.contains(u"Hostname"_s) && config.contains(u"AttachStdout"_s));
    const QJsonArray history = object.value(u"history"_s).toArray();
    QCOMPARE(history.size(), 5);
    QCOMPARE(history.at(2).toObject().value(u"x-ponton-test"_s).toInt(), 7);
    QCOMPARE(history.at(4).toObject().value(u"created"_s).toString(), u"2023-11-14T22:13:20.000000005Z"_s);
    QCOMPARE(object.value(u"rootfs"_s).toObject().value(u"diff_ids"_s).toArray().size(), 3);
    const ImageConfig again = parsed(image.toJson());
    QCOMPARE(again.nonEmptyLayerHistory()->size(), 3);
    QCOMPARE(again.history.at(4).created.nanoseconds(), 5);
}

void TestImageConfig::toJsonIsCanonical()
{
    // The same config written with other spacing and key order gives the same bytes.
    const QByteArray reordered = QJsonDocument(objectOf(DockerConfig)).toJson(QJsonDocument::Indented);
    QVERIFY(reordered != DockerConfig);
    const QByteArray bytes = parsed(DockerConfig).toJson();
    QCOMPARE(parsed(reordered).toJson(), bytes);
    QVERIFY(!bytes.contains('\n'));
    QVERIFY(!bytes.contains("\": "));
    QVERIFY(bytes.startsWith("{\"architecture\":"));
    QVERIFY(bytes.indexOf("\"author\"") < bytes.indexOf("\"config\""));
    QVERIFY(bytes.indexOf("\"created\"") < bytes.indexOf("\"history\""));
    QVERIFY(bytes.indexOf("\"os\"") < bytes.indexOf("\"rootfs\""));

    // Built in two orders: identical bytes, hence an identical image ID.
    ImageConfig first;
    first.os = u"linux"_s;
    first.architecture = u"amd64"_s;
    first.config.labels = {{u"b"_s, u"2"_s}, {u"a"_s, u"1"_s}};
    first.config.exposedPorts = {u"80/tcp"_s};
    ImageConfig second;
    second.config.exposedPorts = {u"80/tcp"_s};
    second.config.labels.insert(u"a"_s, u"1"_s);
    second.config.labels.insert(u"b"_s, u"2"_s);
    second.architecture = u"amd64"_s;
    second.os = u"linux"_s;
    QCOMPARE(first.toJson(), second.toJson());
    QCOMPARE(Digest::ofData(first.toJson()), Digest::ofData(second.toJson()));
    second.config.labels.insert(u"c"_s, u"3"_s);
    QVERIFY(first.toJson() != second.toJson());
}

void TestImageConfig::newConfigWritesOnlyWhatIsSet()
{
    ImageConfig image;
    image.os = u"linux"_s;
    image.architecture = u"amd64"_s;
    image.config.cmd = {u"/bin/sh"_s};
    image.rootfs.diffIds = {digestOf("layer")};
    const QJsonObject object = objectOf(image.toJson());
    QCOMPARE(object.keys(), (QStringList{u"architecture"_s, u"config"_s, u"os"_s, u"rootfs"_s}));
    QCOMPARE(object.value(u"config"_s).toObject().keys(), QStringList{u"Cmd"_s});
    QCOMPARE(object.value(u"rootfs"_s).toObject().value(u"type"_s).toString(), u"layers"_s);
    const Result<ImageConfig> back = ImageConfig::parse(image.toJson(), u"new"_s);
    QVERIFY(back.has_value());
    QCOMPARE(back->rootfs.diffIds, image.rootfs.diffIds);
    QCOMPARE(back->config.cmd, image.config.cmd);
}

void TestImageConfig::refuse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    const QByteArray rootfs = R"("rootfs":{"type":"layers","diff_ids":[]})";
    QTest::newRow("not-json") << QByteArray("FROM alpine") << u"not valid JSON"_s;
    QTest::newRow("empty") << QByteArray() << u"JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"JSON object"_s;
    QTest::newRow("no-rootfs") << QByteArray(R"({"os":"linux"})") << u"rootfs"_s;
    QTest::newRow("rootfs-type-zfs") << QByteArray(R"({"rootfs":{"type":"zfs","diff_ids":[]}})") << u"zfs"_s;
    QTest::newRow("rootfs-without-type") << QByteArray(R"({"rootfs":{"diff_ids":[]}})") << u"layers"_s;
    QTest::newRow("diff-id-not-digest") << QByteArray(R"({"rootfs":{"type":"layers","diff_ids":["sha256:abc"]}})")
                                        << u"sha256:abc"_s;
    QTest::newRow("diff-id-md5") << QByteArray(R"({"rootfs":{"type":"layers",
"diff_ids":["md5:d41d8cd98f00b204e9800998ecf8427e"]}})")
                                 << u"diff_id 0"_s;
    QTest::newRow("diff-ids-not-array") << QByteArray(R"({"rootfs":{"type":"layers","diff_ids":"sha256:x"}})")
                                        << u"rootfs.diff_ids"_s;
    QTest::newRow("env-string") << ("{" + rootfs + R"(,"config":{"Env":"PATH=/bin"}})") << u"config.Env"_s;
    QTest::newRow("cmd-number") << ("{" + rootfs + R"(,"config":{"Cmd":[1]}})") << u"config.Cmd"_s;
    QTest::newRow("ports-array") << ("{" + rootfs + R"(,
"config":{"ExposedPorts":["80/tcp"]}})") << u"config.ExposedPorts"_s;
    QTest::newRow("label-number") << ("{" + rootfs + R"(,"config":{"Labels":{"a":1}}})") << u"config.Labels"_s;
    QTest::newRow("args-escaped-string") << ("{" + rootfs + R"(,
"config":{"ArgsEscaped":"yes"}})") << u"config.ArgsEscaped"_s;
    QTest::newRow("retries-string") << ("{" + rootfs + R"(,"config":{"Healthcheck":{"Retries":"3"}}})")
                                    << u"config.Healthcheck.Retries"_s;
    QTest::newRow("interval-fraction") << ("{" + rootfs + R"(,"config":{"Healthcheck":{"Interval":1.5}}})")
                                       << u"config.Healthcheck.Interval"_s;
    QTest::newRow("config-array") << ("{" + rootfs + R"(,"config":[]})") << u"config"_s;
    QTest::newRow("created-not-rfc3339") << ("{" + rootfs + R"(,"created":"14/02/2024"})") << u"14/02/2024"_s;
    QTest::newRow("architecture-number") << ("{" + rootfs + R"(,"architecture":64})") << u"architecture"_s;
    QTest::newRow("history-not-array") << ("{" + rootfs + R"(,"history":{}})") << u"history"_s;
    QTest::newRow("history-entry-string") << ("{" + rootfs + R"(,"history":["RUN x"]})") << u"history 0"_s;
    QTest::newRow("history-bad-time") << ("{" + rootfs + R"(,"history":[{},{"created":"2024-02-30T00:00:00Z"}]})")
                                      << u"history 1"_s;
    QTest::newRow("empty-layer-string") << ("{" + rootfs + R"(,
"history":[{"empty_layer":"true"}]})") << u"empty_layer"_s;
    QTest::newRow("over-4-MiB") << ("{" + rootfs + ",\"pad\":\"" + QByteArray(ImageConfig::MaxBytes, 'x') + "\"}")
                                << u"too large"_s;
}

void TestImageConfig::refuse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const Result<ImageConfig> config = ImageConfig::parse(bytes, u"sha256:b79606fb3afe"_s);
    QVERIFY(!config.has_value());
    QCOMPARE(config.error().code, ErrorCode::InvalidArgument);
    const QString text = config.error().toString();
    QVERIFY2(text.contains(u"sha256:b79606fb3afe"_s), qPrintable(text));
    QVERIFY2(text.contains(mentions), qPrintable(u"\""_s + mentions + u"\" not in: "_s + text));
}

void TestImageConfig::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("msecsSinceEpoch");
    QTest::addColumn<int>("nanoseconds");
    QTest::newRow("nanoseconds") << u"2024-02-14T19:07:41.123456789Z"_s << true << Q_INT64_C(1707937661123)
                                 << 123456789;
    QTest::newRow("whole-seconds") << u"2024-02-14T19:07:41Z"_s << true << Q_INT64_C(1707937661000) << 0;
    QTest::newRow("one-digit-fraction") << u"2024-02-14T19:07:41.5Z"_s << true << Q_INT64_C(1707937661500) << 500000000;
    QTest::newRow("offset-plus") << u"2024-02-14T20:07:41+01:00"_s << true << Q_INT64_C(1707937661000) << 0;
    QTest::newRow("offset-minus-half-hour") << u"2024-02-14T15:37:41.25-03:30"_s << true << Q_INT64_C(1707937661250)
                                            << 250000000;
    QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << true << Q_INT64_C(0) << 0;
    QTest::newRow("go-zero-time") << u"0001-01-01T00:00:00Z"_s << true << Q_INT64_C(-62135596800000) << 0;
    QTest::newRow("no-zone") << u"2024-02-14T19:07:41"_s << false << Q_INT64_C(0) << 0;
    QTest::newRow("space-separator") << u"2024-02-14 19:07:41Z"_s << false << Q_INT64_C(0) << 0;
    QTest::newRow("ten-digit-fraction") << u"2024-02-14T19:07:41.1234567890Z"_s << false << Q_INT64_C(0) << 0;
    QTest::newRow("month-13") << u"2024-13-14T19:07:41Z"_s << false << Q_INT64_C(0) << 0;
    QTest::newRow("february-30") << u"2024-02-30T19:07:41Z"_s << false << Q_INT64_C(0) << 0;
    QTest::newRow("hour-24") << u"2024-02-14T24:00:00Z"_s << false << Q_INT64_C(0) << 0;
    QTest::newRow("zone-minutes-60") << u"2024-02-14T19:07:41+01:60"_s << false << Q_INT64_C(0) << 0;
    QTest::newRow("unix-seconds") << u"1707937661"_s << false << Q_INT64_C(0) << 0;
}

void TestImageConfig::timestamps()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, msecsSinceEpoch);
    QFETCH(int, nanoseconds);
    const Result<Timestamp> timestamp = Timestamp::parse(text);
    QCOMPARE(timestamp.has_value(), valid);
    if (!valid) {
        QVERIFY(timestamp.error().message.contains(text));
        return;
    }
    QCOMPARE(timestamp->toDateTime().toMSecsSinceEpoch(), msecsSinceEpoch);
    QCOMPARE(timestamp->nanoseconds(), nanoseconds);
    QCOMPARE(timestamp->toString(), text);
    QCOMPARE(timestamp->toDateTime().timeSpec(), Qt::UTC);
}

void TestImageConfig::timestampFromDateTime()
{
    const Timestamp fromQt = QDateTime(QDate(2024, 2, 14), QTime(19, 7, 41, 120), Qt::UTC);
    QCOMPARE(fromQt.toString(), u"2024-02-14T19:07:41.12Z"_s);
    QCOMPARE(Timestamp(QDateTime(QDate(2024, 2, 14), QTime(20, 7, 41), Qt::OffsetFromUTC, 3600)).toString(),
             u"2024-02-14T19:07:41Z"_s);
    const Timestamp precise = Timestamp::fromSecsSinceEpoch(1707937661, 123456789);
    QCOMPARE(precise.toString(), u"2024-02-14T19:07:41.123456789Z"_s);
    QCOMPARE(*Timestamp::parse(precise.toString()), precise);
    QVERIFY(precise != Timestamp::fromSecsSinceEpoch(1707937661, 123456788));
    QVERIFY(Timestamp().isNull());
    QCOMPARE(Timestamp().toString(), QString());
}

void TestImageConfig::layerHistory_data()
{
    // history: one letter per entry, L made a layer, E is empty_layer; "" means no history at all.
    QTest::addColumn<QString>("history");
    QTest::addColumn<int>("layers");
    QTest::addColumn<QString>("pairing"); // per entry: the layer index, or '-'; empty when refused
    QTest::newRow("base-image") << u"LE"_s << 1 << u"0-"_s;
    QTest::newRow("build-steps") << u"LELEEL"_s << 3 << u"0-1--2"_s;
    QTest::newRow("only-empty") << u"EEE"_s << 0 << u"---"_s;
    QTest::newRow("no-history") << QString() << 2 << u"01"_s;
    QTest::newRow("empty-image") << QString() << 0 << QString();
    QTest::newRow("more-layers-than-history") << u"LE"_s << 2 << QString();
    QTest::newRow("more-history-than-layers") << u"LLE"_s << 1 << QString();
}

void TestImageConfig::layerHistory()
{
    QFETCH(QString, history);
    QFETCH(int, layers);
    QFETCH(QString, pairing);
    ImageConfig image;
    for (int i = 0; i < layers; ++i)
        image.rootfs.diffIds.append(digestOf(QByteArray::number(i)));
    for (QChar kind : history) {
        History entry;
        entry.createdBy = u"step "_s + QString::number(image.history.size());
        entry.emptyLayer = kind == u'E';
        image.history.append(entry);
    }
    const Result<QList<LayerHistory>> all = image.layerHistory();
    const bool refused = pairing.isEmpty() && (layers > 0 || !history.isEmpty());
    QCOMPARE(all.has_value(), !refused);
    if (refused) {
        QCOMPARE(all.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!image.nonEmptyLayerHistory().has_value());
        return;
    }
    QString got;
    for (const LayerHistory &entry : *all) {
        got += entry.layerIndex ? QString::number(*entry.layerIndex) : u"-"_s;
        QCOMPARE(entry.diffId.has_value(), entry.layerIndex.has_value());
        if (entry.layerIndex)
            QCOMPARE(*entry.diffId, image.rootfs.diffIds.at(*entry.layerIndex));
    }
    QCOMPARE(got, pairing);
    const Result<QList<LayerHistory>> withLayers = image.nonEmptyLayerHistory();
    QVERIFY(withLayers.has_value());
    QCOMPARE(withLayers->size(), layers);
    for (int i = 0; i < withLayers->size(); ++i) {
        QCOMPARE(withLayers->at(i).layerIndex, std::optional<int>(i));
        QVERIFY(!withLayers->at(i).history.emptyLayer);
    }
}

void TestImageConfig::env()
{
    ContainerConfig config;
    config.env = {u"PATH=/bin"_s, u"EMPTY="_s, u"A=b=c"_s};
    QCOMPARE(config.envValue(u"A"_s), std::optional<QString>(u"b=c"_s));
    QCOMPARE(config.envValue(u"EMPTY"_s), std::optional<QString>(QString()));
    QVERIFY(!config.envValue(u"PAT"_s).has_value());
    config.setEnv(u"PATH"_s, u"/usr/bin:/bin"_s);
    config.setEnv(u"NEW"_s, u"1"_s);
    QCOMPARE(config.env, (QStringList{u"PATH=/usr/bin:/bin"_s, u"EMPTY="_s, u"A=b=c"_s, u"NEW=1"_s}));
}

QTEST_GUILESS_MAIN(TestImageConfig)
#include "tst_imageconfig.moc"
