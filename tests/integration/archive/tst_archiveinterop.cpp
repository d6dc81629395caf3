// Interop with the real tools: what `save` writes is read by `skopeo inspect` (docker-archive: and
// oci-archive:) and copied by `skopeo copy` into an OCI layout that `umoci ls` lists; archives that
// `skopeo copy … docker-archive:F:name:tag` and `… oci-archive:F:name:tag` make load with their tags and
// the same image IDs. Skipped when skopeo or umoci is missing.
#include "support/imagefixture.h"

#include "store/imagearchiveloader.h"
#include "store/imagearchivewriter.h"
#include "store/storechecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ponton;
using Format = Store::ImageArchiveWriter::Format;

namespace {

bool hasTool(const QString &name) { return !QStandardPaths::findExecutable(name).isEmpty(); }

// Runs a tool; its stdout, or a failure with its stderr.
Result<QByteArray> run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(180000))
        return fail(ErrorCode::Internal, program + u" did not run"_s);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(ErrorCode::Internal, program + u' ' + arguments.join(u' ') + u" failed"_s,
                    QString::fromUtf8(process.readAllStandardError()));
    return process.readAllStandardOutput();
}

#define RUN_OR_FAIL(var, program, ...)                                                                   \
    auto var = run(program, __VA_ARGS__);                                                                \
    QVERIFY2(var, qPrintable(var ? QString() : var.error().toString()))

} // namespace

class TestArchiveInterop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void skopeoReadsSave_data();
    void skopeoReadsSave();
    void loadsSkopeoArchives_data();
    void loadsSkopeoArchives();
};

void TestArchiveInterop::initTestCase()
{
    if (!hasTool(u"skopeo"_s) || !hasTool(u"umoci"_s))
        QSKIP("skopeo and umoci are needed");
}

void TestArchiveInterop::skopeoReadsSave_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("gzipLayers");
    QTest::newRow("docker-archive") << int(Format::DockerArchive) << true;
    QTest::newRow("docker-archive-plain-layers") << int(Format::DockerArchive) << false;
    QTest::newRow("oci-archive") << int(Format::OciArchive) << true;
}

void TestArchiveInterop::skopeoReadsSave()
{
    QFETCH(int, format);
    QFETCH(bool, gzipLayers);
    QTemporaryDir dir;
    const Store::ImageStore store(dir.filePath(u"store"_s));
    auto image = Test::ImageFixture::create(store, {3, 3, 50000, gzipLayers, false, {u"demo/app:1"_s}, 51});
    QVERIFY(image);
    auto other = Test::ImageFixture::create(store, {1, 1, 100, true, false, {u"other:2"_s}, 52});
    QVERIFY(other);
    const QString archive = dir.filePath(u"saved.tar"_s);
    QVERIFY(Test::ImageFixture::saveArchive(store, {u"demo/app:1"_s, u"other:2"_s}, archive, Format(format)));

    const bool oci = format == int(Format::OciArchive);
    const QString transport = (oci ? u"oci-archive:"_s : u"docker-archive:"_s) + archive + u":demo/app:1"_s;
    RUN_OR_FAIL(inspected, u"skopeo"_s, {u"inspect"_s, transport});
    const QJsonObject info = QJsonDocument::fromJson(*inspected).object();
    QCOMPARE(info.value(u"Layers"_s).toArray().size(), 3);
    QCOMPARE(info.value(u"Env"_s).toArray().first().toString(), u"SEED=51"_s);
    // The config skopeo sees is exactly ours: same bytes, same image ID.
    RUN_OR_FAIL(config, u"skopeo"_s, {u"inspect"_s, u"--raw"_s, u"--config"_s, transport});
    QCOMPARE(Digest::ofData(*config), image->id);

    const QString layout = dir.filePath(u"layout"_s);
    RUN_OR_FAIL(copied, u"skopeo"_s, {u"copy"_s, transport, u"oci:"_s + layout + u":copied"_s});
    RUN_OR_FAIL(listed, u"umoci"_s, {u"ls"_s, u"--layout"_s, layout});
    QVERIFY2(listed->split('\n').contains("copied"), listed->constData());
    RUN_OR_FAIL(stat, u"umoci"_s, {u"stat"_s, u"--image"_s, layout + u":copied"_s});
    // The second image is addressable too.
    RUN_OR_FAIL(second, u"skopeo"_s, {u"inspect"_s, (oci ? u"oci-archive:"_s : u"docker-archive:"_s) + archive + u":other:2"_s});
    QCOMPARE(QJsonDocument::fromJson(*second).object().value(u"Layers"_s).toArray().size(), 1);
}

void TestArchiveInterop::loadsSkopeoArchives_data()
{
    QTest::addColumn<QString>("transport");
    QTest::addColumn<bool>("sameManifest");
    QTest::newRow("skopeo-docker-archive") << u"docker-archive"_s << false;
    QTest::newRow("skopeo-oci-archive") << u"oci-archive"_s << true;
}

void TestArchiveInterop::loadsSkopeoArchives()
{
    QFETCH(QString, transport);
    QFETCH(bool, sameManifest);
    QTemporaryDir dir;
    const QString layout = dir.filePath(u"layout"_s);
    auto image = Test::ImageFixture::createLayout(layout, {2, 4, 30000, true, false, {u"src:1"_s}, 61});
    QVERIFY(image);
    const QString archive = dir.filePath(u"skopeo.tar"_s);
    // The fixture's layout is a Ponton store: its tag is the familiar "src:1".
    RUN_OR_FAIL(copied, u"skopeo"_s, {u"copy"_s, u"oci:"_s + layout + u":src:1"_s,
                                      transport + u':' + archive + u":example.com/team/app:v2"_s});

    const Store::ImageStore target(dir.filePath(u"target"_s));
    auto loaded = Store::ImageArchiveLoader(target).loadFile(archive);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->lines, QStringList{u"Loaded image: example.com/team/app:v2"_s});
    auto found = target.resolve(u"example.com/team/app:v2"_s);
    QVERIFY(found);
    QCOMPARE(found->id, image->id);
    QCOMPARE(found->diffIds, image->diffIds);
    if (sameManifest)
        QCOMPARE(found->manifest.digest, image->manifest.digest);
    const Store::CheckReport report = Store::StoreChecker(target).check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestArchiveInterop)
#include "tst_archiveinterop.moc"
