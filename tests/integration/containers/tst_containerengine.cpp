// The engine's container API as the desktop uses it: jobs on a real store and the real helper, the PTY
// master taken out of the job's value, progress of the snapshot preparation, commit through LayerCapture.
#include "busyboximage.h"
#include "support/imagefixture.h"

#include "engine/engine.h"
#include "runtime/runtimeclient.h"
#include "runtime/snapshotpreparer.h"
#include "store/historyreader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>
#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

JobResult finished(Job *job, QList<ProgressEvent> *events = nullptr)
{
    if (events)
        QObject::connect(job, &Job::progress, job, [events](const ProgressEvent &event) { events->append(event); });
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(60000))
        qFatal("job %s did not finish", qPrintable(job->kind()));
    const JobResult result = job->result();
    job->deleteLater();
    return result;
}

// Reads the terminal until `pattern` shows up.
bool readUntil(int fd, const QByteArray &pattern, QByteArray &seen)
{
    QElapsedTimer timer;
    timer.start();
    while (!seen.contains(pattern) && timer.elapsed() < 15000) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0)
            continue;
        char buffer[1024];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        seen.append(buffer, n);
    }
    return seen.contains(pattern);
}

} // namespace

class TestContainerEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void terminalThroughTheJob();
    void commitMakesAnImage();
    void commitWithoutPauseKeepsRunning();
    void preparerUnpacksLayersOnce();

private:
    struct Observed {
        JobResult result;
        QSet<QString> statuses;   // the container's status seen while the commit ran
        qint64 printedBefore = -1;
        qint64 printedAfter = -1;
    };
    Observed commitWatched(const QString &id, bool pause);
    qint64 progress(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
};

void TestContainerEngine::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("containers need root (namespaces, overlayfs, the helper)");
    if (!Test::BusyboxLayer::isAvailable())
        QSKIP("busybox-static is not installed (/bin/busybox): no base image");
}

void TestContainerEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    EngineOptions options;
    options.root = m_dir->path();
    options.helperPath = QStringLiteral(PONTON_HELPER_PATH);
    m_engine = std::make_unique<Engine>(options);
    QVERIFY(Test::createBusyboxImage(m_engine->store(), {u"alpine:latest"_s}));
}

void TestContainerEngine::cleanup()
{
    const JobResult all = finished(m_engine->listContainers(true));
    QStringList ids;
    for (const ContainerRow &row : all.value.value<QList<ContainerRow>>())
        ids.append(row.id);
    if (!ids.isEmpty())
        finished(m_engine->removeContainers(ids, true));
    m_engine.reset();  // stops the helper it started
}

void TestContainerEngine::terminalThroughTheJob()
{
    ContainerRunRequest request;
    request.image = u"alpine"_s;
    request.tty = true;
    request.interactive = true;
    QList<ProgressEvent> events;
    const JobResult created = finished(m_engine->createContainer(request), &events);
    QVERIFY2(created.ok, qPrintable(created.error.toString()));
    const auto record = created.value.value<ContainerRecord>();
    QCOMPARE(record.command, QStringList{u"/bin/sh"_s});  // the image's Cmd
    QVERIFY(!record.name.isEmpty());
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().state, u"extracting"_s);
    QCOMPARE(events.last().state, u"done"_s);

    const JobResult started = finished(m_engine->startContainer(record.name));
    QVERIFY2(started.ok, qPrintable(started.error.toString()));
    auto terminal = started.value.value<ContainerTerminal>();
    QVERIFY(terminal.tty);
    QVERIFY(terminal.terminal.isValid());
    Runtime::FileDescriptor master = terminal.terminal.take();  // the GUI's terminal widget owns it
    QVERIFY(!terminal.terminal.isValid());
    const QByteArray typed = "echo engine-$((1+1)); exit 7\n";
    QCOMPARE(::write(master.get(), typed.constData(), size_t(typed.size())), typed.size());
    QByteArray seen;
    QVERIFY2(readUntil(master.get(), "engine-2", seen), seen.constData());

    const JobResult waited = finished(m_engine->waitContainer(record.id.left(8)));
    QVERIFY(waited.ok);
    QCOMPARE(waited.value.toInt(), 7);
    const auto rows = finished(m_engine->listContainers(true)).value.value<QList<ContainerRow>>();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().status, u"exited"_s);
    QCOMPARE(rows.first().exitCode, 7);
    QCOMPARE(rows.first().image, u"alpine"_s);
    QVERIFY(finished(m_engine->listContainers(false)).value.value<QList<ContainerRow>>().isEmpty());
}

void TestContainerEngine::commitMakesAnImage()
{
    ContainerRunRequest request;
    request.image = u"alpine"_s;
    request.command = {u"sh"_s, u"-c"_s, u"echo data > /root/file; rm /etc/group"_s};
    const auto record = finished(m_engine->createContainer(request)).value.value<ContainerRecord>();
    QVERIFY(finished(m_engine->startContainer(record.id)).ok);
    QCOMPARE(finished(m_engine->waitContainer(record.id)).value.toInt(), 0);

    const auto changes = finished(m_engine->containerChanges(record.id)).value.value<QList<ContainerChange>>();
    QStringList lines;
    for (const ContainerChange &change : changes)
        lines.append(change.letter() + u' ' + change.path);
    QCOMPARE(lines, (QStringList{u"C /etc"_s, u"D /etc/group"_s, u"C /root"_s, u"A /root/file"_s}));

    CommitRequest commit;
    commit.container = record.name;
    commit.reference = u"alpine:file"_s;
    commit.message = u"a file in root's home"_s;
    const JobResult committed = finished(m_engine->commitContainer(commit));
    QVERIFY2(committed.ok, qPrintable(committed.error.toString()));
    const auto result = committed.value.value<CommitResult>();
    QCOMPARE(result.reference, u"alpine:file"_s);
    Result<Store::ImageRecord> image = m_engine->store().resolve(u"alpine:file"_s);
    QVERIFY(image);
    QCOMPARE(image->id, result.imageId);
    QCOMPARE(image->diffIds.size(), 2);
    QCOMPARE(image->diffIds.last(), result.diffId);
    QCOMPARE(image->layerSizes.last(), result.layerSize);
    // The helper adopted the upper dir as the new layer's snapshot: nothing to unpack for it.
    Result<Runtime::RuntimeClient *> client = m_engine->runtime();
    QVERIFY(client);
    QCOMPARE((*client)->hasSnapshot(result.diffId).value_or(false), true);
    Result<QList<Store::HistoryRow>> history = Store::HistoryReader(m_engine->store()).history(u"alpine:file"_s);
    QVERIFY(history);
    QCOMPARE(history->first().comment, u"a file in root's home"_s);
    QVERIFY(history->first().createdBy.contains(u"echo data"_s));

    const JobResult refused = finished(m_engine->removeImages({u"alpine"_s}, false, true));
    const auto removal = refused.value.value<Store::RemovalResult>();
    QCOMPARE(removal.errors.size(), 1);
    QVERIFY(removal.errors.first().message.contains(u"container %1 is using its referenced image"_s.arg(record.id.left(12))));
}

// How much the container's loop has printed so far (its output.log, appended to, never rewritten).
qint64 TestContainerEngine::progress(const QString &id) const
{
    return QFileInfo(m_dir->filePath(u"runtime/containers/"_s + id + u"/output.log"_s)).size();
}

// Commits while watching the container's status (the helper's freezer state) and its output.
TestContainerEngine::Observed TestContainerEngine::commitWatched(const QString &id, bool pause)
{
    Observed observed;
    Runtime::RuntimeClient *client = *m_engine->runtime();
    CommitRequest commit;
    commit.container = id;
    commit.pause = pause;
    observed.printedBefore = progress(id);
    Job *job = m_engine->commitContainer(commit);
    QSignalSpy done(job, &Job::finished);
    QElapsedTimer timer;
    timer.start();
    while (done.isEmpty() && timer.elapsed() < 60000) {
        if (Result<Runtime::ContainerInfo> info = client->inspect(id))
            observed.statuses.insert(info->status);
        done.wait(2);
    }
    observed.printedAfter = progress(id);
    observed.result = job->result();
    job->deleteLater();
    return observed;
}

void TestContainerEngine::commitWithoutPauseKeepsRunning()
{
    // 48 MiB that do not compress make the capture last; then a loop prints and rewrites /counter.
    ContainerRunRequest request;
    request.image = u"alpine"_s;
    request.command = {u"sh"_s, u"-c"_s,
                       u"head -c 50331648 /dev/urandom > /big; i=0; while true; do i=$((i+1)); echo $i; echo $i > /counter; usleep 2000; done"_s};
    const auto record = finished(m_engine->createContainer(request)).value.value<ContainerRecord>();
    QVERIFY(finished(m_engine->startContainer(record.id)).ok);
    QTRY_VERIFY_WITH_TIMEOUT(progress(record.id) > 0, 20000);

    const Observed live = commitWatched(record.id, false);
    QVERIFY2(live.result.ok, qPrintable(live.result.error.toString()));
    QCOMPARE(live.statuses, QSet<QString>{u"running"_s});  // never frozen
    QVERIFY2(live.printedAfter > live.printedBefore,
             qPrintable(u"the container kept running during the commit: %1 then %2 bytes"_s.arg(live.printedBefore).arg(live.printedAfter)));
    const auto image = live.result.value.value<CommitResult>();
    QVERIFY(image.layerSize > 48 * 1024 * 1024);

    const Observed frozen = commitWatched(record.id, true);  // the default, as Docker
    QVERIFY2(frozen.result.ok, qPrintable(frozen.result.error.toString()));
    QVERIFY2(frozen.statuses.contains(u"paused"_s), "the default commit freezes the container");
    Result<Runtime::ContainerInfo> after = (*m_engine->runtime())->inspect(record.id);
    QVERIFY(after);
    QCOMPARE(after->status, u"running"_s);  // and resumes it
    const qint64 resumed = progress(record.id);
    QTRY_VERIFY_WITH_TIMEOUT(progress(record.id) > resumed, 5000);

    // The live image runs: its counter is a number the loop wrote (a whole line, or empty if caught mid-write).
    ContainerRunRequest check;
    check.image = image.imageId.toString();
    check.command = {u"sh"_s, u"-c"_s, u"test -s /big && cat /counter"_s};
    const auto checker = finished(m_engine->createContainer(check)).value.value<ContainerRecord>();
    QVERIFY(finished(m_engine->startContainer(checker.id)).ok);
    QCOMPARE(finished(m_engine->waitContainer(checker.id)).value.toInt(), 0);
}

void TestContainerEngine::preparerUnpacksLayersOnce()
{
    Test::ImageSpec spec;
    spec.layers = 4;
    spec.filesPerLayer = 20;
    spec.seed = 7;
    spec.tags = {u"layers:4"_s};
    Result<Store::ImageRecord> image = Test::ImageFixture::create(m_engine->store(), spec);
    QVERIFY(image);
    Result<Runtime::RuntimeClient *> client = m_engine->runtime();
    QVERIFY(client);
    Runtime::SnapshotPreparer preparer(**client, m_engine->store());
    QMutex lock;
    QList<Runtime::SnapshotEvent> events;
    auto collect = [&](const Runtime::SnapshotEvent &event) {
        QMutexLocker locker(&lock);
        events.append(event);
    };
    Result<Runtime::PreparedImage> first = preparer.prepare(*image, collect);
    QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
    QCOMPARE(first->snapshots, image->diffIds);
    QCOMPARE(events.size(), 8);  // extracting and done for each layer
    for (qsizetype i = 0; i < image->diffIds.size(); ++i) {
        QCOMPARE((*client)->hasSnapshot(image->diffIds.at(i)).value_or(false), true);
        QCOMPARE(first->layerSizes.at(i), image->layerSizes.at(i));  // the tar sizes the fixture registered
    }
    events.clear();
    QVERIFY(preparer.prepare(*image, collect));
    QCOMPARE(events.size(), 8);
    for (const Runtime::SnapshotEvent &event : events)
        QVERIFY(event.state == Runtime::SnapshotEvent::State::Extracting || event.existed);
}

QTEST_GUILESS_MAIN(TestContainerEngine)
#include "tst_containerengine.moc"
