// Engine::build as the desktop uses it: the step events in their documented order (build/buildevent.h),
// cancel() stopping a running RUN without leaving its container, and instructions the CLI suite does
// not cover (ONBUILD triggers in a child build, RUN heredocs, ADD of a local tar, COPY --chown by name).
#include "buildtestsupport.h"

#include "build/buildevent.h"
#include "engine/engine.h"
#include "runtime/runtimeclient.h"

#include <QEventLoop>
#include <QProcess>
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
    void onbuildCopyFromAStageOfTheChild();
    void independentStagesRunTogether();
    void stagesStopTogether();

private:
    struct Outcome {
        Ponton::JobResult result;
        QList<BuildEvent> events;
        // The text of its Log events (what the RUN steps printed), in order.
        QStringList logLines() const
        {
            QStringList lines;
            for (const BuildEvent &event : events) {
                if (event.kind == BuildEvent::Kind::Log)
                    lines.append(event.text);
            }
            return lines;
        }
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
    QDir().mkpath(path(u"child"_s));
    tar.start(u"tar"_s, {u"-czf"_s, path(u"child/payload.tar.gz"_s), u"-C"_s, path(u"payload"_s), u"."_s});
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
    const QStringList lines = childBuilt.logLines();
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

void TestBuildJob::onbuildCopyFromAStageOfTheChild()
{
    // Builds `dockerfile` in its own folder `name`, tagged `tags`.
    const auto buildIn = [this](const QString &name, const QByteArray &dockerfile, const QStringList &tags = {}) {
        BuildStore::writeFile(path(name + u"/Dockerfile"_s), dockerfile);
        Ponton::BuildRequest request;
        request.context = path(name);
        request.tags = tags;
        return build(request);
    };
    // A parent image whose ONBUILD trigger copies from a stage named "builder" of its child's Dockerfile.
    // The child's last stage names no stage itself: the trigger makes it wait for builder (which the
    // target would otherwise not need, and which would not be built at all).
    const Outcome parent = buildIn(u"copyparent"_s, "FROM busybox\nONBUILD COPY --from=builder /built /built\n", {u"copyparent:1"_s});
    QVERIFY2(parent.result.ok, qPrintable(parent.result.error.toString()));
    const Outcome child = buildIn(u"copychild"_s, "FROM busybox AS builder\nRUN sleep 1 && echo made by builder > /built\n"
                                                  "FROM copyparent:1\nRUN cat /built\n");
    QVERIFY2(child.result.ok, qPrintable(child.result.error.toString()));
    QVERIFY2(child.logLines().contains(u"made by builder"_s), qPrintable(child.logLines().join(u'\n')));

    // The same with the parent as an earlier stage of the same Dockerfile.
    const Outcome stages = buildIn(u"copystages"_s, "FROM busybox AS builder\nRUN sleep 1 && echo made in a stage > /built\n"
                                                    "FROM busybox AS parent\nONBUILD COPY --from=builder /built /built\n"
                                                    "FROM parent\nRUN cat /built\n");
    QVERIFY2(stages.result.ok, qPrintable(stages.result.error.toString()));
    QVERIFY2(stages.logLines().contains(u"made in a stage"_s), qPrintable(stages.logLines().join(u'\n')));
}

void TestBuildJob::independentStagesRunTogether()
{
    // a and b need nothing of each other: they run at the same time. unused is not needed by the target
    // and is not built at all (as BuildKit).
    BuildStore::writeFile(path(u"stages/Dockerfile"_s),
                          "FROM busybox AS a\nRUN sleep 3 && echo from-a > /a\n"
                          "FROM busybox AS b\nRUN sleep 3 && echo from-b > /b\n"
                          "FROM busybox AS unused\nRUN echo never-built\n"
                          "FROM busybox\nCOPY --from=a /a /a\nCOPY --from=b /b /b\nRUN cat /a /b\n");
    Ponton::BuildRequest request;
    request.context = path(u"stages"_s);
    QElapsedTimer timer;
    timer.start();
    const Outcome outcome = build(request);
    const qint64 wall = timer.elapsed();
    QVERIFY2(outcome.result.ok, qPrintable(outcome.result.error.toString()));
    qint64 sequentialRuns = 0;
    int lastStage = 0;
    QStringList lines;
    for (const BuildEvent &event : outcome.events) {
        if (event.kind == BuildEvent::Kind::ContextSent || event.kind == BuildEvent::Kind::Tagged)
            continue;
        QVERIFY2(event.stage >= lastStage, "the events of a stage came after a later stage's");
        QVERIFY(event.stage != 2);
        lastStage = event.stage;
        QCOMPARE(event.stepCount, 8);
        if (event.kind == BuildEvent::Kind::StepFinished && event.instruction.startsWith(u"RUN sleep"_s))
            sequentialRuns += event.durationMs;
        if (event.kind == BuildEvent::Kind::Log)
            lines.append(event.text);
    }
    QCOMPARE(lines, (QStringList{u"from-a"_s, u"from-b"_s}));
    QCOMPARE(outcome.events.last().step, 8);
    QCOMPARE(outcome.events.last().instruction, u"RUN cat /a /b"_s);
    QVERIFY(sequentialRuns >= 6000);
    // The whole build, final stage included, took less than the two RUNs one after the other.
    QVERIFY2(wall < sequentialRuns, qPrintable(u"wall %1 ms, RUN steps %2 ms"_s.arg(wall).arg(sequentialRuns)));
}

void TestBuildJob::stagesStopTogether()
{
    Ponton::Runtime::RuntimeClientOptions options;
    options.helperPath = QStringLiteral(PONTON_HELPER_PATH);
    options.stateDir = m_store->root() + u"/runtime"_s;
    Ponton::Runtime::RuntimeClient client(options);
    // cancel() stops the running steps of both stages (b's output is held until a ends, so cancel once
    // a runs and b had time to start).
    BuildStore::writeFile(path(u"both/Dockerfile"_s),
                          "FROM busybox AS a\nRUN echo a-started && sleep 60\nFROM busybox AS b\nRUN sleep 60\n"
                          "FROM busybox\nCOPY --from=a /etc/hostname /a\nCOPY --from=b /etc/hostname /b\n");
    Ponton::BuildRequest request;
    request.context = path(u"both"_s);
    QElapsedTimer timer;
    timer.start();
    const Outcome canceled = build(request, [](Ponton::Job *job, const BuildEvent &event) {
        if (event.kind == BuildEvent::Kind::Log && event.text == u"a-started")
            QTimer::singleShot(1500, job, &Ponton::Job::cancel);
    });
    QVERIFY(!canceled.result.ok);
    QCOMPARE(canceled.result.error.code, Ponton::ErrorCode::Canceled);
    QVERIFY2(timer.elapsed() < 30000, "a RUN was not stopped");
    auto containers = client.list();
    QVERIFY(containers);
    QCOMPARE(containers->size(), 0);

    // A failing stage stops the other one, and its error is the build's.
    BuildStore::writeFile(path(u"both/Dockerfile"_s),
                          "FROM busybox AS a\nRUN sleep 60\nFROM busybox AS b\nRUN sleep 1 && exit 3\n"
                          "FROM busybox\nCOPY --from=a /etc/hostname /a\nCOPY --from=b /etc/hostname /b\n");
    timer.restart();
    const Outcome failed = build(request);
    QVERIFY(!failed.result.ok);
    QVERIFY2(failed.result.error.message.contains(u"returned a non-zero code: 3"_s), qPrintable(failed.result.error.toString()));
    QVERIFY2(timer.elapsed() < 30000, "the other stage's RUN was not stopped");
    containers = client.list();
    QVERIFY(containers);
    QCOMPARE(containers->size(), 0);
}

QTEST_GUILESS_MAIN(TestBuildJob)
#include "tst_buildjob.moc"
