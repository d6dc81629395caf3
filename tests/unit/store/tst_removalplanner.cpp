// The removal preview against what rmi then does on a real store: the image and each untagged parent it
// prunes (not a parent that is tagged, has another child or is used by a container; none with
// --no-prune), and the bytes freed, equal to the drop of the blob files (shared layers kept).
#include "storetestimages.h"

#include "store/imageremover.h"
#include "store/removalplanner.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Ponton;
using namespace Ponton::Store;
using namespace Qt::StringLiterals;

namespace {

qint64 blobFileBytes(const QString &root)
{
    qint64 total = 0;
    QDirIterator files(root + u"/blobs/sha256"_s, QDir::Files);
    while (files.hasNext())
        total += files.nextFileInfo().size();
    return total;
}

QList<Digest> deletedBy(const RemovalResult &result)
{
    QList<Digest> ids;
    for (const RemovalLine &line : result.lines) {
        if (line.kind == RemovalLine::Kind::Deleted)
            ids.append(*Digest::parse(line.subject));
    }
    return ids;
}

} // namespace

class TestRemovalPlanner : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void prunesTheUntaggedChain();
    void stopsAtSharedTaggedOrUsedParents();
    void noPruneKeepsParents();
    void removalUnderTheLockStopsWhereTheChoiceSays();

private:
    // A chain of images over `layers` (one more layer each), the first one tagged `baseTag`, the last
    // `topTag`, each the parent of the next.
    QList<ImageRecord> chain(const QList<QByteArray> &layers, const QString &baseTag, const QString &topTag) const;
    // Previews `name`, removes it, and checks both agree: the images `expected` deleted, the bytes freed.
    void removeAndCompare(const QString &name, bool prune, const QList<Digest> &expected, const ContainerUsage &usage = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ImageStore> m_store;
};

void TestRemovalPlanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ImageStore>(m_dir->path() + u"/store"_s);
    QVERIFY(m_store->initialize());
}

QList<ImageRecord> TestRemovalPlanner::chain(const QList<QByteArray> &layers, const QString &baseTag, const QString &topTag) const
{
    QList<ImageRecord> images;
    for (qsizetype i = 1; i <= layers.size(); ++i) {
        QStringList tags;
        if (i == 1 && !baseTag.isEmpty())
            tags.append(baseTag);
        if (i == layers.size() && !topTag.isEmpty())
            tags.append(topTag);
        const StoreTestImages::Made made = StoreTestImages::make(*m_store, layers.first(i));
        images.append(StoreTestImages::registered(*m_store, made, tags, images.isEmpty() ? Digest() : images.last().id));
    }
    return images;
}

void TestRemovalPlanner::removeAndCompare(const QString &name, bool prune, const QList<Digest> &expected, const ContainerUsage &usage)
{
    const Result<RemovalPreview> preview = RemovalPlanner(*m_store, usage).preview(name, prune);
    QVERIFY2(preview, preview ? "" : qPrintable(preview.error().toString()));
    QVERIFY(!preview->isBlocked() && !preview->untagOnly);
    QCOMPARE(preview->deletion.images, expected);
    QVERIFY(preview->deletion.bytesFreed > 0);
    const qint64 before = blobFileBytes(m_store->root());
    const RemovalResult result = ImageRemover(*m_store, usage).remove({name}, false, prune);
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(deletedBy(result), expected);
    QCOMPARE(before - blobFileBytes(m_store->root()), preview->deletion.bytesFreed);
    for (const Digest &id : expected)
        QVERIFY(!m_store->findById(id));
}

void TestRemovalPlanner::prunesTheUntaggedChain()
{
    const QList<ImageRecord> images = chain({"base layer", "step one", "step two", "step three"}, u"alpine"_s, u"app:1"_s);
    // The expected bytes, counted by hand: each deleted image's manifest, config and own layer.
    qint64 bytes = 0;
    for (qsizetype i = 1; i < images.size(); ++i)
        bytes += *m_store->content().size(images.at(i).manifest.digest) + *m_store->content().size(images.at(i).id)
                 + *m_store->content().size(images.at(i).layers.last());
    const Result<RemovalPreview> preview = RemovalPlanner(*m_store).preview(u"app:1"_s);
    QVERIFY(preview);
    QCOMPARE(preview->deletion.prunedParents(), (QList<Digest>{images.at(2).id, images.at(1).id}));
    QCOMPARE(preview->deletion.blobsFreed, 9);
    QCOMPARE(preview->deletion.bytesFreed, bytes);
    removeAndCompare(u"app:1"_s, true, {images.at(3).id, images.at(2).id, images.at(1).id});
    QVERIFY(m_store->findById(images.at(0).id)); // tagged: kept with its layer
    QVERIFY(m_store->content().contains(images.at(0).layers.first()));
}

void TestRemovalPlanner::stopsAtSharedTaggedOrUsedParents()
{
    // base <- shared <- {left, right}: removing left keeps the parent right still needs.
    const QList<ImageRecord> left = chain({"base", "shared", "left"}, u"base:1"_s, u"left:1"_s);
    const StoreTestImages::Made right = StoreTestImages::make(*m_store, {"base", "shared", "right"});
    const ImageRecord rightImage = StoreTestImages::registered(*m_store, right, {u"right:1"_s}, left.at(1).id);
    removeAndCompare(u"left:1"_s, true, {left.at(2).id});
    QVERIFY(m_store->findById(left.at(1).id));

    // A tagged parent stays.
    QVERIFY(m_store->tag(left.at(1).id, StoreTestImages::ref(u"shared:1"_s)));
    removeAndCompare(u"right:1"_s, true, {rightImage.id});
    QVERIFY(m_store->findById(left.at(1).id));

    // A parent a container uses stays, and the walk stops there.
    const QList<ImageRecord> used = chain({"other base", "a", "b", "c"}, u"other:1"_s, u"top:1"_s);
    const ContainerUsage usage = [&used](const Digest &id) {
        return id == used.at(1).id ? QList<ContainerUse>{{QString(64, u'c'), false}}
                                   : QList<ContainerUse>();
    };
    removeAndCompare(u"top:1"_s, true, {used.at(3).id, used.at(2).id}, usage);
    QVERIFY(m_store->findById(used.at(1).id));
}

void TestRemovalPlanner::noPruneKeepsParents()
{
    const QList<ImageRecord> images = chain({"np base", "np one", "np two"}, u"np:base"_s, u"np:top"_s);
    removeAndCompare(u"np:top"_s, false, {images.at(2).id});
    QVERIFY(m_store->findById(images.at(1).id));
    // The parent left untagged is then removed by ID, pruning nothing more: its parent is tagged.
    removeAndCompare(images.at(1).id.shortId(), true, {images.at(1).id});
}

void TestRemovalPlanner::removalUnderTheLockStopsWhereTheChoiceSays()
{
    // What rmi does under the index's lock: the chain again, never beyond what was planned (here the
    // image and its first parent), in one change of index.json.
    const QList<ImageRecord> images = chain({"lk base", "lk one", "lk two", "lk three"}, u"lk:base"_s, u"lk:top"_s);
    QVERIFY(m_store->untag(StoreTestImages::ref(u"lk:top"_s)));
    const QList<Digest> planned{images.at(3).id, images.at(2).id};
    const Result<QList<Digest>> removed = m_store->removeImages([&](const QList<ImageRecord> &now) {
        return RemovalPlanner::deletionChain(now, images.at(3).id, true, [&](const Digest &id) { return !planned.contains(id); });
    });
    QVERIFY(removed);
    QCOMPARE(*removed, planned);
    QVERIFY(!m_store->findById(images.at(3).id) && !m_store->findById(images.at(2).id));
    QVERIFY(m_store->findById(images.at(1).id));
    // An image that is gone is chosen as nothing.
    const Result<QList<Digest>> again = m_store->removeImages([&](const QList<ImageRecord> &now) {
        return RemovalPlanner::deletionChain(now, images.at(3).id, true, [](const Digest &) { return false; });
    });
    QVERIFY(again && again->isEmpty());
    QCOMPARE(ImageRemover(*m_store).remove({images.at(3).id.toString()}, false).errors.size(), 1);
}

QTEST_GUILESS_MAIN(TestRemovalPlanner)
#include "tst_removalplanner.moc"
