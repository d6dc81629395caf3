// The engine's pull unpacks each layer into its helper snapshot while the layer downloads: against the
// real registry (behind the fault proxy) and the real helper, the snapshots it makes are those of the
// unpacking of verified blobs, and no fault, failure or cancel leaves a registered image, a snapshot of
// wrong content or a half snapshot; the next pull succeeds.
#include "engine/engine.h"
#include "registry/registryclient.h"
#include "runtime/runtimeclient.h"
#include "runtime/snapshotpreparer.h"
#include "store/imagestore.h"
#include "support/registryfaultproxy.h"
#include "support/registryfixture.h"
#include "support/registrytestclient.h"
#include "support/registrytestimage.h"
#include "support/verifyresult.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Ponton;
using namespace Ponton::Registry;
using namespace Ponton::Test;
using namespace Qt::StringLiterals;
using Fault = RegistryFaultProxy::Fault;

namespace {

// A snapshot folder as text: each entry's relative path, type, mode and (for files) content hash.
QString treeOf(const QString &root)
{
    QStringList lines;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QString line = QDir(root).relativeFilePath(path) + u' ' + QString::number(uint(info.permissions()), 16);
        if (info.isFile() && !info.isSymLink()) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                QCryptographicHash hash(QCryptographicHash::Sha256);
                hash.addData(&file);
                line += u' ' + QString::fromLatin1(hash.result().toHex());
            }
        }
        lines.append(line);
    }
    lines.sort();
    return lines.join(u'\n');
}

} // namespace

class TestRegistryStreamedPull : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void streamedSnapshotsMatchUnpackedBlobs();
    void droppedConnectionResumesTheStream();
    void corruptByteOnceStillMakesTheRightSnapshots();
    void persistentCorruptionLeavesNoSnapshot();
    void wrongContentDigestLeavesNoSnapshot();
    void cancelMidStreamLeavesResumablePartialAndNoSnapshot();

private:
    struct Pulled {
        JobResult result;
        QList<ProgressEvent> events;
    };
    Pulled pull(const std::function<void(Job &, const ProgressEvent &)> &watch = {});
    QString reference() const { return m_proxy->hostPort() + u"/ponton/streamed:1"_s; }
    QString blobPath(const Digest &digest) const { return u"/blobs/"_s + digest.toString(); }
    QString snapshotsDir() const { return m_dir->filePath(u"runtime/snapshots"_s); }
    QStringList temporarySnapshots() const;
    void verifySnapshotsMatchReference(const QList<Digest> &diffIds);
    void verifyNoImageAndNoWrongSnapshot();

    std::unique_ptr<RegistryFixture> m_registry;
    std::unique_ptr<RegistryFaultProxy> m_proxy;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::optional<RegistryTestImage> m_image;
    QHash<Digest, QString> m_referenceTrees; // diff_id -> tree unpacked from the verified blob
    QList<qint64> m_referenceSizes;
    QTemporaryDir m_work;
};

void TestRegistryStreamedPull::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("snapshots need root (the helper unpacks with the files' owners)");
    if (!RegistryFixture::isAvailable() || !RegistryFixture::hasTool(u"skopeo"_s))
        QSKIP("docker-registry and skopeo are needed");
    m_registry = std::make_unique<RegistryFixture>(RegistryFixture::Setup::Plain);
    VERIFY_OK(m_registry->start());
    // A small layer and a 3 MiB one: faults and the cancel happen in the middle of the large one.
    Result<RegistryTestImage> image = RegistryTestImage::make({16 * 1024, 3 * 1024 * 1024}, u"amd64"_s, 47);
    VERIFY_OK(image);
    m_image = *image;
    const QString layout = m_work.filePath(u"layout"_s);
    VERIFY_OK(RegistryTestImage::writeLayout(layout, u"t"_s, {*m_image}));
    VERIFY_OK(m_registry->skopeoCopyTo(u"oci:%1:t"_s.arg(layout), u"ponton/streamed:1"_s));
    QFile config(m_work.filePath(u"registries.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly) && config.write(R"({"retry-delay-ms": 20})") > 0);
    config.close();
    qputenv("PONTON_REGISTRY_CONFIG", QFile::encodeName(config.fileName()));

    // The reference: the blobs pulled without streaming, then unpacked from the store by the preparer.
    QTemporaryDir referenceDir;
    Store::ImageStore store(referenceDir.path());
    VERIFY_OK(store.initialize());
    RegistryConfig plain;
    plain.certsDirectories = {};
    RegistryClient client(plain, {});
    const Result<Reference> name = Reference::parse(m_registry->hostPort() + u"/ponton/streamed:1"_s);
    VERIFY_OK(name);
    VERIFY_OK(waitFor(client.pull(PullRequest{*name, {}, {}}, store)));
    Runtime::RuntimeClientOptions options;
    options.helperPath = QStringLiteral(PONTON_HELPER_PATH);
    options.stateDir = referenceDir.filePath(u"runtime"_s);
    Runtime::RuntimeClient helper(options);
    const Result<Store::ImageRecord> record = store.resolve(name->toString());
    VERIFY_OK(record);
    Runtime::SnapshotPreparer preparer(helper, store);
    const Result<Runtime::PreparedImage> prepared = preparer.prepare(*record);
    VERIFY_OK(prepared);
    m_referenceSizes = prepared->layerSizes;
    for (const Digest &diffId : m_image->diffIds())
        m_referenceTrees.insert(diffId, treeOf(referenceDir.filePath(u"runtime/snapshots/"_s + diffId.hex())));
    VERIFY_OK(helper.shutdownHelper());
    QVERIFY(!m_referenceTrees.value(m_image->diffIds().last()).isEmpty());
}

void TestRegistryStreamedPull::init()
{
    m_proxy = std::make_unique<RegistryFaultProxy>(m_registry->port());
    QVERIFY(m_proxy->start());
    m_dir = std::make_unique<QTemporaryDir>();
    EngineOptions options;
    options.root = m_dir->path();
    options.helperPath = QStringLiteral(PONTON_HELPER_PATH);
    m_engine = std::make_unique<Engine>(options);
}

void TestRegistryStreamedPull::cleanup()
{
    if (Result<Runtime::RuntimeClient *> helper = m_engine->runtime())
        (void)(*helper)->shutdownHelper();
    m_engine.reset();
    m_proxy.reset();
    m_dir.reset();
}

TestRegistryStreamedPull::Pulled TestRegistryStreamedPull::pull(const std::function<void(Job &, const ProgressEvent &)> &watch)
{
    Pulled pulled;
    Job *job = m_engine->pull(reference(), {});
    QObject::connect(job, &Job::progress, job, [&pulled, job, watch](const ProgressEvent &event) {
        pulled.events.append(event);
        if (watch)
            watch(*job, event);
    });
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(60000))
        qFatal("the pull did not finish");
    pulled.result = job->result();
    job->deleteLater();
    return pulled;
}

QStringList TestRegistryStreamedPull::temporarySnapshots() const
{
    return QDir(snapshotsDir()).entryList({u".tmp-*"_s}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestRegistryStreamedPull::verifySnapshotsMatchReference(const QList<Digest> &diffIds)
{
    for (const Digest &diffId : diffIds)
        QCOMPARE(treeOf(snapshotsDir() + u'/' + diffId.hex()), m_referenceTrees.value(diffId));
    QCOMPARE(temporarySnapshots(), QStringList());
}

// Whatever snapshot exists has the reference content; no half snapshot, no image.
void TestRegistryStreamedPull::verifyNoImageAndNoWrongSnapshot()
{
    const auto images = m_engine->store().images();
    VERIFY_OK(images);
    QVERIFY(images->isEmpty());
    for (const Digest &diffId : m_image->diffIds()) {
        const QString path = snapshotsDir() + u'/' + diffId.hex();
        if (QFileInfo::exists(path))
            QCOMPARE(treeOf(path), m_referenceTrees.value(diffId));
    }
    QCOMPARE(temporarySnapshots(), QStringList());
}

void TestRegistryStreamedPull::streamedSnapshotsMatchUnpackedBlobs()
{
    // Slowed down, the large layer is seen unpacking (the helper's temporary snapshot) before its
    // download completes.
    const Digest big = m_image->layers().last().digest;
    const Digest bigDiffId = m_image->diffIds().last();
    m_proxy->inject(Fault::Throttle, "GET", blobPath(big));
    bool unpackingDuringDownload = false;
    bool downloadCompleted = false;
    const Pulled pulled = pull([&](Job &, const ProgressEvent &event) {
        if (event.item != big.toString())
            return;
        if (event.state == u"download-complete"_s)
            downloadCompleted = true;
        if (event.state == u"downloading"_s && event.current > event.total / 2 && !downloadCompleted) {
            const QStringList temporary = temporarySnapshots();
            unpackingDuringDownload = unpackingDuringDownload
                || std::any_of(temporary.cbegin(), temporary.cend(), [&](const QString &name) {
                       return name.startsWith(u".tmp-"_s + bigDiffId.hex());
                   });
        }
    });
    QVERIFY2(pulled.result.ok, qPrintable(pulled.result.error.toString()));
    QVERIFY(unpackingDuringDownload);
    verifySnapshotsMatchReference(m_image->diffIds());
    const Result<Store::ImageRecord> image = m_engine->store().resolve(reference());
    VERIFY_OK(image);
    QCOMPARE(image->layerSizes, m_referenceSizes);
    QCOMPARE(m_engine->store().content().ingests(), QStringList());

    // Docker's order per layer: Download complete, Extracting, Pull complete, each once.
    for (const RegistryTestImage::Blob &layer : m_image->layers()) {
        QStringList states;
        for (const ProgressEvent &event : pulled.events) {
            if (event.item == layer.digest.toString() && event.state != u"downloading"_s && event.state != u"waiting"_s)
                states.append(event.state);
        }
        QCOMPARE(states, (QStringList{u"verifying"_s, u"download-complete"_s, u"extracting"_s, u"pull-complete"_s}));
    }

    // A second pull finds everything: nothing is downloaded or unpacked again.
    const Pulled again = pull();
    QVERIFY2(again.result.ok, qPrintable(again.result.error.toString()));
    QVERIFY(std::none_of(again.events.cbegin(), again.events.cend(), [](const ProgressEvent &e) { return e.state == u"extracting"_s; }));
    VERIFY_OK(m_engine->store().resolve(reference()));
    QCOMPARE(m_engine->store().resolve(reference())->layerSizes, m_referenceSizes);
}

void TestRegistryStreamedPull::droppedConnectionResumesTheStream()
{
    const Digest big = m_image->layers().last().digest;
    m_proxy->inject(Fault::DropMidBody, "GET", blobPath(big));
    const Pulled pulled = pull();
    QVERIFY2(pulled.result.ok, qPrintable(pulled.result.error.toString()));
    const auto gets = m_proxy->requestsFor(big.toString(), "GET");
    QCOMPARE(gets.size(), 2);
    QVERIFY2(gets[1].range.startsWith("bytes="), gets[1].range.constData());
    verifySnapshotsMatchReference(m_image->diffIds());
    QCOMPARE(m_engine->store().resolve(reference())->layerSizes, m_referenceSizes);
}

void TestRegistryStreamedPull::corruptByteOnceStillMakesTheRightSnapshots()
{
    const Digest big = m_image->layers().last().digest;
    m_proxy->inject(Fault::CorruptByte, "GET", blobPath(big));
    const Pulled pulled = pull();
    QVERIFY2(pulled.result.ok, qPrintable(pulled.result.error.toString()));
    QCOMPARE(m_proxy->requestsFor(big.toString(), "GET").size(), 2);
    verifySnapshotsMatchReference(m_image->diffIds());
    QCOMPARE(m_engine->store().resolve(reference())->layerSizes, m_referenceSizes);
}

void TestRegistryStreamedPull::persistentCorruptionLeavesNoSnapshot()
{
    const Digest big = m_image->layers().last().digest;
    m_proxy->inject(Fault::CorruptByte, "GET", blobPath(big), 100);
    const Pulled failed = pull();
    QVERIFY(!failed.result.ok);
    QCOMPARE(failed.result.error.code, ErrorCode::DigestMismatch);
    verifyNoImageAndNoWrongSnapshot();
    QVERIFY(!QFileInfo::exists(snapshotsDir() + u'/' + m_image->diffIds().last().hex()));

    m_proxy->clearFaults();
    const Pulled pulled = pull();
    QVERIFY2(pulled.result.ok, qPrintable(pulled.result.error.toString()));
    verifySnapshotsMatchReference(m_image->diffIds());
}

void TestRegistryStreamedPull::wrongContentDigestLeavesNoSnapshot()
{
    const Digest big = m_image->layers().last().digest;
    m_proxy->inject(Fault::WrongContentDigest, "GET", blobPath(big), 100);
    const Pulled failed = pull();
    QVERIFY(!failed.result.ok);
    QCOMPARE(failed.result.error.code, ErrorCode::DigestMismatch);
    verifyNoImageAndNoWrongSnapshot();

    m_proxy->clearFaults();
    const Pulled pulled = pull();
    QVERIFY2(pulled.result.ok, qPrintable(pulled.result.error.toString()));
    verifySnapshotsMatchReference(m_image->diffIds());
}

void TestRegistryStreamedPull::cancelMidStreamLeavesResumablePartialAndNoSnapshot()
{
    const Digest big = m_image->layers().last().digest;
    m_proxy->inject(Fault::Throttle, "GET", blobPath(big));
    const Pulled canceled = pull([&](Job &job, const ProgressEvent &event) {
        if (event.item == big.toString() && event.state == u"downloading"_s && event.current > event.total / 3)
            job.cancel();
    });
    QVERIFY(!canceled.result.ok);
    QCOMPARE(canceled.result.error.code, ErrorCode::Canceled);
    verifyNoImageAndNoWrongSnapshot();
    QVERIFY(!QFileInfo::exists(snapshotsDir() + u'/' + m_image->diffIds().last().hex()));
    QVERIFY(!m_engine->store().content().contains(big));
    QCOMPARE(m_engine->store().content().ingests().size(), 1); // the partial download is kept

    const Pulled pulled = pull();
    QVERIFY2(pulled.result.ok, qPrintable(pulled.result.error.toString()));
    const auto gets = m_proxy->requestsFor(big.toString(), "GET");
    QVERIFY(gets.size() >= 2);
    QVERIFY2(gets.last().range.startsWith("bytes="), gets.last().range.constData());
    verifySnapshotsMatchReference(m_image->diffIds());
    QCOMPARE(m_engine->store().resolve(reference())->layerSizes, m_referenceSizes);
    QCOMPARE(m_engine->store().content().ingests(), QStringList());
}

QTEST_GUILESS_MAIN(TestRegistryStreamedPull)
#include "tst_registrystreamedpull.moc"
