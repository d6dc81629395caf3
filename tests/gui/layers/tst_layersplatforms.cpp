// The Layers view on a multi-platform image, with the real registry on loopback: the registry tests'
// 2-platform OCI index (amd64 and arm64) pushed with skopeo, its arm64 platform pulled through the
// engine. The store records the index with the image (and keeps its blob through garbage collection);
// the view offers both platforms, says how to pull the missing one, pulls it through an engine job and
// shows that platform's own layers; the Images view then shows the platform pulled by digest under its
// repository, with its platform. And the same index copied by `skopeo copy --all` into an oci-archive,
// loaded through the engine: both platforms in the store, both offered by the Layers view.
#include "images/imagesview.h"
#include "images/imagetablemodel.h"
#include "layers/filetreemodel.h"
#include "layers/layersview.h"
#include "support/registryfixture.h"
#include "support/registrytestimage.h"
#include "support/twoplatformindex.h"

#include "engine/engine.h"
#include "image/platform.h"
#include "store/imagearchiveloader.h"
#include "store/imageplatforms.h"
#include "store/imagestore.h"
#include "store/layertree.h"

#include <QComboBox>
#include <QDir>
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
    void offersThePlatformsOfALoadedIndex();
};

namespace {
// The row of the Images view for an image ID, or -1.
int rowOf(const Gui::ImageTableModel *model, const Digest &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rows().at(row).id == id)
            return row;
    }
    return -1;
}
} // namespace

void TestLayersPlatforms::offersAndPullsThePlatformsOfAnIndex()
{
    if (!Test::RegistryFixture::isAvailable() || !Test::RegistryFixture::hasTool(u"skopeo"_s))
        QSKIP("docker-registry and skopeo are needed");
    QTemporaryDir work;
    qputenv("DOCKER_CONFIG", work.filePath(u"docker-config"_s).toLocal8Bit());
    Test::RegistryFixture registry(Test::RegistryFixture::Setup::Plain);
    QVERIFY(registry.start());
    const Result<Test::TwoPlatformIndex> pushed = Test::TwoPlatformIndex::push(registry, work.path(), u"ponton/multi:1"_s, 21);
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().toString()));
    const Test::RegistryTestImage &amd64 = pushed->amd64;
    const Test::RegistryTestImage &arm64 = pushed->arm64;
    const Digest &index = pushed->index;
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
    QCOMPARE(record->index, index);
    QVERIFY(engine.store().collectGarbage(0));
    QVERIFY(engine.store().content().contains(index));

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
    QCOMPARE(view.fileModel()->analysis()->layer(0).digest, arm64.layers().first().digest);

    // The missing platform: how to pull it, then a pull through the engine and its own layers.
    view.choosePlatform(0);
    QVERIFY(view.platformPullButton()->isVisible());
    QVERIFY2(view.commandLine().contains(u"ponton pull %1/ponton/multi@%2"_s.arg(registry.hostPort(), amd64.manifest().digest.toString())),
             qPrintable(view.commandLine()));
    QVERIFY2(view.status().contains(u"amd64"_s), qPrintable(view.status()));
    view.pullPlatform();
    QVERIFY(analyzed.wait(60000));
    QCOMPARE(analyzed.takeFirst().first().toInt(), 1);
    QCOMPARE(view.fileModel()->analysis()->layer(0).digest, amd64.layers().first().digest);
    QVERIFY(!view.platformPullButton()->isVisible());
    QVERIFY(view.platformChooser()->isVisible()); // the other platform stays offered
    QVERIFY(engine.store().content().contains(amd64.layers().first().digest));

    // Back to arm64, from the store this time.
    view.choosePlatform(1);
    QVERIFY(analyzed.wait(20000));
    QCOMPARE(view.fileModel()->analysis()->layer(0).digest, arm64.layers().first().digest);
    QCOMPARE(view.platformChooser()->currentIndex(), 1);

    // And the store lists both platforms as present now.
    const Result<QList<Store::PlatformChoice>> both = Store::ImagePlatforms(engine.store()).list(reference);
    QVERIFY(both);
    QCOMPARE(both->size(), 2);
    QVERIFY(both->at(0).image && both->at(1).image);
    QVERIFY(both->at(0).pullReference.endsWith(amd64.manifest().digest.toString()));

    // The platform pulled by digest keeps its repository in the Images view (tag <none>), with its
    // platform; the tagged arm64 image says it cannot run here. The Layers view's image chooser does not
    // offer the pulled platform on its own: it is one of the tagged image's platforms.
    Gui::ImagesView images(&engine);
    QSignalSpy refreshed(&images, &Gui::ImagesView::refreshed);
    images.refresh();
    QVERIFY(refreshed.wait(20000));
    const Gui::ImageTableModel *model = images.model();
    const int pulledRow = rowOf(model, both->at(0).image->id);
    QVERIFY(pulledRow >= 0);
    const QString repository = registry.hostPort() + u"/ponton/multi"_s;
    QCOMPARE(model->index(pulledRow, Gui::ImageTableModel::Repository).data().toString(), repository);
    QCOMPARE(model->index(pulledRow, Gui::ImageTableModel::Tag).data().toString(), u"<none>"_s);
    QCOMPARE(model->index(pulledRow, Gui::ImageTableModel::Platform).data().toString(), u"linux/amd64"_s);
    QVERIFY(model->index(pulledRow, Gui::ImageTableModel::Tag).data(Qt::ToolTipRole).toString().contains(reference.section(u'/', 1)));
    const int taggedRow = rowOf(model, record->id);
    QVERIFY(taggedRow >= 0);
    QCOMPARE(model->index(taggedRow, Gui::ImageTableModel::Platform).data().toString(), u"linux/arm64"_s);
    QVERIFY(model->index(taggedRow, Gui::ImageTableModel::Repository).data(Qt::ToolTipRole).toString().contains(u"linux/arm64"_s));
    QSignalSpy imagesListed(&view, &Gui::LayersView::imagesListed);
    view.refreshImages();
    QVERIFY(imagesListed.wait(20000));
    QCOMPARE(imagesListed.takeFirst().first().toInt(), 1);
}

void TestLayersPlatforms::offersThePlatformsOfALoadedIndex()
{
    if (!Test::RegistryFixture::isAvailable() || !Test::RegistryFixture::hasTool(u"skopeo"_s))
        QSKIP("docker-registry and skopeo are needed");
    if (Image::Platform::host().architecture != u"amd64"_s)
        QSKIP("the fixture's index has amd64 and arm64: the host must be amd64 for arm64 to be the foreign one");
    QTemporaryDir work;
    Test::RegistryFixture registry(Test::RegistryFixture::Setup::Plain);
    QVERIFY(registry.start());
    const Result<Test::TwoPlatformIndex> pushed = Test::TwoPlatformIndex::push(registry, work.path(), u"ponton/multi:2"_s, 41);
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().toString()));
    const QString archive = work.filePath(u"multi.tar"_s);
    QVERIFY(Test::TwoPlatformIndex::copyAll(registry, u"ponton/multi:2"_s, u"oci-archive:%1:multi:2"_s.arg(archive)));

    EngineOptions options;
    options.root = work.filePath(u"store"_s);
    Engine engine(options);
    Job *load = engine.loadImages(archive);
    QSignalSpy loaded(load, &Job::finished);
    QVERIFY(loaded.wait(60000));
    QVERIFY2(load->result().ok, qPrintable(load->result().error.toString()));
    const auto result = load->result().value.value<Store::LoadResult>();
    QCOMPARE(result.images.size(), 1);          // the host's platform, unpacked
    QCOMPARE(result.otherPlatforms.size(), 1);  // arm64, kept beside it
    QCOMPARE(result.otherPlatforms.first().platform.architecture, u"arm64"_s);
    const QString snapshots = options.root + u"/runtime/snapshots/"_s;
    QVERIFY2(QDir(snapshots + pushed->amd64.diffIds().first().hex()).exists(), "the host's layer was not unpacked");
    for (const Digest &diffId : pushed->arm64.diffIds())
        QVERIFY2(!QDir(snapshots + diffId.hex()).exists(), "a foreign platform's layer was unpacked");

    Gui::LayersView view(&engine);
    view.resize(1100, 600);
    view.show();
    QSignalSpy analyzed(&view, &Gui::LayersView::analyzed);
    QSignalSpy listed(&view, &Gui::LayersView::platformsListed);
    view.showImage(u"multi:2"_s);
    QVERIFY(analyzed.wait(20000));
    QCOMPARE(analyzed.takeFirst().first().toInt(), 1); // amd64's layer
    QVERIFY(listed.wait(20000));
    QCOMPARE(listed.takeFirst().first().toInt(), 2);
    QVERIFY(view.platformChooser()->isVisible());
    QVERIFY(view.platforms().at(0).current);
    QVERIFY(view.platforms().at(0).image && view.platforms().at(1).image);
    QVERIFY(!view.platformChooser()->itemText(1).contains(u"not in the store"_s));

    // arm64 from the store: no pull, its own two layers.
    view.choosePlatform(1);
    QVERIFY(!view.platformPullButton()->isVisible());
    QVERIFY(analyzed.wait(20000));
    QCOMPARE(analyzed.takeFirst().first().toInt(), 2);
    QCOMPARE(view.fileModel()->analysis()->layer(0).digest, pushed->arm64.layers().first().digest);

    // The Images view shows the loaded arm64 under the tagged image's repository.
    Gui::ImagesView images(&engine);
    QSignalSpy refreshed(&images, &Gui::ImagesView::refreshed);
    images.refresh();
    QVERIFY(refreshed.wait(20000));
    const int row = rowOf(images.model(), result.otherPlatforms.first().id);
    QVERIFY(row >= 0);
    QCOMPARE(images.model()->index(row, Gui::ImageTableModel::Repository).data().toString(), u"multi"_s);
    QCOMPARE(images.model()->index(row, Gui::ImageTableModel::Platform).data().toString(), u"linux/arm64"_s);
    QVERIFY(images.model()->index(row, Gui::ImageTableModel::Tag).data(Qt::ToolTipRole).toString().contains(u"multi:2"_s));
}

QTEST_MAIN(TestLayersPlatforms)
#include "tst_layersplatforms.moc"
