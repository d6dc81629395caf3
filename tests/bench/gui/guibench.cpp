// The desktop's two goals, measured on real engine objects: the time the Layers view needs to show a
// 60,000-file image (goal ≤ 500 ms) and the GUI thread's longest stall while the pull dialog pulls that
// image from the real registry on loopback and while the Build view builds an image with the real helper
// (goal ≤ 50 ms). A 1 ms timer on the GUI thread measures the stalls: the longest gap between two of its
// ticks.
#include "build/buildview.h"
#include "build/dockerfileeditor.h"
#include "images/imageactions.h"
#include "images/pulldialog.h"
#include "layers/filetreemodel.h"
#include "layers/layersview.h"
#include "integration/containers/busyboximage.h"
#include "support/imagefixture.h"
#include "support/registryfixture.h"

#include "engine/engine.h"
#include "store/imagestore.h"
#include "store/layeranalyzer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <ctime>

#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

// The longest gap between ticks of a 1 ms timer while `wait` runs the event loop.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longest = qMax(m_longest, m_clock.restart());
        });
    }
    void start() { m_longest = 0; m_clock.start(); m_timer.start(); }
    qint64 stop() { m_timer.stop(); return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

EngineOptions optionsFor(const QString &root)
{
    EngineOptions options;
    options.root = root;
    return options;
}

// The process's CPU time, every thread counted: the analysis reads its layers on several threads.
double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

bool finished(QObject *object, const char *signal, int timeoutMs)
{
    QSignalSpy spy(object, signal);
    return spy.wait(timeoutMs);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Store::ImageStore store(dir.filePath(u"store"_s));
    Test::ImageSpec spec;
    spec.layers = 3;
    spec.filesPerLayer = 20000;
    spec.maxFileSize = 64;
    spec.tags = {u"files60k:1"_s};
    std::printf("making a 60,000-file image...\n");
    const Result<Store::ImageRecord> image = Test::ImageFixture::create(store, spec);
    if (!image) {
        std::fprintf(stderr, "%s\n", qPrintable(image.error().toString()));
        return 1;
    }
    {
        // Wall time and this thread's CPU time: on a loaded machine the two differ a lot.
        QElapsedTimer analysis;
        analysis.start();
        const double cpuBefore = processCpuMs();
        const auto tree = Store::LayerAnalyzer(store).analyze(u"files60k:1"_s);
        if (!tree) {
            std::fprintf(stderr, "%s\n", qPrintable(tree.error().toString()));
            return 1;
        }
        std::printf("analysis alone: %d files and folders in %lld ms wall, %.0f ms CPU (all threads, %d ideal)\n",
                    (*tree)->nodeCount() - 1, qint64(analysis.elapsed()), processCpuMs() - cpuBefore,
                    QThread::idealThreadCount());
    }
    Engine engine(optionsFor(store.root()));
    Gui::LayersView view(&engine);
    view.resize(1200, 800);
    view.show();
    StallMeter meter;
    QElapsedTimer clock;
    meter.start();
    clock.start();
    view.showImage(u"files60k:1"_s);
    if (!finished(&view, SIGNAL(analyzed(int)), 120000))
        return 1;
    QCoreApplication::processEvents(); // the first paint of the tree
    const qint64 shown = clock.elapsed();
    clock.restart();
    view.fileModel()->fetchMore(view.fileModel()->index(0, 0)); // the 20,000 files of layer1/
    QCoreApplication::processEvents();
    const qint64 expanded = clock.elapsed();
    const qint64 layerStall = meter.stop();
    std::printf("layer browser: 60,000 files shown in %lld ms (goal <= 500 ms), a 20,000-file folder expanded in %lld ms, "
                "longest GUI stall %lld ms\n", qint64(shown), qint64(expanded), qint64(layerStall));

    if (!Test::RegistryFixture::isAvailable()) {
        std::printf("pull: skipped, docker-registry is not installed\n");
        return 0;
    }
    Test::RegistryFixture registry;
    if (!registry.start())
        return 1;
    const QString remote = u"%1/bench/files60k:1"_s.arg(registry.hostPort());
    if (!store.tag(image->id, *Reference::parse(remote)))
        return 1;
    Job *push = engine.push(remote, {});
    if (!finished(push, SIGNAL(finished(Ponton::JobResult)), 300000) || !push->result().ok)
        return 1;
    Engine puller(optionsFor(dir.filePath(u"pulled"_s)));
    QWidget window;
    Gui::ImageActions actions(&puller, &window);
    actions.pull(remote);
    meter.start();
    clock.restart();
    actions.pullDialog()->start();
    QSignalSpy pulled(actions.pullDialog(), &Gui::PullDialog::pulled);
    QSignalSpy failed(actions.pullDialog(), &Gui::PullDialog::failed);
    while (pulled.isEmpty() && failed.isEmpty() && clock.elapsed() < 600000)
        pulled.wait(1000);
    const qint64 pullStall = meter.stop();
    std::printf("pull dialog: %s in %lld ms, longest GUI stall %lld ms (goal <= 50 ms)\n",
                pulled.isEmpty() ? "failed" : "pulled", qint64(clock.elapsed()), qint64(pullStall));
    if (pulled.isEmpty())
        return 1;

    // A build with the real helper: a busybox base, a RUN printing 3,000 log lines and one writing
    // 2,000 files, so that the view gets many log lines, step events and a layer to capture.
    if (!Test::BusyboxLayer::isAvailable() || geteuid() != 0) {
        std::printf("build: skipped, it needs busybox-static (/bin/busybox) and root for ponton-helper\n");
        return 0;
    }
    qputenv("PONTON_HELPER", PONTON_HELPER_PATH);
    if (const auto base = Test::createBusyboxImage(store, {u"alpine:latest"_s}); !base) {
        std::fprintf(stderr, "%s\n", qPrintable(base.error().toString()));
        return 1;
    }
    QTemporaryDir context;
    Gui::BuildView build(&engine);
    build.resize(1200, 800);
    build.show();
    build.setContext(context.path());
    build.setTags(u"bench-build:1"_s);
    build.editor()->setPlainText(u"FROM alpine\n"
                                 "RUN i=0; while [ $i -lt 3000 ]; do echo \"log line $i\"; i=$((i+1)); done\n"
                                 "RUN mkdir /data && i=0; while [ $i -lt 2000 ]; do echo $i > /data/f$i; i=$((i+1)); done\n"
                                 "LABEL bench=gui\n"_s);
    QSignalSpy built(&build, &Gui::BuildView::buildFinished);
    meter.start();
    clock.restart();
    build.build();
    while (built.isEmpty() && clock.elapsed() < 600000)
        built.wait(1000);
    const qint64 buildStall = meter.stop();
    const bool buildOk = !built.isEmpty() && built.first().at(0).toBool();
    std::printf("build view: %s in %lld ms, longest GUI stall %lld ms (goal <= 50 ms)%s\n", buildOk ? "built" : "failed",
                qint64(clock.elapsed()), qint64(buildStall),
                buildOk || built.isEmpty() ? "" : qPrintable(u": "_s + built.first().at(1).toString()));
    return buildOk ? 0 : 1;
}
