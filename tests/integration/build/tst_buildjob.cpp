// Engine::build as the desktop uses it: the step events in their documented order (build/buildevent.h),
// cancel() stopping a running RUN without leaving its container, and instructions the CLI suite does
// not cover (ONBUILD triggers in a child build, RUN heredocs, ADD of a local tar, COPY --chown by name).
#include "buildtestsupport.h"

#include "build/buildevent.h"
#include "engine/engine.h"
#include "runtime/runtimeclient.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using Ponton::Build::BuildEvent;
using Ponton::Test::BuildStore;

class TestBuildJob : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void eventsFollowTheContract();
    void cancelStopsTheRunningStep();
    void onbuildHeredocAddTarAndChown();

private:
    struct Outcome {
        Ponton::JobResult result;
        QList<BuildEvent> events;
    };
    Outcome build(const Ponton::BuildRequest &request, const std::function<void(Ponton::Job *, const BuildEvent &)> &onEvent = {});
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BuildStore> m_store;
    std::unique_ptr<Ponton::Engine> m_engine;
};

void TestBuildJob::init()
{
    if (!BuildStore::canRun())
        QSKIP("needs root (the helper runs containers) and /bin/busybox (Debian busybox-static)");
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<BuildStore>(m_dir->filePath(u"store"_s));
    const Ponton::Status added = m_store->addBaseImage();
    QVERIFY(added);
    Ponton::EngineOptions options;
    options.root = m_store->root();
    options.helperPath = QStringLiteral(PONTON_HELPER_PATH);
    m_engine = std::make_unique<Ponton::Engine>(options);
}

void TestBuildJob::cleanup()
{
    m_engine.reset();
}

TestBuildJob::Outcome TestBuildJob::build(const Ponton::BuildRequest &request,
                                          const std::function<void(Ponton::Job *, const BuildEvent &)> &onEvent)
{
    Outcome outcome;
    Ponton::Job *job = m_engine->build(request);
    connect(job, &Ponton::Job::event, this, [&, job](const QVariant &value) {
        const BuildEvent event = value.value<BuildEvent>();
        outcome.events.append(event);
        if (onEvent)
            onEvent(job, event);
    });
    QEventLoop loop;
    connect(job, &Ponton::Job::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::processEvents();
    outcome.result = job->result();
    job->deleteLater();
    return outcome;
}

void TestBuildJob::eventsFollowTheContract()
{
    BuildStore::writeFile(path(u"ctx/hello.txt"_s), "hello\n");
    BuildStore::writeFile(path(u"ctx/Dockerfile"_s), "FROM busybox\nCOPY hello.txt /hello.txt\nRUN cat /hello.txt && echo oops >&2\nCMD [\"sh\"]\n");
    Ponton::BuildRequest request;
    request.context = path(u"ctx"_s);
    request.tags = {u"events:1"_s};
    const Outcome first = build(request);
    QVERIFY2(first.result.ok, qPrintable(first.result.error.toString()));
    using Kind = BuildEvent::Kind;
    QCOMPARE(first.events.first().kind, Kind::ContextSent);
    QVERIFY(first.events.first().contextBytes >= 2048);
    QList<Kind> kinds;
    for (const BuildEvent &event : first.events)
        kinds.append(event.kind);
    const QList<Kind> expected{Kind::ContextSent,
                               Kind::StepStarted, Kind::StepFinished,                                   // FROM
                               Kind::StepStarted, Kind::CacheMiss, Kind::StepFinished,                  // COPY
                               Kind::StepStarted, Kind::CacheMiss, Kind::ContainerStarted, Kind::Log, Kind::Log,
                               Kind::ContainerRemoved, Kind::StepFinished,                              // RUN
                               Kind::StepStarted, Kind::CacheMiss, Kind::StepFinished,                  // CMD
                               Kind::Tagged};
    QCOMPARE(kinds, expected);
    const BuildEvent &copyDone = first.events.at(5);
    QCOMPARE(copyDone.step, 2);
    QCOMPARE(copyDone.stepCount, 4);
    QCOMPARE(copyDone.line, 2);
    QCOMPARE(copyDone.filesAdded, 1);
    QVERIFY(copyDone.layerSize > 0);
    QCOMPARE(first.events.at(4).missReason, Ponton::Build::CacheMissReason::NotBuiltBefore);
    bool sawStderr = false;
    for (const BuildEvent &event : first.events) {
        if (event.kind == Kind::Log && event.text == u"oops")
            sawStderr = event.fromStderr;
    }
    QVERIFY(sawStderr);
    const BuildEvent &runDone = first.events.at(12);
    QVERIFY(runDone.layerSize >= 0);
    QCOMPARE(first.events.at(13).instruction, u"CMD [\"sh\"]"_s);
    const auto result = first.result.value.value<Ponton::BuildResult>();
    QCOMPARE(result.tags, QStringList{u"events:1"_s});
    QCOMPARE(result.intermediateIds.size(), 3);
    QCOMPARE(result.intermediateIds.last(), result.imageId);
    // Each step's image has the previous one as parent.
    auto final = m_store->store().findById(result.imageId);
    QVERIFY(final);
    QCOMPARE(final->parent, result.intermediateIds.at(1));

    const Outcome second = build(request);
    QVERIFY(second.result.ok);
    int hits = 0;
    for (const BuildEvent &event : second.events)
        hits += event.kind == Kind::CacheHit ? 1 : 0;
    QCOMPARE(hits, 3);
    QCOMPARE(second.result.value.value<Ponton::BuildResult>().imageId, result.imageId);
}

void TestBuildJob::cancelStopsTheRunningStep()
{
    BuildStore::writeFile(path(u"slow/Dockerfile"_s), "FROM busybox\nRUN echo started && sleep 60\n");
    Ponton::BuildRequest request;
    request.context = path(u"slow"_s);
    request.tags = {u"slow:1"_s};
    QElapsedTimer timer;
    timer.start();
    const Outcome outcome = build(request, [](Ponton::Job *job, const BuildEvent &event) {
        if (event.kind == BuildEvent::Kind::Log && event.text == u"started")
            job->cancel();
    });
    QVERIFY(!outcome.result.ok);
    QCOMPARE(outcome.result.error.code, Ponton::ErrorCode::Canceled);
    QVERIFY2(timer.elapsed() < 30000, "the RUN was not stopped");
    QVERIFY(!m_store->store().resolve(u"slow:1"_s));
    Ponton::Runtime::RuntimeClientOptions options;
    options.helperPath = QStringLiteral(PONTON_HELPER_PATH);
    options.stateDir = m_store->root() + u"/runtime"_s;
    Ponton::Runtime::RuntimeClient client(options);
    auto containers = client.list();
    QVERIFY(containers);
    QCOMPARE(containers->size(), 0);
}

void TestBuildJob::onbuildHeredocAddTarAndChown()
{
    // A parent image with ONBUILD triggers; a child built FROM it runs them right after its FROM.
    BuildStore::writeFile(path(u"parent/Dockerfile"_s), "FROM busybox\nONBUILD RUN echo trigger fired > /onbuild.txt\n");
    Ponton::BuildRequest parent;
    parent.context = path(u"parent"_s);
    parent.tags = {u"parent:1"_s};
    const Outcome parentBuilt = build(parent);
    QVERIFY2(parentBuilt.result.ok, qPrintable(parentBuilt.result.error.toString()));

    QProcess tar;
    BuildStore::writeFile(path(u"payload/inner/data.txt"_s), "from the tar\n");
    tar.start(u"tar"_s, {u"-czf"_s, path(u"child/payload.tar.gz"_s), u"-C"_s, path(u"payload"_s), u"."_s});
    QDir().mkpath(path(u"child"_s));
    QVERIFY(tar.waitForFinished(30000));
    QCOMPARE(tar.exitCode(), 0);
    BuildStore::writeFile(path(u"child/owned.txt"_s), "owned\n");
    BuildStore::writeFile(path(u"child/Dockerfile"_s),
                          "FROM parent:1\nADD payload.tar.gz /unpacked/\nCOPY --chown=ponton owned.txt /owned.txt\n"
                          "RUN <<EOF\ncat /onbuild.txt\ncat /unpacked/inner/data.txt\nstat -c '%u:%g' /owned.txt\nEOF\n");
    Ponton::BuildRequest child;
    child.context = path(u"child"_s);
    const Outcome childBuilt = build(child);
    QVERIFY2(childBuilt.result.ok, qPrintable(childBuilt.result.error.toString()));
    QStringList lines;
    for (const BuildEvent &event : childBuilt.events) {
        if (event.kind == BuildEvent::Kind::Log)
            lines.append(event.text);
    }
    QVERIFY2(lines.contains(u"trigger fired"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"from the tar"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"1000:1000"_s), qPrintable(lines.join(u'\n')));
    // The triggers do not pass on to the child's own children.
    auto image = m_store->store().findById(childBuilt.result.value.value<Ponton::BuildResult>().imageId);
    QVERIFY(image);
    auto config = m_store->store().config(*image);
    QVERIFY(config);
    QVERIFY(config->config.onBuild.isEmpty());
}

QTEST_GUILESS_MAIN(TestBuildJob)
#include "tst_buildjob.moc"
