// The layer browser's analysis on real layer tars written with libarchive into a real store:
// added / modified / removed marks, whiteouts, opaque folders (also at the root), implied folders,
// wasted space and efficiency, search, file reads, zip export and image diffs.
#include "archive/tarwriter.h"
#include "store/imagediff.h"
#include "store/imagestore.h"
#include "store/layeranalyzer.h"
#include "store/layerfilereader.h"
#include "store/layertree.h"
#include "storetestimages.h"

#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

// The archive area links QuaZip privately: its headers by their installed folder.
#include <QuaZip-Qt6-1.4/quazip/quazip.h>
#include <QuaZip-Qt6-1.4/quazip/quazipfile.h>

using namespace Qt::StringLiterals;
using namespace Ponton;
using Store::FileChange;
using Store::LayerTree;

namespace {

// One entry of a test layer: "d:" folder, "l:" symlink (path=target), else a file of `size` bytes.
struct Item {
    QString name;
    qint64 size = 0;
    QString target;
};
using Layer = QList<Item>;

Item dir(const QString &name) { return {u"d:"_s + name, 0, {}}; }
Item file(const QString &name, qint64 size) { return {name, size, {}}; }
Item link(const QString &name, const QString &target) { return {u"l:"_s + name, 0, target}; }

QByteArray tarOf(const Layer &items)
{
    QTemporaryFile out;
    if (!out.open())
        return {};
    auto writer = Archive::TarWriter::open(out.handle(), u"test layer"_s);
    if (!writer)
        return {};
    for (const Item &item : items) {
        Status added;
        if (item.name.startsWith(u"d:"_s))
            added = (*writer)->addDirectory(item.name.mid(2));
        else if (item.name.startsWith(u"l:"_s))
            added = (*writer)->addSymlink(item.name.mid(2), item.target);
        else
            added = (*writer)->addData(item.name, QByteArray(item.size, char('a' + item.size % 26)));
        if (!added)
            return {};
    }
    if (!(*writer)->finish())
        return {};
    out.seek(0);
    return out.readAll();
}

Result<Store::ImageRecord> createImage(const Store::ImageStore &store, const QList<Layer> &layers, const QString &tag)
{
    if (Status ready = store.initialize(); !ready)
        return std::unexpected(ready.error());
    QList<QByteArray> tars;
    QStringList createdBy;
    for (const Layer &layer : layers) {
        tars.append(tarOf(layer));
        if (tars.constLast().isEmpty())
            return fail(ErrorCode::Internal, u"cannot write a test layer"_s);
        createdBy.append(u"step %1"_s.arg(tars.size()));
    }
    return StoreTestImages::registered(store, StoreTestImages::make(store, tars, createdBy), {tag});
}

// "name:change:size" of the visible children of `path` in one view, sorted by name.
QStringList listing(const LayerTree &tree, const QString &path, int layer, LayerTree::Scope scope)
{
    LayerTree::Entry at = tree.root(layer, scope);
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        bool found = false;
        for (const LayerTree::Entry &child : tree.children(at, layer, scope)) {
            if (tree.name(child.node) == part) {
                at = child;
                found = true;
                break;
            }
        }
        if (!found)
            return {u"<no %1>"_s.arg(path)};
    }
    static const char *const changes[] = {"=", "+", "~", "-"};
    QStringList names;
    for (const LayerTree::Entry &child : tree.children(at, layer, scope))
        names.append(u"%1%2%3"_s.arg(tree.name(child.node), QLatin1StringView(changes[int(child.change)]))
                         .arg(child.size));
    return names;
}

// The image the first tests share: three layers.
const QList<Layer> &sample()
{
    static const QList<Layer> layers{
        {dir(u"etc"_s), file(u"etc/a"_s, 100), file(u"etc/b"_s, 200), dir(u"bin"_s),
         link(u"bin/sh"_s, u"/bin/busybox"_s), file(u"big"_s, 1000)},
        {dir(u"etc"_s), file(u"etc/a"_s, 150), file(u"etc/.wh.b"_s, 0), file(u".wh.big"_s, 0), file(u"new/c"_s, 50)},
        {file(u"etc/.wh..wh..opq"_s, 0), file(u"etc/d"_s, 10)},
    };
    return layers;
}

} // namespace

class LayerAnalyzerTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void views_data();
    void views();
    void space();
    void rootOpaqueHidesEverythingBelow();
    void search();
    void refusesEntriesClimbingOut();
    void readsAndExportsFiles();
    void diffsImages();

private:
    std::shared_ptr<const LayerTree> analyze(const QList<Layer> &layers, const QString &tag);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::ImageStore> m_store;
};

void LayerAnalyzerTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store::ImageStore>(m_dir->path());
}

std::shared_ptr<const LayerTree> LayerAnalyzerTest::analyze(const QList<Layer> &layers, const QString &tag)
{
    Result<Store::ImageRecord> image = createImage(*m_store, layers, tag);
    if (!image) {
        qWarning("%s", qPrintable(image.error().toString()));
        return {};
    }
    int reports = 0;
    Archive::ArchiveControl control;
    control.progress = [&reports](const QString &, qint64, qint64) { ++reports; };
    Result<std::shared_ptr<const LayerTree>> tree = Store::LayerAnalyzer(*m_store, control).analyze(tag);
    if (!tree) {
        qWarning("%s", qPrintable(tree.error().toString()));
        return {};
    }
    if (reports != int(layers.size()) + 1)
        qWarning("expected one progress report per layer and a last one, got %d", reports);
    return *tree;
}

void LayerAnalyzerTest::views_data()
{
    QTest::addColumn<int>("layer");
    QTest::addColumn<bool>("upTo");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected");
    const bool upTo = true;
    QTest::newRow("first-layer-root") << 0 << upTo << QString() << QStringList{u"big+1000"_s, u"bin+0"_s, u"etc+0"_s};
    QTest::newRow("first-layer-etc") << 0 << upTo << u"etc"_s << QStringList{u"a+100"_s, u"b+200"_s};
    QTest::newRow("symlink-kept-absolute") << 0 << upTo << u"bin"_s << QStringList{u"sh+0"_s};
    QTest::newRow("second-only-root") << 1 << !upTo << QString()
                                      << QStringList{u"big-0"_s, u"etc=0"_s, u"new+0"_s};
    QTest::newRow("second-only-etc") << 1 << !upTo << u"etc"_s << QStringList{u"a~150"_s, u"b-0"_s};
    QTest::newRow("implied-folder") << 1 << !upTo << u"new"_s << QStringList{u"c+50"_s};
    QTest::newRow("second-upto-root") << 1 << upTo << QString()
                                      << QStringList{u"big-0"_s, u"bin=0"_s, u"etc=0"_s, u"new+0"_s};
    QTest::newRow("second-upto-etc") << 1 << upTo << u"etc"_s << QStringList{u"a~150"_s, u"b-0"_s};
    QTest::newRow("opaque-hides-lower") << 2 << upTo << u"etc"_s << QStringList{u"d+10"_s};
    QTest::newRow("removed-stays-removed") << 2 << upTo << QString()
                                           << QStringList{u"bin=0"_s, u"etc=0"_s, u"new=0"_s};
    QTest::newRow("third-only-root") << 2 << !upTo << QString() << QStringList{u"etc=0"_s};
}

void LayerAnalyzerTest::views()
{
    QFETCH(int, layer);
    QFETCH(bool, upTo);
    QFETCH(QString, path);
    QFETCH(QStringList, expected);
    const auto tree = analyze(sample(), u"sample:1"_s);
    QVERIFY(tree);
    QCOMPARE(tree->layerCount(), 3);
    QCOMPARE(listing(*tree, path, layer, upTo ? LayerTree::Scope::UpToLayer : LayerTree::Scope::ThisLayer), expected);
}

void LayerAnalyzerTest::space()
{
    const auto tree = analyze(sample(), u"sample:1"_s);
    QVERIFY(tree);
    // Every stored byte once: 100 + 200 + 1000 + 150 + 50 + 10; the final image shows new/c and etc/d.
    QCOMPARE(tree->totalBytes(), 1510);
    QCOMPARE(tree->finalBytes(), 60);
    QCOMPARE(tree->wastedBytes(), 1450);
    QCOMPARE(tree->efficiency(), 60.0 / 1510.0);
    QStringList wasted;
    for (const LayerTree::WastedPath &path : tree->wastedPaths())
        wasted.append(u"%1:%2:%3"_s.arg(tree->path(path.node)).arg(path.versions).arg(path.wastedBytes));
    QCOMPARE(wasted, (QStringList{u"big:2:1000"_s, u"etc/a:2:250"_s, u"etc/b:2:200"_s}));
    QCOMPARE(tree->layer(0).fileBytes, 1300);
    QCOMPARE(tree->layer(1).fileBytes, 200);
    QCOMPARE(tree->layer(1).entries, 5);
    QCOMPARE(tree->layer(2).createdBy, u"step 3"_s);
    const LayerTree::Entry second = tree->root(1, LayerTree::Scope::UpToLayer);
    QCOMPARE(tree->subtreeBytes(second, 1, LayerTree::Scope::UpToLayer), 200);
    QCOMPARE(tree->subtreeBytes(tree->root(0, LayerTree::Scope::UpToLayer), 0, LayerTree::Scope::UpToLayer), 1300);
}

void LayerAnalyzerTest::rootOpaqueHidesEverythingBelow()
{
    const auto tree = analyze({{file(u"a"_s, 5), file(u"b/c"_s, 7)}, {file(u".wh..wh..opq"_s, 0), file(u"z"_s, 3)}},
                              u"opaque:1"_s);
    QVERIFY(tree);
    QCOMPARE(listing(*tree, {}, 1, LayerTree::Scope::UpToLayer), QStringList{u"z+3"_s});
    QCOMPARE(tree->finalBytes(), 3);
    QCOMPARE(tree->wastedBytes(), 12);
}

void LayerAnalyzerTest::search()
{
    const auto tree = analyze(sample(), u"sample:1"_s);
    QVERIFY(tree);
    const auto names = [&tree](const QString &text, int layer) {
        QStringList paths;
        for (const LayerTree::Entry &entry : tree->search(text, layer, LayerTree::Scope::UpToLayer))
            paths.append(tree->path(entry.node));
        return paths;
    };
    QCOMPARE(names(u"D"_s, 2), QStringList{u"etc/d"_s});
    QCOMPARE(names(u"d"_s, 0), QStringList());
    QCOMPARE(names(u"a"_s, 0), QStringList{u"etc/a"_s});
    QCOMPARE(names(u"a"_s, 2), QStringList());
}

void LayerAnalyzerTest::refusesEntriesClimbingOut()
{
    QVERIFY(Archive::LayerTarReader::normalize(u"a/../../x"_s).has_value() == false);
    QCOMPARE(*Archive::LayerTarReader::normalize(u"./a//b/"_s), u"a/b"_s);
    QCOMPARE(*Archive::LayerTarReader::normalize(u"/etc/passwd"_s), u"etc/passwd"_s);
    // A blob that is no tar at all: the error names the layer.
    QVERIFY(m_store->initialize());
    const Result<Digest> garbage = m_store->content().write(QByteArray(4096, 'x'));
    QVERIFY(garbage);
    auto reader = Archive::LayerTarReader::open(m_store->content().blobPath(*garbage), garbage->toString());
    if (reader) {
        Result<std::optional<Archive::LayerEntry>> entry = (*reader)->next();
        QVERIFY(!entry);
        QVERIFY2(entry.error().toString().contains(garbage->toString()), qPrintable(entry.error().toString()));
    } else {
        QVERIFY(reader.error().toString().contains(garbage->toString()));
    }
}

void LayerAnalyzerTest::readsAndExportsFiles()
{
    const auto tree = analyze(sample(), u"sample:1"_s);
    QVERIFY(tree);
    const Store::LayerFileReader reader(*m_store);
    Result<Store::LayerFileContent> content = reader.read({tree->layer(1).digest, u"etc/a"_s}, 100);
    QVERIFY2(content, qPrintable(content ? QString() : content.error().toString()));
    QCOMPARE(content->size, 150);
    QCOMPARE(content->data.size(), 100);
    QVERIFY(content->truncated);
    QCOMPARE(content->data.at(0), char('a' + 150 % 26));
    Result<Store::LayerFileContent> missing = reader.read({tree->layer(1).digest, u"etc/b"_s}, 100);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(tree->layer(1).digest.toString()));

    const QString single = m_dir->filePath(u"a.out"_s);
    QVERIFY(reader.extractToFile({tree->layer(0).digest, u"etc/a"_s}, single));
    QCOMPARE(QFileInfo(single).size(), 100);

    const QString zipPath = m_dir->filePath(u"files.zip"_s);
    QVERIFY(reader.exportZip({{tree->layer(0).digest, u"big"_s}, {tree->layer(1).digest, u"etc/a"_s},
                              {tree->layer(1).digest, u"new/c"_s}}, zipPath));
    QuaZip zip(zipPath);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QStringList names = zip.getFileNameList();
    names.sort();
    QCOMPARE(names, (QStringList{u"big"_s, u"etc/a"_s, u"new/c"_s}));
    QVERIFY(zip.setCurrentFile(u"etc/a"_s));
    QuaZipFile entry(&zip);
    QVERIFY(entry.open(QIODevice::ReadOnly));
    QCOMPARE(entry.readAll().size(), 150);
}

void LayerAnalyzerTest::diffsImages()
{
    const auto before = analyze(sample(), u"sample:1"_s);
    const auto after = analyze({sample().at(0), {file(u"etc/a"_s, 100), file(u"etc/b"_s, 201), file(u"new/c"_s, 51), file(u"x"_s, 9)}},
                               u"sample:2"_s);
    QVERIFY(before && after);
    QStringList changes;
    for (const Store::ImageDiffEntry &entry : Store::ImageDiff::compare(*before, *after))
        changes.append(u"%1 %2 %3>%4"_s.arg(int(entry.change)).arg(entry.path).arg(entry.sizeBefore).arg(entry.sizeAfter));
    // 1 added, 2 modified, 3 removed; the first image's etc/a is hidden by its opaque etc.
    QCOMPARE(changes, (QStringList{u"1 big 0>1000"_s, u"1 etc/a 0>100"_s, u"1 etc/b 0>201"_s, u"3 etc/d 10>0"_s,
                                   u"2 new/c 50>51"_s, u"1 x 0>9"_s}));
}

QTEST_GUILESS_MAIN(LayerAnalyzerTest)
#include "tst_layeranalyzer.moc"
