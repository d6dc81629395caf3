// The removal preview against what rmi then does on a real store: the image and each untagged parent it
// prunes (not a parent that is tagged, has another child or is used by a container; none with
// --no-prune), the other platforms of the image's index only its name holds (not one a container uses,
// one pulled by digest, one with a child image, nor any while another name holds the index), and the
// bytes freed, equal to the drop of the blob files (shared layers kept).
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
    void removesTheOtherPlatformsOfTheName();
    void keepsPlatformsSomethingElseHolds();
    void keepsPlatformsAnotherNameHolds();
    void platformTaggedSinceThePlanStays();

private:
    // The platforms of one index, as a load registers them: the first one tagged `tag`, the others
    // untagged, all naming the index (a blob listing their manifests). Each gets its own layer on top
    // of a layer they share.
    QList<ImageRecord> platforms(const QString &tag, const QList<QByteArray> &ownLayers) const;
    ImageRecord registerWith(const StoreTestImages::Made &made, const QStringList &tags, const Digest &index,
                             const QStringList &repoDigests = {}, const Digest &parent = {}) const;
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

ImageRecord TestRemovalPlanner::registerWith(const StoreTestImages::Made &made, const QStringList &tags, const Digest &index,
                                             const QStringList &repoDigests, const Digest &parent) const
{
    ImageRegistration registration;
    registration.manifest = made.manifest;
    for (const QString &tag : tags)
        registration.tags.append(StoreTestImages::ref(tag));
    registration.index = index;
    registration.repoDigests = repoDigests;
    registration.parent = parent;
    const Result<ImageRecord> record = m_store->registerImage(registration);
    if (!record)
        qFatal("registerImage failed: %s", qPrintable(record.error().toString()));
    return *record;
}

QList<ImageRecord> TestRemovalPlanner::platforms(const QString &tag, const QList<QByteArray> &ownLayers) const
{
    QList<StoreTestImages::Made> made;
    QStringList entries;
    for (const QByteArray &layer : ownLayers) {
        made.append(StoreTestImages::make(*m_store, {"layer every platform shares", layer}));
        entries.append(u"{\"mediaType\":\"%1\",\"digest\":\"%2\",\"size\":%3}"_s.arg(
            made.last().manifest.mediaType, made.last().manifest.digest.toString()).arg(made.last().manifest.size));
    }
    const QByteArray index = u"{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[%1]}"_s
                                 .arg(entries.join(u','))
                                 .toUtf8();
    const Result<Digest> indexDigest = m_store->content().write(index);
    if (!indexDigest)
        qFatal("the index blob was not written");
    QList<ImageRecord> images;
    for (qsizetype i = 0; i < made.size(); ++i)
        images.append(registerWith(made.at(i), i == 0 ? QStringList{tag} : QStringList(), *indexDigest));
    return images;
}

void TestRemovalPlanner::removesTheOtherPlatformsOfTheName()
{
    const QList<ImageRecord> images = platforms(u"multi:1"_s, {"amd64 layer", "arm64 layer", "s390x layer"});
    const Result<RemovalPreview> preview = RemovalPlanner(*m_store).preview(u"multi:1"_s);
    QVERIFY(preview);
    QCOMPARE(preview->deletion.platformImages(), (QList<Digest>{images.at(1).id, images.at(2).id}));
    QCOMPARE(preview->deletion.otherPlatforms.size(), 2);
    QCOMPARE(preview->deletion.otherPlatforms.first().architecture, u"amd64"_s); // the test configs all say amd64
    QVERIFY(preview->deletion.prunedParents().isEmpty());
    // Every blob once: the shared layer, each image's manifest, config and own layer, and the index.
    QCOMPARE(preview->deletion.blobsFreed, 1 + 3 * 3 + 1);
    removeAndCompare(u"multi:1"_s, true, {images.at(0).id, images.at(1).id, images.at(2).id});
    QVERIFY(!m_store->content().contains(images.at(0).index));
    QVERIFY(!m_store->content().contains(images.at(0).layers.first()));

    // --no-prune is about parents: the platforms still go with the name.
    const QList<ImageRecord> again = platforms(u"multi:2"_s, {"amd64 again", "arm64 again"});
    removeAndCompare(u"multi:2"_s, false, {again.at(0).id, again.at(1).id});

    // The ID of a tagged image is a name of it too.
    const QList<ImageRecord> byId = platforms(u"multi:3"_s, {"amd64 by id", "arm64 by id"});
    removeAndCompare(byId.at(0).id.shortId(), true, {byId.at(0).id, byId.at(1).id});
}

void TestRemovalPlanner::keepsPlatformsSomethingElseHolds()
{
    // A platform a container uses, and one that is the parent of another image, stay; the third goes.
    const QList<ImageRecord> images = platforms(u"held:1"_s, {"amd64 held", "arm64 used", "s390x parent"});
    const StoreTestImages::Made child = StoreTestImages::make(*m_store, {"layer every platform shares", "s390x parent", "child step"});
    const ImageRecord childImage = StoreTestImages::registered(*m_store, child, {u"child:1"_s}, images.at(2).id);
    const ContainerUsage usage = [&images](const Digest &id) {
        return id == images.at(1).id ? QList<ContainerUse>{{QString(64, u'd'), false}} : QList<ContainerUse>();
    };
    removeAndCompare(u"held:1"_s, true, {images.at(0).id}, usage);
    QVERIFY(m_store->findById(images.at(1).id) && m_store->findById(images.at(2).id));
    QVERIFY(m_store->content().contains(images.at(0).index)); // still named by the platforms kept

    // A platform pulled by digest names no index: it joins the tagged image, but its repo digest is a
    // name of its own, so it stays when the tag goes; the untagged platform of the index goes.
    const QList<ImageRecord> loaded = platforms(u"digest:1"_s, {"amd64 digest", "arm64 digest"});
    const StoreTestImages::Made pulled = StoreTestImages::make(*m_store, {"layer every platform shares", "s390x pulled"});
    const ImageRecord pulledImage = registerWith(pulled, {}, Digest(), {u"registry.test/digest@"_s + pulled.manifest.digest.toString()});
    removeAndCompare(u"digest:1"_s, true, {loaded.at(0).id, loaded.at(1).id});
    QVERIFY(m_store->findById(pulledImage.id));
    QVERIFY(m_store->findById(childImage.id));

    // An image with no name removed by ID goes alone: the other platforms of its index stay until prune.
    const QList<ImageRecord> dangling = platforms(u"dangling:1"_s, {"amd64 dangling", "arm64 dangling"});
    QVERIFY(m_store->untag(StoreTestImages::ref(u"dangling:1"_s)));
    removeAndCompare(dangling.at(0).id.shortId(), true, {dangling.at(0).id});
    QVERIFY(m_store->findById(dangling.at(1).id));
}

void TestRemovalPlanner::keepsPlatformsAnotherNameHolds()
{
    // Two tags naming images of the same index (as a load tagging a second platform): the untagged
    // platform stays while either is there, and goes with the last.
    const QList<ImageRecord> images = platforms(u"both:amd64"_s, {"amd64 both", "arm64 both", "s390x both"});
    QVERIFY(m_store->tag(images.at(1).id, StoreTestImages::ref(u"both:arm64"_s)));
    removeAndCompare(u"both:amd64"_s, true, {images.at(0).id});
    QVERIFY(m_store->findById(images.at(2).id));
    removeAndCompare(u"both:arm64"_s, true, {images.at(1).id, images.at(2).id});

    // A second tag on the same image: its first rmi only untags, the last takes the platforms.
    const QList<ImageRecord> same = platforms(u"same:1"_s, {"amd64 same", "arm64 same"});
    QVERIFY(m_store->tag(same.at(0).id, StoreTestImages::ref(u"same:2"_s)));
    const Result<RemovalPreview> preview = RemovalPlanner(*m_store).preview(u"same:1"_s);
    QVERIFY(preview && preview->untagOnly && preview->deletion.images.isEmpty());
    QVERIFY(ImageRemover(*m_store).remove({u"same:1"_s}, false).errors.isEmpty());
    QVERIFY(m_store->findById(same.at(1).id));
    removeAndCompare(u"same:2"_s, true, {same.at(0).id, same.at(1).id});
}

void TestRemovalPlanner::platformTaggedSinceThePlanStays()
{
    // Under the index's lock the choice is made again: a platform tagged since the plan keeps them all.
    const QList<ImageRecord> images = platforms(u"late:1"_s, {"amd64 late", "arm64 late", "s390x late"});
    const Result<DeletionPlan> plan = RemovalPlanner(*m_store).planDeletion(images.at(0).id, true, true);
    QVERIFY(plan);
    QCOMPARE(plan->images.size(), 3);
    QVERIFY(m_store->untag(StoreTestImages::ref(u"late:1"_s)));
    QVERIFY(m_store->tag(images.at(2).id, StoreTestImages::ref(u"late:s390x"_s)));
    const Result<QList<Digest>> removed = m_store->removeImages([&](const QList<ImageRecord> &now) {
        return RemovalPlanner::deletionChain(now, images.at(0).id, true, [&](const Digest &id) { return !plan->images.contains(id); });
    });
    QVERIFY(removed);
    QCOMPARE(*removed, QList<Digest>{images.at(0).id});
    QVERIFY(m_store->findById(images.at(1).id) && m_store->findById(images.at(2).id));
}

QTEST_GUILESS_MAIN(TestRemovalPlanner)
#include "tst_removalplanner.moc"
