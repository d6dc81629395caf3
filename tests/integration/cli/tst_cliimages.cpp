// The local image verbs through the real `ponton` binary, on a real store made by the image fixture.
#include "support/clirunner.h"
#include "support/imagefixture.h"

#include "store/imagestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ponton;
using namespace Qt::StringLiterals;

using Run = Ponton::Test::CliRun;

class TestCliImages : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void imagesTable();
    void imagesFilters_data();
    void imagesFilters();
    void tagAndRmi();
    void rmiConflicts();
    void historyShowsParents();
    void inspectIsDockerShaped();
    void systemCheckNamesCorruptBlob();
    void usageErrors_data();
    void usageErrors();
    void storeIsReadByOciTools();

private:
    Run ponton(const QStringList &arguments) const;
    Store::ImageRecord make(quint32 seed, const QStringList &tags, int layers = 1);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::ImageStore> m_store;
};

void TestCliImages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store::ImageStore>(m_dir->path());
    QVERIFY(m_store->initialize());
}

Run TestCliImages::ponton(const QStringList &arguments) const
{
    Test::CliRunner runner;
    runner.setRoot(m_dir->path());
    runner.setTimeout(60000);
    runner.setEnvironmentValue(u"LC_ALL"_s, u"C"_s);
    runner.removeEnvironmentValue(u"PONTON_ROOT"_s);
    return runner.run(arguments);
}

Store::ImageRecord TestCliImages::make(quint32 seed, const QStringList &tags, int layers)
{
    Test::ImageSpec spec;
    spec.seed = seed;
    spec.tags = tags;
    spec.layers = layers;
    Result<Store::ImageRecord> record = Test::ImageFixture::create(*m_store, spec);
    if (!record)
        qFatal("fixture: %s", qPrintable(record.error().toString()));
    return *record;
}

void TestCliImages::imagesTable()
{
    const auto alpine = make(1, {u"alpine:latest"_s, u"alpine:curl"_s});
    const Run run = ponton({u"images"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"REPOSITORY   TAG       IMAGE ID       CREATED"_s));
    QVERIFY(lines.at(1).startsWith(u"alpine       "_s));
    QVERIFY(lines.at(1).contains(alpine.id.shortId()));
    QVERIFY(!lines.at(1).contains(alpine.id.hex().mid(12, 8)));
    const Run quiet = ponton({u"images"_s, u"-q"_s, u"--no-trunc"_s});
    QCOMPARE(quiet.out.split(u'\n', Qt::SkipEmptyParts), (QStringList{alpine.id.toString(), alpine.id.toString()}));
}

void TestCliImages::imagesFilters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("rows");
    QTest::newRow("default-hides-intermediate") << QStringList{u"images"_s, u"-q"_s} << 3;
    QTest::newRow("all") << QStringList{u"images"_s, u"-aq"_s} << 4;
    QTest::newRow("dangling") << QStringList{u"images"_s, u"-q"_s, u"-f"_s, u"dangling=true"_s} << 1;
    QTest::newRow("not-dangling") << QStringList{u"images"_s, u"-q"_s, u"--filter=dangling=false"_s} << 2;
    QTest::newRow("reference-glob") << QStringList{u"images"_s, u"-q"_s, u"-f"_s, u"reference=app*"_s} << 1;
    QTest::newRow("positional-repository") << QStringList{u"images"_s, u"-q"_s, u"base"_s} << 1;
    QTest::newRow("no-match") << QStringList{u"images"_s, u"-q"_s, u"nothing"_s} << 0;
}

void TestCliImages::imagesFilters()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, rows);
    const auto base = make(1, {u"base:1"_s});
    const auto step = make(2, {});
    const auto app = make(3, {u"app:1"_s});
    make(4, {}); // dangling
    // step's parent is base, app's parent is step: step is an intermediate image.
    for (const auto &[child, parent] : {std::pair{step, base}, std::pair{app, step}}) {
        Store::ImageRegistration registration;
        registration.manifest = child.manifest;
        registration.parent = parent.id;
        QVERIFY(m_store->registerImage(registration));
    }
    const Run run = ponton(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts).size(), rows);
}

void TestCliImages::tagAndRmi()
{
    const auto image = make(7, {u"alpine"_s});
    QCOMPARE(ponton({u"tag"_s, u"alpine"_s, u"alpine:curl"_s}).exitCode, 0);
    QCOMPARE(ponton({u"tag"_s, image.id.shortId(), u"localhost:5000/alpine:v1"_s}).exitCode, 0);
    Run run = ponton({u"rmi"_s, u"alpine:curl"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Untagged: alpine:curl\n"_s);
    run = ponton({u"rmi"_s, u"nothere"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"Error: No such image: nothere:latest\n"_s);
    run = ponton({u"rmi"_s, image.id.shortId()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"image is referenced in multiple repositories"_s), qPrintable(run.err));
    run = ponton({u"rmi"_s, u"-f"_s, image.id.shortId()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Untagged: alpine:latest\n"_s));
    QVERIFY(run.out.contains(u"Untagged: localhost:5000/alpine:v1\n"_s));
    QVERIFY(run.out.endsWith(u"Deleted: "_s + image.id.toString() + u'\n'));
    QCOMPARE(ponton({u"images"_s, u"-aq"_s}).out, QString());
    QCOMPARE(ponton({u"system"_s, u"check"_s}).exitCode, 0);
}

void TestCliImages::rmiConflicts()
{
    const auto parent = make(11, {u"base"_s});
    const auto child = make(12, {u"child"_s});
    Store::ImageRegistration registration;
    registration.manifest = child.manifest;
    registration.parent = parent.id;
    QVERIFY(m_store->registerImage(registration));
    Run run = ponton({u"rmi"_s, u"-f"_s, parent.id.shortId()});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"Error: conflict: unable to delete %1 (cannot be forced) - image has dependent child images\n"_s.arg(parent.id.shortId()));
    run = ponton({u"rmi"_s, u"base"_s}); // by tag: only untagged, the child still needs it
    QCOMPARE(run.out, u"Untagged: base:latest\n"_s);
    QVERIFY(m_store->findById(parent.id).has_value());
    run = ponton({u"rmi"_s, u"child"_s}); // the untagged parent goes with its last child
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Deleted: "_s + parent.id.toString()));
}

void TestCliImages::historyShowsParents()
{
    const auto image = make(21, {u"layered"_s}, 3);
    const Run run = ponton({u"history"_s, u"layered"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.at(0).startsWith(u"IMAGE          CREATED"_s));
    QVERIFY(lines.at(0).contains(u"CREATED BY"_s));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(1).startsWith(image.id.shortId()));
    QVERIFY(lines.at(2).startsWith(u"<missing>"_s));
    const Run quiet = ponton({u"history"_s, u"-q"_s, u"--no-trunc"_s, u"layered"_s});
    QCOMPARE(quiet.out.split(u'\n', Qt::SkipEmptyParts).first(), image.id.toString());
}

void TestCliImages::inspectIsDockerShaped()
{
    const auto image = make(31, {u"inspected:1"_s}, 2);
    const Run run = ponton({u"inspect"_s, u"inspected:1"_s, u"missing:1"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"Error: No such image: missing:1\n"_s);
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject object = array.first().toObject();
    QCOMPARE(object.value(u"Id"_s).toString(), image.id.toString());
    QCOMPARE(object.value(u"RepoTags"_s).toArray().first().toString(), u"inspected:1"_s);
    QCOMPARE(object.value(u"Os"_s).toString(), u"linux"_s);
    QCOMPARE(object.value(u"RootFS"_s).toObject().value(u"Layers"_s).toArray().size(), 2);
    QVERIFY(object.value(u"Size"_s).toDouble() > 0);
}

void TestCliImages::systemCheckNamesCorruptBlob()
{
    const auto image = make(41, {u"victim"_s});
    Run run = ponton({u"system"_s, u"check"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"The store is consistent: 1 images, 3 blobs checked."_s));
    QFile blob(m_store->content().blobPath(image.layers.first()));
    QVERIFY(blob.open(QIODevice::ReadWrite));
    blob.seek(10);
    blob.write("?");
    blob.close();
    run = ponton({u"system"_s, u"check"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(image.layers.first().toString()), qPrintable(run.err));
}

void TestCliImages::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown-verb") << QStringList{u"frobnicate"_s} << 125 << u"is not a ponton command"_s;
    QTest::newRow("unknown-flag") << QStringList{u"images"_s, u"--bogus"_s} << 125 << u"unknown flag: --bogus"_s;
    QTest::newRow("unknown-short-flag") << QStringList{u"images"_s, u"-z"_s} << 125 << u"unknown shorthand flag"_s;
    QTest::newRow("bad-filter") << QStringList{u"images"_s, u"-f"_s, u"colour=red"_s} << 125 << u"invalid filter"_s;
    QTest::newRow("tag-needs-two") << QStringList{u"tag"_s, u"seed"_s} << 125 << u"requires"_s;
    QTest::newRow("unknown-source") << QStringList{u"tag"_s, u"nothere"_s, u"x:1"_s} << 1 << u"No such image: nothere:latest"_s;
    QTest::newRow("bad-target") << QStringList{u"tag"_s, u"seed"_s, u"Bad:Target"_s} << 1 << u"must be lowercase"_s;
    QTest::newRow("rmi-needs-one") << QStringList{u"rmi"_s} << 125 << u"requires"_s;
}

void TestCliImages::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    make(51, {u"seed"_s});
    const Run run = ponton(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

// The store is an OCI image layout: skopeo's oci: transport and umoci read it, also for an image
// that came in as a docker-archive (its manifest is written with OCI media types).
void TestCliImages::storeIsReadByOciTools()
{
    for (const QString &tool : {u"skopeo"_s, u"umoci"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(tool + u" is not installed (Debian package " + tool + u")"));
    }
    const auto native = make(61, {u"native:1"_s});
    Test::ImageSpec spec;
    spec.seed = 62;
    spec.dockerMediaTypes = true;
    spec.tags = {u"imported:2"_s};
    Store::ImageStore other(m_dir->path() + u"/other"_s);
    QVERIFY(other.initialize());
    QVERIFY(Test::ImageFixture::create(other, spec));
    const QString archive = m_dir->path() + u"/imported.tar"_s;
    QVERIFY(Test::ImageFixture::saveArchive(other, {u"imported:2"_s}, archive));
    QCOMPARE(ponton({u"load"_s, u"-i"_s, archive}).out, u"Loaded image: imported:2\n"_s);
    for (const QString &tag : {u"native:1"_s, u"imported:2"_s}) {
        QProcess skopeo;
        skopeo.start(u"skopeo"_s, {u"inspect"_s, u"--raw"_s, u"oci:"_s + m_dir->path() + u':' + tag});
        QVERIFY(skopeo.waitForFinished(60000));
        QVERIFY2(skopeo.exitCode() == 0, qPrintable(QString::fromUtf8(skopeo.readAllStandardError())));
        QVERIFY(skopeo.readAllStandardOutput().contains("application/vnd.oci.image.manifest.v1+json"));
    }
    QProcess umoci;
    umoci.start(u"umoci"_s, {u"ls"_s, u"--layout"_s, m_dir->path()});
    QVERIFY(umoci.waitForFinished(60000));
    QCOMPARE(umoci.exitCode(), 0);
    const QString listed = QString::fromUtf8(umoci.readAllStandardOutput());
    QVERIFY2(listed.contains(u"native:1"_s) && listed.contains(u"imported:2"_s), qPrintable(listed));
    QVERIFY(native.id.isValid());
}

QTEST_GUILESS_MAIN(TestCliImages)
#include "tst_cliimages.moc"
