// The Layers page on a real store, offscreen: the analysis is an engine job; the lazy file tree follows
// the chosen layer and scope; search, file content, zip export and image diff go through engine jobs.
#include "layers/filetreemodel.h"
#include "layers/layersview.h"
#include "support/imagefixture.h"

#include "engine/engine.h"
#include "store/imagestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Ponton;
using namespace Qt::StringLiterals;

class TestLayersView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsLayersAndTree();
    void anotherImageAskedForWhileAnalysing();
    void layerOnlyAndSearch();
    void readsExportsAndCompares();
    void explainsUnknownImages();

private:
    QStringList rootNames(const Gui::FileTreeModel *model) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Gui::LayersView> m_view;
};

void TestLayersView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Store::ImageStore store(m_dir.path());
    QVERIFY(store.initialize());
    Test::ImageSpec spec;
    spec.layers = 3;
    spec.filesPerLayer = 5;
    spec.tags = {u"layered:1"_s};
    QVERIFY(Test::ImageFixture::create(store, spec));
    spec.seed = 2;
    spec.tags = {u"layered:2"_s};
    QVERIFY(Test::ImageFixture::create(store, spec));
    EngineOptions options;
    options.root = m_dir.path();
    m_engine = std::make_unique<Engine>(options);
    m_view = std::make_unique<Gui::LayersView>(m_engine.get());
    m_view->resize(1000, 600);
    m_view->show();
}

QStringList TestLayersView::rootNames(const Gui::FileTreeModel *model) const
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, Gui::FileTreeModel::Name).data().toString());
    return names;
}

void TestLayersView::showsLayersAndTree()
{
    QSignalSpy listed(m_view.get(), &Gui::LayersView::imagesListed);
    QSignalSpy analyzed(m_view.get(), &Gui::LayersView::analyzed);
    m_view->refreshImages();
    QVERIFY(listed.wait(10000));
    QCOMPARE(listed.first().first().toInt(), 2);
    // The chosen image is analysed without being asked for, off the GUI thread.
    QVERIFY(m_view->isAnalyzing());
    // Asking for the image being analysed neither restarts nor ignores it: it is shown once.
    m_view->showImage(u"layered:1"_s);
    QVERIFY(analyzed.wait(10000));
    QCOMPARE(analyzed.size(), 1);
    QCOMPARE(m_view->shownImage(), u"layered:1"_s);
    QCOMPARE(analyzed.first().first().toInt(), 3);
    QCOMPARE(m_view->layerTable()->rowCount(), 3);
    QVERIFY(m_view->layerTable()->item(1, 2)->text().contains(u"fixture layer 2"_s));
    QCOMPARE(m_view->currentLayer(), 2);
    const Gui::FileTreeModel *model = m_view->fileModel();
    QCOMPARE(rootNames(model), (QStringList{u"layer1"_s, u"layer2"_s, u"layer3"_s}));
    // Lazy: a folder's rows appear when it is expanded.
    const QModelIndex folder = model->index(0, 0);
    QVERIFY(model->canFetchMore(folder));
    QCOMPARE(model->rowCount(folder), 0);
    m_view->fileModel()->fetchMore(folder); // what the tree view does when a folder is expanded
    QCOMPARE(model->rowCount(folder), 5);
    QCOMPARE(model->index(0, Gui::FileTreeModel::Name, folder).data().toString(), u"file0.txt"_s);
    QVERIFY(m_view->summary().contains(u"100.0"_s)); // nothing overwritten: every byte is shown
    QCOMPARE(m_view->command(), u"ponton history --no-trunc layered:1"_s);

    m_view->selectLayer(0);
    QCOMPARE(rootNames(model), QStringList{u"layer1"_s});
}

// An image asked for while another is analysed is not ignored: the running analysis is given up and
// the last image asked for is shown.
void TestLayersView::anotherImageAskedForWhileAnalysing()
{
    QSignalSpy analyzed(m_view.get(), &Gui::LayersView::analyzed);
    QSignalSpy failed(m_view.get(), &Gui::LayersView::failed);
    m_view->showImage(u"layered:2"_s);
    QVERIFY(m_view->isAnalyzing());
    m_view->showImage(u"layered:2"_s);
    m_view->showImage(u"layered:1"_s);
    QVERIFY(analyzed.wait(10000));
    QTRY_VERIFY(!m_view->isAnalyzing());
    QCOMPARE(m_view->shownImage(), u"layered:1"_s);
    QCOMPARE(failed.size(), 0); // the canceled analysis is no error for the user
    QCOMPARE(m_view->command(), u"ponton history --no-trunc layered:1"_s);
    m_view->selectLayer(2);
}

void TestLayersView::layerOnlyAndSearch()
{
    Gui::FileTreeModel *model = m_view->fileModel();
    m_view->selectLayer(1);
    m_view->setLayerOnly(true);
    QCOMPARE(rootNames(model), QStringList{u"layer2"_s});
    QCOMPARE(model->index(0, Gui::FileTreeModel::Change).data().toString(), Gui::FileTreeModel::changeName(Store::FileChange::Added));
    m_view->setLayerOnly(false);
    m_view->selectLayer(2);
    m_view->setSearch(u"FILE3"_s);
    QCOMPARE(rootNames(model), (QStringList{u"layer1/file3.txt"_s, u"layer2/file3.txt"_s, u"layer3/file3.txt"_s}));
    m_view->selectLayer(0);
    QCOMPARE(rootNames(model), QStringList{u"layer1/file3.txt"_s});
    m_view->setSearch({});
    m_view->selectLayer(2);
}

void TestLayersView::readsExportsAndCompares()
{
    Gui::FileTreeModel *model = m_view->fileModel();
    const QModelIndex folder = model->index(1, 0);
    m_view->fileModel()->fetchMore(folder); // what the tree view does when a folder is expanded
    const QModelIndex file = model->index(2, 0, folder);
    QCOMPARE(model->path(file), u"layer2/file2.txt"_s);
    const qint64 size = model->analysis()->versions(*model->analysis()->find(u"layer2/file2.txt"_s)).constLast().size;

    QSignalSpy read(m_view.get(), &Gui::LayersView::contentRead);
    m_view->viewContent(file);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(0).toString(), u"layer2/file2.txt"_s);
    QCOMPARE(read.first().at(1).toByteArray().size(), size);
    QCOMPARE(read.first().at(2).toBool(), false);

    QSignalSpy extracted(m_view.get(), &Gui::LayersView::extracted);
    const QString zipPath = m_dir.filePath(u"selection.zip"_s);
    m_view->exportZip({model->index(0, 0), file}, zipPath);
    QVERIFY(extracted.wait(10000));
    QFile zip(zipPath);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    QCOMPARE(zip.read(2), QByteArray("PK"));
    const QString single = m_dir.filePath(u"file2.txt"_s);
    m_view->extractFile(file, single);
    QVERIFY(extracted.wait(10000));
    QCOMPARE(QFileInfo(single).size(), size);

    QSignalSpy compared(m_view.get(), &Gui::LayersView::compared);
    m_view->compareWith(u"layered:1"_s);
    QVERIFY(compared.wait(10000));
    QCOMPARE(compared.takeFirst().first().toInt(), 0);
    m_view->compareWith(u"layered:2"_s);
    QVERIFY(compared.wait(10000));
    const int changes = compared.takeFirst().first().toInt();
    QVERIFY2(changes > 0 && changes <= 15, qPrintable(QString::number(changes)));
}

void TestLayersView::explainsUnknownImages()
{
    QSignalSpy failed(m_view.get(), &Gui::LayersView::failed);
    m_view->showImage(u"nowhere:9"_s);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(u"nowhere"_s), qPrintable(failed.first().first().toString()));
    QVERIFY(!m_view->isAnalyzing());
}

QTEST_MAIN(TestLayersView)
#include "tst_layersview.moc"
