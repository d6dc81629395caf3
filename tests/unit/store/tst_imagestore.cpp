#include "storetestimages.h"

#include "store/imagelister.h"
#include "store/imageremover.h"
#include "store/storechecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Ponton;
using namespace Ponton::Store;
using namespace Qt::StringLiterals;
using StoreTestImages::ref;

class TestImageStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void layoutIsOci();
    void registerAndResolve_data();
    void registerAndResolve();
    void ambiguousShortId();
    void tagMovesBetweenImages();
    void untagKeepsImage();
    void registerRefusesIncompleteImages_data();
    void registerRefusesIncompleteImages();
    void concurrentTagging();
    void garbageCollection();
    void listerHidesIntermediateImages();
    void removerFollowsDockerRules();
    void checkerFindsCorruption();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ImageStore> m_store;
};

void TestImageStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ImageStore>(m_dir->path() + u"/store"_s);
    QVERIFY(m_store->initialize());
}

void TestImageStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestImageStore::layoutIsOci()
{
    QFile layout(m_store->root() + u"/oci-layout"_s);
    QVERIFY(layout.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(layout.readAll()).object().value(u"imageLayoutVersion"_s).toString(), u"1.0.0"_s);
    const auto made = StoreTestImages::make(*m_store, {"layer one"});
    StoreTestImages::registered(*m_store, made, {u"alpine:curl"_s});
    QFile index(m_store->root() + u"/index.json"_s);
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(index.readAll()).object();
    QCOMPARE(object.value(u"schemaVersion"_s).toInt(), 2);
    const QJsonObject entry = object.value(u"manifests"_s).toArray().first().toObject();
    QCOMPARE(entry.value(u"digest"_s).toString(), made.manifest.digest.toString());
    QCOMPARE(entry.value(u"annotations"_s).toObject().value(u"org.opencontainers.image.ref.name"_s).toString(), u"alpine:curl"_s);
}

void TestImageStore::registerAndResolve_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("familiar-name") << u"alpine"_s << true;
    QTest::newRow("familiar-tag") << u"alpine:latest"_s << true;
    QTest::newRow("canonical") << u"docker.io/library/alpine:latest"_s << true;
    QTest::newRow("second-tag") << u"localhost:5000/tools:1.0"_s << true;
    QTest::newRow("full-id") << u"<id>"_s << true;
    QTest::newRow("full-id-hex") << u"<hex>"_s << true;
    QTest::newRow("short-id") << u"<short>"_s << true;
    QTest::newRow("manifest-digest-reference") << u"alpine@<manifest>"_s << true;
    QTest::newRow("other-tag") << u"alpine:edge"_s << false;
    QTest::newRow("unknown-name") << u"busybox"_s << false;
    QTest::newRow("unknown-id") << u"sha256:0000000000000000000000000000000000000000000000000000000000000000"_s << false;
}

void TestImageStore::registerAndResolve()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    const auto made = StoreTestImages::make(*m_store, {"base", "curl"});
    const ImageRecord record = StoreTestImages::registered(*m_store, made, {u"alpine"_s, u"localhost:5000/tools:1.0"_s});
    QCOMPARE(record.id, made.id);
    QCOMPARE(record.tags.size(), 2);
    QCOMPARE(record.layers.size(), 2);
    query.replace(u"<id>"_s, made.id.toString()).replace(u"<hex>"_s, made.id.hex()).replace(u"<short>"_s, made.id.hex().left(7));
    query.replace(u"<manifest>"_s, made.manifest.digest.toString());
    const Result<ImageRecord> resolved = m_store->resolve(query);
    QCOMPARE(resolved.has_value(), found);
    if (found)
        QCOMPARE(resolved->id, made.id);
    else {
        QCOMPARE(resolved.error().code, ErrorCode::NotFound);
        QVERIFY2(resolved.error().message.startsWith(u"No such image: "_s), qPrintable(resolved.error().message));
    }
}

void TestImageStore::ambiguousShortId()
{
    // Seventeen images: two of them must share their first hex digit.
    QHash<QChar, Digest> byFirst;
    QString prefix;
    for (int i = 0; i < 17 && prefix.isEmpty(); ++i) {
        const auto made = StoreTestImages::make(*m_store, {QByteArray("layer ") + QByteArray::number(i)});
        StoreTestImages::registered(*m_store, made, {});
        const QChar first = made.id.hex().at(0);
        if (byFirst.contains(first))
            prefix = first;
        byFirst.insert(first, made.id);
    }
    QVERIFY(!prefix.isEmpty());
    const Result<ImageRecord> resolved = m_store->resolve(prefix);
    QVERIFY(!resolved);
    QCOMPARE(resolved.error().code, ErrorCode::Conflict);
    QVERIFY(m_store->resolve(byFirst.value(prefix.at(0)).hex()).has_value());
}

void TestImageStore::tagMovesBetweenImages()
{
    const auto first = StoreTestImages::make(*m_store, {"first"});
    const auto second = StoreTestImages::make(*m_store, {"second"});
    StoreTestImages::registered(*m_store, first, {u"app:1"_s});
    StoreTestImages::registered(*m_store, second, {u"app:1"_s, u"app:2"_s});
    QCOMPARE(m_store->resolve(u"app:1"_s)->id, second.id);
    const Result<ImageRecord> old = m_store->findById(first.id);
    QVERIFY(old.has_value());
    QVERIFY(!old->isTagged()); // kept as an untagged image, not lost
    QVERIFY(m_store->tag(first.id, ref(u"app:2"_s)));
    QCOMPARE(m_store->resolve(u"app:2"_s)->id, first.id);
    QCOMPARE(m_store->findById(second.id)->tags, QList<Reference>{ref(u"app:1"_s)});
}

void TestImageStore::untagKeepsImage()
{
    const auto made = StoreTestImages::make(*m_store, {"x"});
    StoreTestImages::registered(*m_store, made, {u"x:1"_s});
    QVERIFY(m_store->untag(ref(u"x:1"_s)));
    QVERIFY(!m_store->resolve(u"x:1"_s));
    QVERIFY(m_store->findById(made.id).has_value());
    const Status again = m_store->untag(ref(u"x:1"_s));
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}

void TestImageStore::registerRefusesIncompleteImages_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("code");
    QTest::newRow("missing-layer") << u"remove-layer"_s << int(ErrorCode::NotFound);
    QTest::newRow("missing-config") << u"remove-config"_s << int(ErrorCode::NotFound);
    QTest::newRow("missing-manifest") << u"remove-manifest"_s << int(ErrorCode::NotFound);
    QTest::newRow("manifest-size-lies") << u"manifest-size"_s << int(ErrorCode::DigestMismatch);
    QTest::newRow("manifest-is-an-index") << u"index-media-type"_s << int(ErrorCode::InvalidArgument);
}

void TestImageStore::registerRefusesIncompleteImages()
{
    QFETCH(QString, damage);
    QFETCH(int, code);
    auto made = StoreTestImages::make(*m_store, {"one", "two"});
    if (damage == u"remove-layer")
        QVERIFY(m_store->content().remove(made.layers.at(1).digest));
    if (damage == u"remove-config")
        QVERIFY(m_store->content().remove(made.id));
    if (damage == u"remove-manifest")
        QVERIFY(m_store->content().remove(made.manifest.digest));
    if (damage == u"manifest-size")
        made.manifest.size += 1;
    if (damage == u"index-media-type")
        made.manifest.mediaType = Image::MediaType::OciIndex;
    ImageRegistration registration;
    registration.manifest = made.manifest;
    registration.tags = {ref(u"broken"_s)};
    const Result<ImageRecord> record = m_store->registerImage(registration);
    QVERIFY(!record);
    QCOMPARE(int(record.error().code), code);
    QVERIFY(m_store->images()->isEmpty()); // nothing half-registered
}

void TestImageStore::concurrentTagging()
{
    const auto made = StoreTestImages::make(*m_store, {"shared"});
    StoreTestImages::registered(*m_store, made, {});
    QList<QFuture<bool>> futures;
    for (int i = 0; i < 16; ++i) {
        futures.append(QtConcurrent::run([this, id = made.id, i] {
            ImageStore other(m_store->root()); // as another process would: its own object, same files
            return bool(other.tag(id, ref(u"parallel:%1"_s.arg(i))));
        }));
    }
    for (QFuture<bool> &future : futures)
        QVERIFY(future.result());
    QCOMPARE(m_store->findById(made.id)->tags.size(), 16);
}

void TestImageStore::garbageCollection()
{
    const auto kept = StoreTestImages::make(*m_store, {"kept"});
    const auto dropped = StoreTestImages::make(*m_store, {"dropped"});
    StoreTestImages::registered(*m_store, kept, {u"kept"_s});
    StoreTestImages::registered(*m_store, dropped, {u"dropped"_s});
    QVERIFY(m_store->removeImage(dropped.id));
    const auto report = m_store->collectGarbage();
    QVERIFY(report.has_value());
    QCOMPARE(report->blobsRemoved, 3); // layer, config, manifest
    QVERIFY(!m_store->content().contains(dropped.layers.first().digest));
    QVERIFY(m_store->content().contains(kept.layers.first().digest));
    QVERIFY(m_store->content().contains(kept.manifest.digest));
}

void TestImageStore::listerHidesIntermediateImages()
{
    const auto base = StoreTestImages::make(*m_store, {"base"});
    const auto step = StoreTestImages::make(*m_store, {"base", "step"});
    const auto top = StoreTestImages::make(*m_store, {"base", "step", "top"});
    const auto dangling = StoreTestImages::make(*m_store, {"dangling"});
    StoreTestImages::registered(*m_store, base, {u"alpine"_s});
    StoreTestImages::registered(*m_store, step, {}, base.id);
    StoreTestImages::registered(*m_store, top, {u"alpinecurl"_s}, step.id);
    StoreTestImages::registered(*m_store, dangling, {});
    const ImageLister lister(*m_store);
    QCOMPARE(lister.list({})->size(), 3);               // alpine, alpinecurl, <none> dangling
    QCOMPARE(lister.list({true, {}, {}})->size(), 4);   // -a: the intermediate step too
    QCOMPARE(lister.list({false, true, {}})->size(), 1);
    QCOMPARE(lister.list({false, true, {}})->first().id, dangling.id);
    QCOMPARE(lister.list({false, {}, {u"alpine*"_s}})->size(), 2);
    QCOMPARE(lister.list({false, {}, {u"alpine:latest"_s}})->size(), 1);
    QCOMPARE(lister.list({false, {}, {u"busybox"_s}})->size(), 0);
}

void TestImageStore::removerFollowsDockerRules()
{
    const auto base = StoreTestImages::make(*m_store, {"base"});
    const auto step = StoreTestImages::make(*m_store, {"base", "step"});
    const auto top = StoreTestImages::make(*m_store, {"base", "step", "top"});
    StoreTestImages::registered(*m_store, base, {u"alpine"_s, u"localhost:5000/alpine:mirror"_s});
    StoreTestImages::registered(*m_store, step, {}, base.id);
    StoreTestImages::registered(*m_store, top, {u"app:1"_s, u"app:2"_s}, step.id);
    const ImageRemover remover(*m_store);

    // An image with a child can never be deleted by ID; an ID spanning repositories needs -f.
    RemovalResult result = remover.remove({base.id.shortId()}, true);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().message.contains(u"image has dependent child images"_s));
    result = remover.remove({top.id.shortId()}, false);
    QVERIFY(result.errors.isEmpty()); // app:1 and app:2 are one repository
    QCOMPARE(result.lines.size(), 4);  // Untagged x2, Deleted top, Deleted the untagged step
    QCOMPARE(result.lines.at(2).subject, top.id.toString());
    QCOMPARE(result.lines.at(3).subject, step.id.toString());
    QVERIFY(!m_store->findById(step.id));

    result = remover.remove({base.id.shortId()}, false);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().message.contains(u"referenced in multiple repositories"_s));
    result = remover.remove({u"alpine"_s}, false); // one of two tags: untag only
    QCOMPARE(result.lines.size(), 1);
    QCOMPARE(result.lines.first().kind, RemovalLine::Kind::Untagged);
    QVERIFY(m_store->findById(base.id).has_value());
    result = remover.remove({u"localhost:5000/alpine:mirror"_s, u"nothere"_s}, false);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.lines.last().kind, RemovalLine::Kind::Deleted);
    QVERIFY(!m_store->content().contains(base.layers.first().digest)); // blobs collected
}

void TestImageStore::checkerFindsCorruption()
{
    const auto made = StoreTestImages::make(*m_store, {"content of a layer"});
    StoreTestImages::registered(*m_store, made, {u"victim"_s});
    const StoreChecker checker(*m_store);
    CheckReport report = checker.check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.imagesChecked, 1);
    QCOMPARE(report.blobsChecked, 3);

    QFile blob(m_store->content().blobPath(made.layers.first().digest));
    QVERIFY(blob.open(QIODevice::ReadWrite));
    blob.seek(3);
    blob.write("X");
    blob.close();
    report = checker.check();
    QCOMPARE(report.problems.size(), 1);
    QVERIFY(report.problems.first().contains(made.layers.first().digest.toString()));

    QVERIFY(m_store->content().remove(made.layers.first().digest));
    report = checker.check();
    QVERIFY(!report.problems.isEmpty());
    QVERIFY(report.problems.first().contains(u"is missing"_s));
}

QTEST_GUILESS_MAIN(TestImageStore)
#include "tst_imagestore.moc"
