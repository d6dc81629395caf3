// The platforms of a multi-platform index through the real `ponton` binary, the real distribution
// registry and skopeo: the registry tests' 2-platform OCI index (amd64 and arm64) pushed to the registry,
// then
// - `skopeo copy --all` of it into an oci-archive, loaded: both platforms in the store (the host's
//   tagged, the other untagged beside it, both naming the index), kept by prune, saved back as the same
//   index; `rmi` of the tag takes both platforms (not one another tag names or a container uses);
//   a partial archive (a platform's blob missing) loads with a line naming what was skipped, a
//   damaged one fails naming the entry;
// - a platform pulled by digest: listed under its repository with a <none> tag, its digest with
//   --digests, not dangling, kept by `image prune` and `system prune`.
#include "support/clirunner.h"
#include "support/registryfixture.h"
#include "support/registrytestimage.h"
#include "support/twoplatformindex.h"

#include "image/platform.h"
#include "store/imageplatforms.h"
#include "store/imagestore.h"
#include "store/removalplanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

// The sizes of the blob files the store holds.
qint64 blobFileBytes(const Store::ImageStore &images)
{
    const Result<QList<Digest>> blobs = images.content().list();
    if (!blobs)
        qFatal("the blobs are not listed: %s", qPrintable(blobs.error().toString()));
    qint64 total = 0;
    for (const Digest &blob : *blobs)
        total += images.content().size(blob).value_or(0);
    return total;
}

} // namespace

class TestCliMultiPlatform : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadKeepsEveryPlatform();
    void rmiRemovesTheOtherPlatforms();
    void saveWritesTheIndexBack();
    void partialArchiveSkipsAPlatform();
    void archiveWithoutTheHostPlatformTagsAnother();
    void damagedPlatformFailsTheLoad();
    void platformPulledByDigestKeepsItsRepository();

private:
    using Run = Test::CliRun;
    Run ponton(const QString &store, const QStringList &arguments) const;
    QString store(const QString &name) const { return m_dir.filePath(u"store-"_s + name); }
    // skopeo copy --all of the registry's index into an OCI layout folder, then that folder as a tar.
    bool copyToLayout(const QString &dir) const;
    static bool tarLayout(const QString &dir, const QString &archive);
    // The registry's index as an oci-archive NAME.tar without the blob `missing`; empty on failure.
    QString archiveWithout(const QString &name, const Digest &missing) const;

    Test::RegistryFixture m_registry;
    QTemporaryDir m_dir;
    std::optional<Test::RegistryTestImage> m_amd64;
    std::optional<Test::RegistryTestImage> m_arm64;
    Digest m_index;
    QString m_archive; // the full 2-platform oci-archive, tagged multi:1
};

void TestCliMultiPlatform::initTestCase()
{
    if (!Test::RegistryFixture::isAvailable() || !Test::RegistryFixture::hasTool(u"skopeo"_s))
        QSKIP("docker-registry and skopeo are needed (Debian packages docker-registry, skopeo)");
    if (Image::Platform::host().architecture != u"amd64"_s)
        QSKIP("the fixture's index has amd64 and arm64: the host must be amd64 for one of them to be foreign and the other the host's");
    QVERIFY2(m_registry.start(), "the registry did not start");
    Result<Test::TwoPlatformIndex> pushed = Test::TwoPlatformIndex::push(m_registry, m_dir.path(), u"ponton/multi:1"_s, 31);
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().toString()));
    m_amd64 = pushed->amd64;
    m_arm64 = pushed->arm64;
    m_index = pushed->index;
    m_archive = m_dir.filePath(u"multi.tar"_s);
    const Status copied = Test::TwoPlatformIndex::copyAll(m_registry, u"ponton/multi:1"_s, u"oci-archive:%1:multi:1"_s.arg(m_archive));
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().toString()));
}

TestCliMultiPlatform::Run TestCliMultiPlatform::ponton(const QString &store, const QStringList &arguments) const
{
    Test::CliRunner runner;
    runner.setRoot(store);
    runner.setEnvironmentValue(u"LC_ALL"_s, u"C"_s);
    runner.setEnvironmentValue(u"DOCKER_CONFIG"_s, m_dir.filePath(u"docker"_s));
    runner.setEnvironmentValue(u"PONTON_REGISTRY_CONFIG"_s, m_dir.filePath(u"no-registries.json"_s));
    return runner.run(arguments);
}

bool TestCliMultiPlatform::copyToLayout(const QString &dir) const
{
    const Status copied = Test::TwoPlatformIndex::copyAll(m_registry, u"ponton/multi:1"_s, u"oci:%1:multi:1"_s.arg(dir));
    if (!copied)
        qWarning("%s", qPrintable(copied.error().toString()));
    return bool(copied);
}

bool TestCliMultiPlatform::tarLayout(const QString &dir, const QString &archive)
{
    const Status packed = Test::RegistryFixture::runTool(
        u"tar"_s, {u"-C"_s, dir, u"-cf"_s, archive, u"oci-layout"_s, u"index.json"_s, u"blobs"_s});
    if (!packed)
        qWarning("%s", qPrintable(packed.error().toString()));
    return bool(packed);
}

QString TestCliMultiPlatform::archiveWithout(const QString &name, const Digest &missing) const
{
    const QString layout = m_dir.filePath(name);
    const QString archive = m_dir.filePath(name + u".tar"_s);
    if (!copyToLayout(layout) || !QFile::remove(layout + u"/blobs/sha256/"_s + missing.hex()) || !tarLayout(layout, archive))
        return {};
    return archive;
}

void TestCliMultiPlatform::loadKeepsEveryPlatform()
{
    const QString root = store(u"load"_s);
    Run run = ponton(root, {u"load"_s, u"-i"_s, m_archive});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Loaded image: multi:1\n"_s);

    // Both platforms are images of the store: amd64 tagged, arm64 beside it, both naming the index.
    Store::ImageStore images(root);
    const Result<Store::ImageRecord> tagged = images.resolve(u"multi:1"_s);
    QVERIFY(tagged);
    QCOMPARE(tagged->manifest.digest, m_amd64->manifest().digest);
    QCOMPARE(tagged->index, m_index);
    const Result<Store::ImageRecord> other = images.resolve(u"multi@"_s + m_arm64->manifest().digest.toString());
    QVERIFY(other);
    QVERIFY(!other->isTagged());
    QCOMPARE(other->index, m_index);
    QCOMPARE(other->layers.size(), 2);
    QCOMPARE(other->platform.architecture, u"arm64"_s);
    // Only the host's layers became snapshots.
    QVERIFY2(QDir(root + u"/runtime/snapshots/"_s + m_amd64->diffIds().first().hex()).exists(), "the host's layer was not unpacked");
    for (const Digest &diffId : m_arm64->diffIds())
        QVERIFY2(!QDir(root + u"/runtime/snapshots/"_s + diffId.hex()).exists(), "a foreign platform's layer was unpacked");
    const Result<QList<Store::PlatformChoice>> choices = Store::ImagePlatforms(images).list(u"multi:1"_s);
    QVERIFY(choices);
    QCOMPARE(choices->size(), 2);
    QVERIFY(choices->at(0).image && choices->at(1).image);
    QVERIFY(choices->at(0).current);

    // `images` shows the other platform under the repository of the image it belongs to; it is not
    // dangling, and neither prune removes it nor GC its blobs.
    run = ponton(root, {u"images"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QRegularExpression(u"\nmulti +1 +"_s + tagged->id.shortId())), qPrintable(run.out));
    QVERIFY2(run.out.contains(QRegularExpression(u"\nmulti +<none> +"_s + other->id.shortId())), qPrintable(run.out));
    run = ponton(root, {u"images"_s, u"-q"_s, u"-f"_s, u"dangling=true"_s});
    QCOMPARE(run.out, QString());
    // A repository names both rows, a tag only its own (as `docker images alpine` and `alpine:3`).
    QCOMPARE(ponton(root, {u"images"_s, u"-q"_s, u"multi"_s}).out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
    QCOMPARE(ponton(root, {u"images"_s, u"-q"_s, u"multi:1"_s}).out, tagged->id.shortId() + u'\n');
    for (const QStringList &prune : {QStringList{u"image"_s, u"prune"_s, u"-f"_s}, QStringList{u"system"_s, u"prune"_s, u"-f"_s}}) {
        run = ponton(root, prune);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"deleted:"_s), qPrintable(run.out));
    }
    QVERIFY(images.resolve(u"multi@"_s + m_arm64->manifest().digest.toString()));
    for (const Test::RegistryTestImage::Blob &blob : m_arm64->layers())
        QVERIFY(images.content().contains(blob.digest));
    run = ponton(root, {u"system"_s, u"check"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

}

void TestCliMultiPlatform::rmiRemovesTheOtherPlatforms()
{
    const QString root = store(u"rmi"_s);
    Run run = ponton(root, {u"load"_s, u"-i"_s, m_archive});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    Store::ImageStore images(root);
    const Result<Store::ImageRecord> tagged = images.resolve(u"multi:1"_s);
    const Result<Store::ImageRecord> other = images.resolve(u"multi@"_s + m_arm64->manifest().digest.toString());
    QVERIFY(tagged && other);

    // The preview (the Images view's remove dialog) tells both platforms and what they free.
    const Result<Store::RemovalPreview> preview = Store::RemovalPlanner(images).preview(u"multi:1"_s);
    QVERIFY(preview);
    QCOMPARE(preview->deletion.images, (QList<Digest>{tagged->id, other->id}));
    QCOMPARE(preview->deletion.otherPlatforms.size(), 1);
    QCOMPARE(preview->deletion.otherPlatforms.first().architecture, u"arm64"_s);
    const qint64 before = blobFileBytes(images);
    run = ponton(root, {u"rmi"_s, u"multi:1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Untagged: multi:1\nDeleted: %1\nDeleted: %2\n"_s.arg(tagged->id.toString(), other->id.toString()));
    QCOMPARE(before - blobFileBytes(images), preview->deletion.bytesFreed);
    QCOMPARE(blobFileBytes(images), 0); // nothing else was in the store: every layer, config, manifest and the index went
    QCOMPARE(ponton(root, {u"images"_s, u"-a"_s, u"-q"_s}).out, QString());
    run = ponton(root, {u"system"_s, u"check"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

    // Another tag naming a platform of the same index keeps it: only the image of the tag goes.
    QVERIFY(ponton(root, {u"load"_s, u"-i"_s, m_archive}).exitCode == 0);
    QVERIFY(ponton(root, {u"tag"_s, other->id.toString(), u"multi:arm64"_s}).exitCode == 0);
    run = ponton(root, {u"rmi"_s, u"multi:1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Untagged: multi:1\nDeleted: %1\n"_s.arg(tagged->id.toString()));
    QVERIFY(images.resolve(u"multi:arm64"_s));
    QVERIFY(images.content().contains(m_index));
    run = ponton(root, {u"system"_s, u"check"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(ponton(root, {u"rmi"_s, u"multi:arm64"_s}).exitCode == 0);

    // A platform a container uses stays, untagged: prune then keeps it while the container is there.
    QVERIFY(ponton(root, {u"load"_s, u"-i"_s, m_archive}).exitCode == 0);
    run = ponton(root, {u"create"_s, u"--name"_s, u"on-arm64"_s, other->id.toString(), u"true"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = ponton(root, {u"rmi"_s, u"multi:1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Untagged: multi:1\nDeleted: %1\n"_s.arg(tagged->id.toString()));
    QVERIFY(images.findById(other->id));
    run = ponton(root, {u"system"_s, u"check"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(ponton(root, {u"rm"_s, u"on-arm64"_s}).exitCode == 0);
    QVERIFY(ponton(root, {u"rmi"_s, other->id.toString()}).exitCode == 0);
}

void TestCliMultiPlatform::saveWritesTheIndexBack()
{
    const QString first = store(u"save-a"_s);
    Run run = ponton(first, {u"load"_s, u"-i"_s, m_archive});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString saved = m_dir.filePath(u"saved.tar"_s);
    run = ponton(first, {u"save"_s, u"--format"_s, u"oci"_s, u"-o"_s, saved, u"multi:1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // skopeo reads the saved archive as the same index (its bytes are the index blob)...
    QByteArray raw;
    QVERIFY(Test::RegistryFixture::runTool(u"skopeo"_s, {u"inspect"_s, u"--raw"_s, u"oci-archive:"_s + saved}, &raw));
    const Result<QByteArray> stored = Store::ImageStore(first).content().read(m_index);
    QVERIFY(stored);
    QCOMPARE(raw.trimmed(), stored->trimmed());

    // ...and a load into another store gives the same index with both platforms.
    const QString second = store(u"save-b"_s);
    run = ponton(second, {u"load"_s, u"-i"_s, saved});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Loaded image: multi:1\n"_s);
    Store::ImageStore images(second);
    const Result<Store::ImageRecord> tagged = images.resolve(u"multi:1"_s);
    QVERIFY(tagged);
    QCOMPARE(tagged->index, m_index);
    const Result<QList<Store::PlatformChoice>> choices = Store::ImagePlatforms(images).list(u"multi:1"_s);
    QVERIFY(choices);
    QCOMPARE(choices->size(), 2);
    QVERIFY(choices->at(0).image && choices->at(1).image);
}

void TestCliMultiPlatform::partialArchiveSkipsAPlatform()
{
    const Digest missing = m_arm64->layers().first().digest;
    const QString archive = archiveWithout(u"partial"_s, missing);
    QVERIFY(!archive.isEmpty());

    const QString root = store(u"partial"_s);
    const Run run = ponton(root, {u"load"_s, u"-i"_s, archive});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Skipping platform linux/arm64 of index %1: the archive does not hold its layer %2\nLoaded image: multi:1\n"_s
                          .arg(m_index.toString(), missing.toString()));
    Store::ImageStore images(root);
    const Result<QList<Store::PlatformChoice>> choices = Store::ImagePlatforms(images).list(u"multi:1"_s);
    QVERIFY(choices);
    QCOMPARE(choices->size(), 2); // the index still offers arm64, as not in the store
    QVERIFY(choices->at(0).image);
    QVERIFY(!choices->at(1).image);
    const Result<QList<Store::ImageRecord>> all = images.images();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
}

void TestCliMultiPlatform::archiveWithoutTheHostPlatformTagsAnother()
{
    // As `docker save --platform linux/arm64` on this amd64 machine: only arm64's blobs.
    const Digest missing = m_amd64->layers().first().digest;
    const QString archive = archiveWithout(u"arm64-only"_s, missing);
    QVERIFY(!archive.isEmpty());

    const QString root = store(u"arm64-only"_s);
    const Run run = ponton(root, {u"load"_s, u"-i"_s, archive});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Skipping platform linux/amd64 of index %1: the archive does not hold its layer %2\n"
                      "No platform of index %1 in the archive runs on linux/amd64: linux/arm64 is the one tagged\n"
                      "Loaded image: multi:1\n"_s.arg(m_index.toString(), missing.toString()));
    Store::ImageStore images(root);
    const Result<Store::ImageRecord> tagged = images.resolve(u"multi:1"_s);
    QVERIFY(tagged);
    QCOMPARE(tagged->manifest.digest, m_arm64->manifest().digest);
    QCOMPARE(tagged->index, m_index);
    // It cannot run here: its layers are not unpacked.
    for (const Digest &diffId : m_arm64->diffIds())
        QVERIFY2(!QDir(root + u"/runtime/snapshots/"_s + diffId.hex()).exists(), "a foreign platform's layer was unpacked");
}

void TestCliMultiPlatform::damagedPlatformFailsTheLoad()
{
    const QString layout = m_dir.filePath(u"damaged"_s);
    QVERIFY(copyToLayout(layout));
    // The arm64 config, rewritten with one byte changed: the archive's entry no longer hashes to its name.
    const Digest config = m_arm64->config().digest;
    QFile file(layout + u"/blobs/sha256/"_s + config.hex());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 1);
    QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
    file.close();
    const QString archive = m_dir.filePath(u"damaged.tar"_s);
    QVERIFY(tarLayout(layout, archive));

    const QString root = store(u"damaged"_s);
    Run run = ponton(root, {u"load"_s, u"-i"_s, archive});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"blobs/sha256/"_s + config.hex()) && run.err.contains(u"failed verification"_s), qPrintable(run.err));
    run = ponton(root, {u"images"_s, u"-a"_s, u"-q"_s});
    QCOMPARE(run.out, QString()); // nothing registered, not even the sound amd64
}

void TestCliMultiPlatform::platformPulledByDigestKeepsItsRepository()
{
    const QString root = store(u"digest"_s);
    const QString repository = m_registry.hostPort() + u"/ponton/multi"_s;
    const Digest arm64 = m_arm64->manifest().digest;
    Run run = ponton(root, {u"pull"_s, u"-q"_s, repository + u":1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = ponton(root, {u"pull"_s, repository + u'@' + arm64.toString()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Digest: "_s + arm64.toString()), qPrintable(run.out));

    Store::ImageStore images(root);
    const Result<Store::ImageRecord> pulled = images.resolve(repository + u'@' + arm64.toString());
    QVERIFY(pulled);
    QCOMPARE(pulled->repoDigests, QStringList{repository + u'@' + arm64.toString()});
    // Seen on its own, it offers the platforms of the tagged image it was pulled for.
    const Result<QList<Store::PlatformChoice>> choices = Store::ImagePlatforms(images).list(repository + u'@' + arm64.toString());
    QVERIFY(choices);
    QCOMPARE(choices->size(), 2);
    QVERIFY(choices->at(1).current && choices->at(0).image && choices->at(1).image);

    // As `docker images` lists an image pulled by digest: its repository, the tag <none>.
    run = ponton(root, {u"images"_s});
    QVERIFY2(run.out.contains(QRegularExpression(u"\n%1 +<none> +%2 "_s.arg(QRegularExpression::escape(repository), pulled->id.shortId()))),
             qPrintable(run.out));
    run = ponton(root, {u"images"_s, u"--digests"_s});
    QVERIFY2(run.out.startsWith(u"REPOSITORY"_s) && run.out.section(u'\n', 0, 0).contains(u"DIGEST"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(QRegularExpression(u"\n%1 +<none> +%2 +%3 "_s.arg(QRegularExpression::escape(repository), arm64.toString(),
                                                                                    pulled->id.shortId()))),
             qPrintable(run.out));
    run = ponton(root, {u"images"_s, u"-q"_s, u"-f"_s, u"dangling=true"_s});
    QCOMPARE(run.out, QString());

    // Not dangling: neither prune takes it, even once the tagged image is gone (its repo digest keeps it).
    QVERIFY(ponton(root, {u"rmi"_s, repository + u":1"_s}).exitCode == 0);
    for (const QStringList &prune : {QStringList{u"image"_s, u"prune"_s, u"-f"_s}, QStringList{u"system"_s, u"prune"_s, u"-f"_s}}) {
        run = ponton(root, prune);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"deleted:"_s), qPrintable(run.out));
    }
    QVERIFY(images.resolve(repository + u'@' + arm64.toString()));
    QVERIFY(images.content().contains(m_arm64->layers().last().digest));
}

QTEST_MAIN(TestCliMultiPlatform)
#include "tst_climultiplatform.moc"
