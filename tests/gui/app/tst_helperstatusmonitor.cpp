// The status bar's helper label follows the real ponton-helper: an engine on a real store starts it
// (we are root) and the label says it runs, with its version and process; an engine whose helper binary
// does not exist shows the failure and its reason. Both through engine jobs, the GUI thread never waits.
#include "app/helperstatuslabel.h"
#include "app/helperstatusmonitor.h"

#include "engine/engine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Ponton;
using namespace Ponton::Gui;
using namespace Qt::StringLiterals;

class TestHelperStatusMonitor : public QObject
{
    Q_OBJECT
private slots:
    void showsTheRunningHelper();
    void showsWhyTheHelperFailed();
};

void TestHelperStatusMonitor::showsTheRunningHelper()
{
    if (geteuid() != 0)
        QSKIP("the engine starts ponton-helper by itself only as root");
    QTemporaryDir root;
    EngineOptions options;
    options.root = root.path();
    options.helperPath = QStringLiteral(PONTON_HELPER_PATH);
    Engine engine(options);
    HelperStatusLabel label;
    QCOMPARE(label.state(), HelperStatusLabel::State::Unknown);
    HelperStatusMonitor monitor(&engine, &label);
    QSignalSpy refreshed(&monitor, &HelperStatusMonitor::refreshed);
    monitor.refresh();
    QCOMPARE(label.state(), HelperStatusLabel::State::Starting); // the answer comes from a job
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(label.state(), HelperStatusLabel::State::Running);
    QVERIFY2(label.toolTip().contains(u"ponton-helper " PONTON_VERSION ""_s), qPrintable(label.toolTip()));
    QVERIFY(!label.text().contains(u"not connected"_s));

    // And again on its timer, without being asked.
    monitor.setInterval(200);
    refreshed.clear();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(label.state(), HelperStatusLabel::State::Running);
    if (auto client = engine.runtime(); client)
        (void)(*client)->shutdownHelper();
}

void TestHelperStatusMonitor::showsWhyTheHelperFailed()
{
    QTemporaryDir root;
    EngineOptions options;
    options.root = root.path();
    options.helperPath = root.filePath(u"no-such-helper"_s);
    qputenv("PONTON_HELPER_SOCKET", root.filePath(u"nobody.sock"_s).toLocal8Bit());
    Engine engine(options);
    HelperStatusLabel label;
    HelperStatusMonitor monitor(&engine, &label);
    QSignalSpy refreshed(&monitor, &HelperStatusMonitor::refreshed);
    monitor.refresh();
    QVERIFY(refreshed.wait(30000));
    qunsetenv("PONTON_HELPER_SOCKET");
    QCOMPARE(label.state(), HelperStatusLabel::State::Failed);
    QVERIFY2(label.toolTip().contains(u"no-such-helper"_s) || label.toolTip().contains(u"nobody.sock"_s),
             qPrintable(label.toolTip()));
}

QTEST_MAIN(TestHelperStatusMonitor)
#include "tst_helperstatusmonitor.moc"
