// The Build view offscreen on a real engine: the timeline and the classic log from build events, a click
// on a step or a log line showing its instruction, the command line, remembered settings, and a real
// build of a busybox-based image (the helper runs it; we are root) with a cache hit on the rebuild.
#include "build/buildlogformatter.h"
#include "build/buildstepmodel.h"
#include "build/buildview.h"
#include "build/dockerfileeditor.h"
#include "support/busyboxlayer.h"
#include "support/imagefixture.h"
#include "integration/containers/busyboximage.h"

#include "build/buildevent.h"
#include "engine/engine.h"
#include "store/imagestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTranslator>

#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;
using Ponton::Build::BuildEvent;

namespace {

EngineOptions optionsFor(const QString &root)
{
    EngineOptions options;
    options.root = root;
    return options;
}

BuildEvent stepEvent(BuildEvent::Kind kind, int step, int line = 0, const QString &instruction = {})
{
    BuildEvent event;
    event.kind = kind;
    event.step = step;
    event.stepCount = 3;
    event.line = line;
    event.instruction = instruction;
    return event;
}

// A catalogue with two of the builder's lines in French, as the translator's ponton_fr.qm will have them.
class FrenchBuildLines : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArrayView(context) != "BuildLogFormatter")
            return {};
        if (QByteArrayView(source) == "Step %1/%2 : %3")
            return u"Étape %1/%2 : %3"_s;
        if (QByteArrayView(source) == " ---> Using cache")
            return u" ---> Depuis le cache"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestBuildView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void classicLines_data();
    void classicLines();
    void classicLinesFollowTheLanguage();
    void timelineFollowsTheEvents();
    void commandAndRememberedSettings();
    void buildShowsStepsAndCacheHit();
    void cancelStopsTheRunningStep();
};

void TestBuildView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);   // remembered settings go to a test location
}

void TestBuildView::classicLines_data()
{
    QTest::addColumn<QVariant>("event");
    QTest::addColumn<QString>("line");
    BuildEvent started = stepEvent(BuildEvent::Kind::StepStarted, 2, 2, u"RUN apk update"_s);
    QTest::newRow("step") << QVariant::fromValue(started) << u"Step 2/3 : RUN apk update"_s;
    QTest::newRow("cache") << QVariant::fromValue(stepEvent(BuildEvent::Kind::CacheHit, 2)) << u" ---> Using cache"_s;
    BuildEvent running = stepEvent(BuildEvent::Kind::ContainerStarted, 2);
    running.containerId = u"17b53395dc3c"_s + QString(52, u'0');
    QTest::newRow("running") << QVariant::fromValue(running) << u" ---> Running in 17b53395dc3c"_s;
    BuildEvent finished = stepEvent(BuildEvent::Kind::StepFinished, 2);
    finished.imageId = u"sha256:8054303790e2"_s + QString(52, u'a');
    QTest::newRow("image") << QVariant::fromValue(finished) << u" ---> 8054303790e2"_s;
    BuildEvent context;
    context.kind = BuildEvent::Kind::ContextSent;
    context.contextBytes = 2048;
    QTest::newRow("context") << QVariant::fromValue(context) << u"Sending build context to Ponton  2.048kB"_s;
    BuildEvent tagged;
    tagged.kind = BuildEvent::Kind::Tagged;
    tagged.text = u"alpinecurl:latest"_s;
    QTest::newRow("tagged") << QVariant::fromValue(tagged) << u"Successfully tagged alpinecurl:latest"_s;
}

void TestBuildView::classicLines()
{
    QFETCH(QVariant, event);
    QFETCH(QString, line);
    QCOMPARE(Gui::BuildLogFormatter::lines(event.value<BuildEvent>()), QStringList{line});
}

// The GUI's log speaks the application's language (the CLI keeps Docker's English); a RUN step's own
// output is shown as it came.
void TestBuildView::classicLinesFollowTheLanguage()
{
    FrenchBuildLines french;
    QVERIFY(QCoreApplication::installTranslator(&french));
    const QStringList step = Gui::BuildLogFormatter::lines(stepEvent(BuildEvent::Kind::StepStarted, 2, 2, u"RUN apk update"_s));
    const QStringList cache = Gui::BuildLogFormatter::lines(stepEvent(BuildEvent::Kind::CacheHit, 2));
    BuildEvent output = stepEvent(BuildEvent::Kind::Log, 2);
    output.text = u"Step 1 of my script"_s;
    const QStringList log = Gui::BuildLogFormatter::lines(output);
    QCoreApplication::removeTranslator(&french);
    QCOMPARE(step, QStringList{u"Étape 2/3 : RUN apk update"_s});
    QCOMPARE(cache, QStringList{u" ---> Depuis le cache"_s});
    QCOMPARE(log, QStringList{u"Step 1 of my script"_s});
    QCOMPARE(Gui::BuildLogFormatter::lines(stepEvent(BuildEvent::Kind::CacheHit, 2)), QStringList{u" ---> Using cache"_s});
}

void TestBuildView::timelineFollowsTheEvents()
{
    Gui::BuildStepModel model;
    model.apply(stepEvent(BuildEvent::Kind::StepStarted, 1, 1, u"FROM alpine"_s));
    BuildEvent from = stepEvent(BuildEvent::Kind::StepFinished, 1);
    from.imageId = u"sha256:"_s + QString(64, u'1');
    model.apply(from);
    model.apply(stepEvent(BuildEvent::Kind::StepStarted, 2, 2, u"RUN apk update"_s));
    model.apply(stepEvent(BuildEvent::Kind::CacheHit, 2));
    model.apply(stepEvent(BuildEvent::Kind::StepStarted, 3, 4, u"RUN apk add curl"_s));
    BuildEvent miss = stepEvent(BuildEvent::Kind::CacheMiss, 3);
    miss.missReason = Build::CacheMissReason::ChangedInstruction;
    model.apply(miss);
    BuildEvent done = stepEvent(BuildEvent::Kind::StepFinished, 3);
    done.durationMs = 1500;
    done.layerSize = 2'500'000;
    done.imageId = u"sha256:"_s + QString(64, u'3');
    model.apply(done);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.cacheHits(), 1);
    QCOMPARE(model.data(model.index(2, Gui::BuildStepModel::Step)).toString(), u"3/3"_s);
    QVERIFY(model.data(model.index(2, Gui::BuildStepModel::Cache)).toString().contains(u"instruction"_s));
    QCOMPARE(model.data(model.index(1, Gui::BuildStepModel::Cache)).toString(), u"cache hit"_s);
    QCOMPARE(model.data(model.index(2, Gui::BuildStepModel::Duration)).toString(), u"1.50 s"_s);
    QVERIFY(!model.data(model.index(2, Gui::BuildStepModel::LayerSize)).toString().isEmpty());
    QCOMPARE(model.data(model.index(2, 0), Gui::BuildStepModel::LineRole).toInt(), 4);
}

void TestBuildView::commandAndRememberedSettings()
{
    QTemporaryDir root;
    QTemporaryDir context;
    Engine engine(optionsFor(root.path()));
    {
        Gui::BuildView view(&engine);
        view.setContext(context.path());
        view.setTags(u"alpinecurl web:1"_s);
        view.setBuildArgs(u"VERSION=1.2"_s);
        QCOMPARE(view.command(),
                 u"ponton build -t alpinecurl -t web:1 --build-arg VERSION=1.2 %1"_s.arg(context.path()));
        view.editor()->setPlainText(u"FROM scratch\n"_s);
        QSignalSpy finished(&view, &Gui::BuildView::buildFinished);
        view.build();   // whatever the engine says, the settings are remembered and the Dockerfile saved
        QVERIFY(finished.wait(30000));
        QFile saved(QDir(context.path()).filePath(u"Dockerfile"_s));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("FROM scratch\n"));
    }
    Gui::BuildView again(&engine);
    QCOMPARE(again.request().context, context.path());
    QCOMPARE(again.request().tags, (QStringList{u"alpinecurl"_s, u"web:1"_s}));
    QCOMPARE(again.request().buildArgs.value(u"VERSION"_s), u"1.2"_s);
}

void TestBuildView::buildShowsStepsAndCacheHit()
{
    if (!Test::BusyboxLayer::isAvailable())
        QSKIP("busybox-static is not installed (/bin/busybox): no base image to build on");
    if (geteuid() != 0)
        QSKIP("building runs containers through ponton-helper, which needs root here");
    QTemporaryDir root;
    QTemporaryDir context;
    Store::ImageStore store(root.path());
    QVERIFY(store.initialize());
    qputenv("PONTON_HELPER", PONTON_HELPER_PATH);
    const auto layer = Test::BusyboxLayer::gzipTar();
    QVERIFY(layer);
    // The base: the busybox layer as "alpine", from the fixture's spec machinery.
    Test::ImageSpec spec;
    spec.tags = {u"alpine:latest"_s};
    QVERIFY(Test::ImageFixture::create(store, spec));
    Engine engine(optionsFor(root.path()));
    Gui::BuildView view(&engine);
    view.setContext(context.path());
    view.setTags(u"built:1"_s);
    view.editor()->setPlainText(u"FROM alpine\nLABEL step=two\nENV A=b\n"_s);
    QSignalSpy finished(&view, &Gui::BuildView::buildFinished);
    view.build();
    QVERIFY(view.isBuilding());   // the GUI thread did not wait
    QVERIFY(finished.wait(120000));
    if (!finished.first().at(0).toBool() && finished.first().at(1).toString().contains(u"not available"_s))
        QSKIP(qPrintable(u"the engine cannot build yet: "_s + finished.first().at(1).toString()));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(view.stepModel()->rowCount(), 3);
    QVERIFY(view.log()->toPlainText().contains(u"Step 2/3 : LABEL step=two"_s));
    QVERIFY(view.log()->toPlainText().contains(u"Successfully tagged built:1"_s));

    // The step's row and a log line lead to the instruction's line in the editor.
    view.showStep(2);
    QCOMPARE(view.editor()->textCursor().blockNumber(), 2);
    const QString log = view.log()->toPlainText();
    const int stepTwo = int(log.left(log.indexOf(u"Step 2/3"_s)).count(u'\n'));
    view.showLogLine(stepTwo);
    QCOMPARE(view.editor()->textCursor().blockNumber(), 1);

    // Rebuild with the remembered settings: the steps after FROM come from the cache.
    finished.clear();
    view.rebuild();
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(view.stepModel()->cacheHits() >= 2);
    QVERIFY(view.log()->toPlainText().contains(u" ---> Using cache"_s));
    QVERIFY(view.stepModel()->data(view.stepModel()->index(2, 0), Gui::BuildStepModel::CacheHitRole).toBool());

    // A step's image opens in a terminal: the view asks for that image.
    QSignalSpy terminal(&view, &Gui::BuildView::terminalRequested);
    view.timeline()->selectRow(1);
    view.openTerminalInSelectedStep();
    QCOMPARE(terminal.size(), 1);
    QCOMPARE(terminal.first().first().toString(),
             view.stepModel()->data(view.stepModel()->index(1, 0), Gui::BuildStepModel::ImageIdRole).toString());
    QVERIFY(terminal.first().first().toString().startsWith(u"sha256:"_s));

    // A build with an empty editor (started before any Dockerfile was loaded) builds the folder's own
    // Dockerfile as it is, and leaves the file untouched.
    QTemporaryDir other;
    Gui::BuildView fresh(&engine);
    fresh.setContext(other.path());
    const QByteArray onDisk = "FROM alpine\nLABEL kept=yes\n";
    QFile dockerfile(QDir(other.path()).filePath(u"Dockerfile"_s));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly) && dockerfile.write(onDisk) == onDisk.size());
    dockerfile.close();
    QVERIFY(fresh.editor()->document()->isEmpty());
    QSignalSpy freshFinished(&fresh, &Gui::BuildView::buildFinished);
    fresh.build();
    QVERIFY(freshFinished.wait(120000));
    QVERIFY2(freshFinished.first().at(0).toBool(), qPrintable(freshFinished.first().at(1).toString()));
    QCOMPARE(fresh.stepModel()->rowCount(), 2);
    QVERIFY(dockerfile.open(QIODevice::ReadOnly));
    QCOMPARE(dockerfile.readAll(), onDisk);
}

void TestBuildView::cancelStopsTheRunningStep()
{
    if (!Test::BusyboxLayer::isAvailable())
        QSKIP("busybox-static is not installed (/bin/busybox): no image to run RUN in");
    if (geteuid() != 0)
        QSKIP("RUN steps run through ponton-helper, which needs root here");
    QTemporaryDir root;
    QTemporaryDir context;
    Store::ImageStore store(root.path());
    QVERIFY(Test::createBusyboxImage(store, {u"alpine:latest"_s}));
    EngineOptions options = optionsFor(root.path());
    options.helperPath = QStringLiteral(PONTON_HELPER_PATH);
    Engine engine(options);
    Gui::BuildView view(&engine);
    view.setContext(context.path());
    view.setTags(u"never:1"_s);
    view.editor()->setPlainText(u"FROM alpine\nRUN echo started && sleep 60\n"_s);
    QSignalSpy finished(&view, &Gui::BuildView::buildFinished);
    QElapsedTimer clock;
    clock.start();
    view.build();
    QTRY_VERIFY_WITH_TIMEOUT(view.log()->toPlainText().contains(u"started"_s), 60000);
    view.cancel();
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(clock.elapsed() < 55000);   // the sleep did not run to its end
    QVERIFY(!view.isBuilding());
    QVERIFY(!store.resolve(u"never:1"_s));   // nothing tagged after a canceled build
}

QTEST_MAIN(TestBuildView)
#include "tst_buildview.moc"
