// The Layers view on a multi-platform image, with the real registry on loopback: the registry tests'
// 2-platform OCI index (amd64 and arm64) pushed with skopeo, its arm64 platform pulled through the
// engine. The store records the index with the image (and keeps its blob through garbage collection);
// the view offers both platforms, says how to pull the missing one, pulls it through an engine job and
// shows that platform's own layers.
#include "layers/filetreemodel.h"
#include "layers/layersview.h"
#include "support/registryfixture.h"
#include "support/registrytestimage.h"

#include "engine/engine.h"
#include "store/imageplatforms.h"
#include "store/imagestore.h"
#include "store/layertree.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ponton;
using namespace Qt::StringLiterals;

class TestLayersPlatforms : public QObject
{
    Q_OBJECT
private slots:
    void offersAndPullsThePlatformsOfAnIndex();
};

void TestLayersPlatforms::offersAndPullsThePlatformsOfAnIndex()
{
    if (!Test::RegistryFixture::isAvailable() || !Test::RegistryFixture::hasTool(u"skopeo"_s))
        QSKIP("docker-registry and skopeo are needed");
    QTemporaryDir work;
    qputenv("DOCKER_CONFIG", work.filePath(u"docker-config"_s).toLocal8Bit());
    Test::RegistryFixture registry(Test::RegistryFixture::Setup::Plain);
    QVERIFY(registry.start());
    Result<Test::RegistryTestImage> amd64 = Test::RegistryTestImage::make({2048}, u"amd64"_s, 21);
    Result<Test::RegistryTestImage> arm64 = Test::RegistryTestImage::make({3072, 1024}, u"arm64"_s, 22);
    QVERIFY(amd64 && arm64);
    const QString layout = work.filePath(u"layout-multi"_s);
    const Result<Digest> index = Test::RegistryTestImage::writeLayout(layout, u"multi"_s, {*amd64, *arm64});
    QVERIFY(index);
    QVERIFY(registry.skopeoCopyTo(u"oci:%1:multi"_s.arg(layout), u"ponton/multi:1"_s));
    const QString reference = registry.hostPort() + u"/ponton/multi:1"_s;

    EngineOptions options;
    options.root = work.filePath(u"store"_s);
    Engine engine(options);
    Job *pull = engine.pull(reference, u"linux/arm64"_s);
    QSignalSpy pulled(pull, &Job::finished);
    QVERIFY(pulled.wait(60000));
    QVERIFY2(pull->result().ok, qPrintable(pull->result().error.toString()));

    // The store names the index with the image and keeps its blob.
    const Result<Store::ImageRecord> record = engine.store().resolve(reference);
    QVERIFY(record);
    QCOMPARE(record->index, *index);
    QVERIFY(engine.store().collectGarbage(0));
    QVERIFY(engine.store().content().contains(*index));

    Gui::LayersView view(&engine);
    view.resize(1100, 600);
    view.show();
    QSignalSpy analyzed(&view, &Gui::LayersView::analyzed);
    QSignalSpy listed(&view, &Gui::LayersView::platformsListed);
    view.showImage(reference);
    QVERIFY(analyzed.wait(20000));
    QCOMPARE(analyzed.takeFirst().first().toInt(), 2); // arm64's two layers
    QVERIFY(listed.wait(20000));
    QCOMPARE(listed.takeFirst().first().toInt(), 2);
    QVERIFY(view.platformChooser()->isVisible());
    const QList<Store::PlatformChoice> &choices = view.platforms();
    QCOMPARE(choices.at(0).platform.architecture, u"amd64"_s);
    QVERIFY(!choices.at(0).image);
    QVERIFY(choices.at(1).current);
    QCOMPARE(view.platformChooser()->currentIndex(), 1);
    QCOMPARE(view.fileModel()->analysis()->layer(0).digest, arm64->layers().first().digest);

    // The missing platform: how to pull it, then a pull through the engine and its own layers.
    view.choosePlatform(0);
    QVERIFY(view.platformPullButton()->isVisible());
    QVERIFY2(view.commandLine().contains(u"ponton pull %1/ponton/multi@%2"_s.arg(registry.hostPort(), amd64->manifest().digest.toString())),
             qPrintable(view.commandLine()));
    QVERIFY2(view.status().contains(u"amd64"_s), qPrintable(view.status()));
    view.pullPlatform();
    QVERIFY(analyzed.wait(60000));
    QCOMPARE(analyzed.takeFirst().first().toInt(), 1);
    QCOMPARE(view.fileModel()->analysis()->layer(0).digest, amd64->layers().first().digest);
    QVERIFY(!view.platformPullButton()->isVisible());
    QVERIFY(view.platformChooser()->isVisible()); // the other platform stays offered
    QVERIFY(engine.store().content().contains(amd64->layers().first().digest));

    // Back to arm64, from the store this time.
    view.choosePlatform(1);
    QVERIFY(analyzed.wait(20000));
    QCOMPARE(view.fileModel()->analysis()->layer(0).digest, arm64->layers().first().digest);
    QCOMPARE(view.platformChooser()->currentIndex(), 1);

    // And the store lists both platforms as present now.
    const Result<QList<Store::PlatformChoice>> both = Store::ImagePlatforms(engine.store()).list(reference);
    QVERIFY(both);
    QCOMPARE(both->size(), 2);
    QVERIFY(both->at(0).image && both->at(1).image);
    QVERIFY(both->at(0).pullReference.endsWith(amd64->manifest().digest.toString()));
}

QTEST_MAIN(TestLayersPlatforms)
#include "tst_layersplatforms.moc"
