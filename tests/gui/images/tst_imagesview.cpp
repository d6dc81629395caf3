// The Images page on a real store, offscreen: the listing runs as an engine job and fills the table.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/settings.h"
#include "images/imagesview.h"
#include "tutorial/unavailabletutorialactions.h"
#include "images/imagetablemodel.h"
#include "support/imagefixture.h"

#include "engine/engine.h"
#include "store/imagestore.h"

#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {
EngineOptions optionsFor(const QString &root)
{
    EngineOptions options;
    options.root = root;
    return options;
}
} // namespace

class TestImagesView : public QObject
{
    Q_OBJECT
private slots:
    void listsTheStore();
    void intermediateImagesOnDemand();
    void mainWindowShowsIt();
};

void TestImagesView::listsTheStore()
{
    QTemporaryDir dir;
    Store::ImageStore store(dir.path());
    QVERIFY(store.initialize());
    Test::ImageSpec spec;
    spec.tags = {u"alpine:curl"_s, u"alpine:latest"_s};
    const Result<Store::ImageRecord> image = Test::ImageFixture::create(store, spec);
    QVERIFY(image);
    Engine engine(optionsFor(dir.path()));
    Gui::ImagesView view(&engine);
    QSignalSpy refreshed(&view, &Gui::ImagesView::refreshed);
    view.refresh();
    QVERIFY(view.isRefreshing()); // the GUI thread did not wait for the listing
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.first().first().toInt(), 2);
    const Gui::ImageTableModel *model = view.model();
    QCOMPARE(model->data(model->index(0, Gui::ImageTableModel::Repository)).toString(), u"alpine"_s);
    QCOMPARE(model->data(model->index(0, Gui::ImageTableModel::ImageId)).toString(), image->id.shortId());
    QCOMPARE(view.command(), u"ponton images"_s);
}

void TestImagesView::intermediateImagesOnDemand()
{
    QTemporaryDir dir;
    Store::ImageStore store(dir.path());
    QVERIFY(store.initialize());
    Test::ImageSpec spec;
    const auto parent = Test::ImageFixture::create(store, spec);
    spec.seed = 2;
    spec.tags = {u"child:1"_s};
    const auto child = Test::ImageFixture::create(store, spec);
    QVERIFY(parent && child);
    Store::ImageRegistration registration;
    registration.manifest = child->manifest;
    registration.parent = parent->id;
    QVERIFY(store.registerImage(registration));
    Engine engine(optionsFor(dir.path()));
    Gui::ImagesView view(&engine);
    QSignalSpy refreshed(&view, &Gui::ImagesView::refreshed);
    view.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(view.model()->rowCount(), 1);
    view.findChild<QCheckBox *>()->setChecked(true);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(view.model()->rowCount(), 2);
    QCOMPARE(view.command(), u"ponton images -a"_s);
}

void TestImagesView::mainWindowShowsIt()
{
    QTemporaryDir dir;
    Store::ImageStore store(dir.path());
    QVERIFY(store.initialize());
    Test::ImageSpec spec;
    spec.tags = {u"shown:1"_s};
    QVERIFY(Test::ImageFixture::create(store, spec));
    Engine engine(optionsFor(dir.path()));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
    Gui::Settings settings;
    Gui::LanguageManager languages;
    Gui::UnavailableTutorialActions actions;
    Gui::MainWindow window(&settings, &languages, &actions);
    window.attachEngine(&engine);
    QVERIFY(window.imagesView());
    QCOMPARE(window.page(Gui::MainWindow::Page::Images), window.imagesView());
    QSignalSpy refreshed(window.imagesView(), &Gui::ImagesView::refreshed);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(window.imagesView()->model()->rowCount(), 1);
    window.chooseLanguage(u"fr"_s);
    window.showPage(Gui::MainWindow::Page::Tutorial);
    window.showPage(Gui::MainWindow::Page::Images);
    QCOMPARE(window.currentPage(), Gui::MainWindow::Page::Images);
}

QTEST_MAIN(TestImagesView)
#include "tst_imagesview.moc"
