// rmi of built images through the real binary, the real helper and a real store: the removal preview
// names the intermediate images a build leaves and the bytes their blobs take, and `ponton rmi` then
// deletes exactly those images and frees exactly those bytes (as `system df` and the blob files measure
// them); a parent another build shares, a tagged parent and --no-prune keep what they should.
#include "buildtestsupport.h"

#include "store/removalplanner.h"
#include "store/storeusage.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Ponton;
using namespace Qt::StringLiterals;
using Ponton::Test::BuildStore;
using Ponton::Test::CliRun;

namespace {

QByteArray explain(const CliRun &run)
{
    return (u"exit %1\n--- stdout\n%2\n--- stderr\n%3"_s.arg(run.exitCode).arg(run.out, run.err)).toLocal8Bit();
}

// The image IDs of rmi's "Deleted: sha256:…" lines, in order.
QList<Digest> deletedBy(const CliRun &run)
{
    static const QRegularExpression deleted(u"^Deleted: (sha256:[0-9a-f]{64})$"_s, QRegularExpression::MultilineOption);
    QList<Digest> ids;
    for (QRegularExpressionMatchIterator it = deleted.globalMatch(run.out); it.hasNext();)
        ids.append(*Digest::parse(it.next().captured(1)));
    return ids;
}

} // namespace

class TestBuildRemoval : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void previewMatchesRmiAfterABuild();
    void sharedAndTaggedParentsStay();
    void noPruneKeepsTheParents();

private:
    // Builds `dockerfile` in its own context tagged `tag`; the built image.
    Store::ImageRecord build(const QString &tag, const QByteArray &dockerfile);
    // Previews the removal of `name`, runs `ponton rmi [--no-prune] name`, checks both agree (images
    // deleted, bytes freed against system df and the blob files) and returns the preview.
    Store::DeletionPlan removeAndCompare(const QString &name, bool prune);
    qint64 blobFileBytes() const;
    qint64 imagesSize() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BuildStore> m_store;
};

void TestBuildRemoval::init()
{
    if (!BuildStore::canRun())
        QSKIP("needs root (the helper runs containers) and /bin/busybox (Debian busybox-static)");
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<BuildStore>(m_dir->filePath(u"store"_s));
    const Status added = m_store->addBaseImage();
    QVERIFY2(added, added ? "" : qPrintable(added.error().toString()));
}

Store::ImageRecord TestBuildRemoval::build(const QString &tag, const QByteArray &dockerfile)
{
    const QString context = m_dir->filePath(u"context-"_s + QString(tag).replace(u':', u'-'));
    BuildStore::writeFile(context + u"/Dockerfile"_s, dockerfile);
    BuildStore::writeFile(context + u"/f.txt"_s, "a file copied by the build\n");
    const CliRun built = m_store->cli({u"build"_s, u"-t"_s, tag, u"."_s}, context);
    if (built.exitCode != 0)
        qWarning("%s", explain(built).constData());
    return m_store->store().resolve(tag).value_or(Store::ImageRecord());
}

qint64 TestBuildRemoval::blobFileBytes() const
{
    qint64 total = 0;
    QDirIterator files(m_store->root() + u"/blobs/sha256"_s, QDir::Files);
    while (files.hasNext())
        total += files.nextFileInfo().size();
    return total;
}

qint64 TestBuildRemoval::imagesSize() const
{
    const Result<Store::DiskUsage> usage = Store::StoreUsage(m_store->store()).diskUsage();
    return usage ? usage->imagesSize : -1;
}

Store::DeletionPlan TestBuildRemoval::removeAndCompare(const QString &name, bool prune)
{
    const Result<Store::RemovalPreview> preview = Store::RemovalPlanner(m_store->store()).preview(name, prune);
    if (!preview || preview->isBlocked() || preview->untagOnly) {
        qWarning("no deletion previewed for %s", qPrintable(name));
        return {};
    }
    const qint64 blobsBefore = blobFileBytes();
    const qint64 sizeBefore = imagesSize();
    const CliRun removed = m_store->cli(prune ? QStringList{u"rmi"_s, name} : QStringList{u"rmi"_s, u"--no-prune"_s, name});
    [&] {
        QVERIFY2(removed.exitCode == 0, explain(removed).constData());
        QCOMPARE(deletedBy(removed), preview->deletion.images);
        QCOMPARE(sizeBefore - imagesSize(), preview->deletion.bytesFreed);
        QCOMPARE(blobsBefore - blobFileBytes(), preview->deletion.bytesFreed);
    }();
    return preview->deletion;
}

void TestBuildRemoval::previewMatchesRmiAfterABuild()
{
    // Four steps over alpine: four images, the three below the tagged one untagged intermediate images.
    const Store::ImageRecord app = build(u"app"_s, "FROM alpine\nRUN echo one > /one\nCOPY f.txt /f.txt\nENV STEP=3\nRUN echo two > /two\n");
    QVERIFY(app.id.isValid());
    const Digest alpine = m_store->store().resolve(u"alpine"_s)->id;
    QList<Digest> chain{app.id};
    for (Result<Store::ImageRecord> image = m_store->store().findById(app.parent); image && image->id != alpine;
         image = m_store->store().findById(image->parent))
        chain.append(image->id);
    QCOMPARE(chain.size(), 4);
    const CliRun df = m_store->cli({u"system"_s, u"df"_s});
    QVERIFY2(df.exitCode == 0, explain(df).constData());

    const Store::DeletionPlan plan = removeAndCompare(u"app"_s, true);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(plan.images, chain);
    QCOMPARE(plan.prunedParents().size(), 3);
    QVERIFY(plan.bytesFreed > 0);
    QVERIFY(m_store->store().resolve(u"alpine"_s)); // the tagged base stays, its layer with it
    QVERIFY(m_store->store().content().contains(m_store->store().resolve(u"alpine"_s)->layers.first()));
}

void TestBuildRemoval::sharedAndTaggedParentsStay()
{
    // Two builds sharing their first step (a cache hit): that image is the parent of both.
    const Store::ImageRecord one = build(u"one"_s, "FROM alpine\nRUN echo shared > /shared\nRUN echo one > /one\n");
    const Store::ImageRecord two = build(u"two"_s, "FROM alpine\nRUN echo shared > /shared\nRUN echo two > /two\n");
    QVERIFY(one.id.isValid() && two.id.isValid());
    QCOMPARE(one.parent, two.parent);
    Store::DeletionPlan plan = removeAndCompare(u"one"_s, true);
    QCOMPARE(plan.images, QList<Digest>{one.id});
    QVERIFY(m_store->store().findById(one.parent));

    // Tagged, the parent left with one child stays too.
    const CliRun tagged = m_store->cli({u"tag"_s, two.parent.shortId(), u"shared:1"_s});
    QVERIFY2(tagged.exitCode == 0, explain(tagged).constData());
    plan = removeAndCompare(u"two"_s, true);
    QCOMPARE(plan.images, QList<Digest>{two.id});
    QCOMPARE(m_store->store().resolve(u"shared:1"_s)->id, two.parent);
}

void TestBuildRemoval::noPruneKeepsTheParents()
{
    const Store::ImageRecord kept = build(u"kept"_s, "FROM alpine\nRUN echo x > /x\nRUN echo y > /y\n");
    QVERIFY(kept.id.isValid());
    const Store::DeletionPlan plan = removeAndCompare(u"kept"_s, false);
    QCOMPARE(plan.images, QList<Digest>{kept.id});
    const Result<Store::ImageRecord> parent = m_store->store().findById(kept.parent);
    QVERIFY(parent && !parent->isTagged());
    const CliRun all = m_store->cli({u"images"_s, u"-a"_s});
    QVERIFY2(all.out.contains(kept.parent.shortId()), explain(all).constData());
}

QTEST_GUILESS_MAIN(TestBuildRemoval)
#include "tst_buildremoval.moc"
