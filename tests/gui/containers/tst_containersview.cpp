// The Containers view offscreen on a real engine, a real store and the real helper (we are root): a
// container run from the view echoes through the embedded terminal, sees the terminal's size, detaches
// with Ctrl-P Ctrl-Q and keeps running, pauses and resumes, previews and commits its new layer, restarts
// with its file (start -i), and is removed.
#include "containers/commitdialog.h"
#include "containers/containersview.h"
#include "containers/containertablemodel.h"
#include "containers/containerterminaltab.h"
#include "integration/containers/busyboximage.h"
#include "terminal/ptysession.h"
#include "terminal/terminalmodel.h"
#include "terminal/terminalwidget.h"

#include "engine/engine.h"
#include "store/imagestore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

QString screenText(const Gui::TerminalModel *model)
{
    QStringList lines;
    for (int line = 0; line < model->lineCount(); ++line)
        lines.append(model->lineText(line));
    return lines.join(u'\n');
}

void type(QWidget *widget, const QString &text)
{
    QTest::keyClicks(widget, text);
    QTest::keyClick(widget, Qt::Key_Return);
}

QString stateOf(const Gui::ContainersView &view, const QString &id)
{
    const int row = view.model()->rowOf(id);
    return row < 0 ? QString() : view.model()->rows().at(row).status;
}

} // namespace

class TestContainersView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void statusText_data();
    void statusText();
    void runEchoDetachCommitRemove();

private:
    bool refreshAndWait(Gui::ContainersView &view);
};

void TestContainersView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestContainersView::statusText_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("created") << u"created"_s << 0 << 0 << u"Created"_s;
    QTest::newRow("running") << u"running"_s << 0 << 3 << u"Up 3 seconds"_s;
    QTest::newRow("paused") << u"paused"_s << 0 << 120 << u"Up 2 minutes (Paused)"_s;
    QTest::newRow("exited") << u"exited"_s << 3 << 5 << u"Exited (3) 5 seconds ago"_s;
}

void TestContainersView::statusText()
{
    QFETCH(QString, status);
    QFETCH(int, exitCode);
    QFETCH(int, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ContainerRow row;
    row.status = status;
    row.exitCode = exitCode;
    row.startedAt = now.addSecs(-secondsAgo);
    row.finishedAt = now.addSecs(-secondsAgo);
    // Plural forms come from the English catalogue; without it Qt shows "second(s)".
    QCOMPARE(Gui::ContainerTableModel::statusText(row, now).replace(u"(s)"_s, u"s"_s), expected);
}

bool TestContainersView::refreshAndWait(Gui::ContainersView &view)
{
    QSignalSpy refreshed(&view, &Gui::ContainersView::refreshed);
    view.refresh();
    return refreshed.wait(20000);
}

void TestContainersView::runEchoDetachCommitRemove()
{
    if (!Test::BusyboxLayer::isAvailable())
        QSKIP("busybox-static is not installed (/bin/busybox): no image to run");
    if (geteuid() != 0)
        QSKIP("containers run through ponton-helper, which needs root here");
    QTemporaryDir root;
    Store::ImageStore store(root.path());
    QVERIFY(Test::createBusyboxImage(store, {u"alpine:latest"_s}));
    EngineOptions options;
    options.root = root.path();
    options.helperPath = QStringLiteral(PONTON_HELPER_PATH);
    Engine engine(options);
    Gui::ContainersView view(&engine);
    view.resize(900, 700);

    // run -it alpine: a terminal tab opens on the container's PTY.
    QSignalSpy opened(&view, &Gui::ContainersView::terminalOpened);
    QSignalSpy actions(&view, &Gui::ContainersView::actionFinished);
    view.runInteractive(u"alpine"_s);
    QCOMPARE(view.command(), u"ponton run -it alpine"_s);
    QVERIFY2(opened.wait(60000), qPrintable(actions.isEmpty() ? QString() : actions.last().at(2).toString()));
    const QString id = opened.first().first().toString();
    QCOMPARE(id.size(), 64);
    Gui::ContainerTerminalTab *tab = view.terminalFor(id);
    QVERIFY(tab);
    QVERIFY(tab->terminal()->isDetachHintVisible());
    QVERIFY(tab->terminal()->detachHintText().contains(u"Ctrl-P Ctrl-Q"_s));

    // Keys typed into the widget reach the shell; its output comes back painted in the model.
    type(tab->terminal(), u"echo pon$((40+2))ton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->terminal()->model()).contains(u"pon42ton"_s), 20000);

    // The widget's size is the PTY's (TIOCSWINSZ).
    tab->terminal()->model()->resize(30, 100);
    tab->session()->resize(30, 100);
    type(tab->terminal(), u"stty size"_s);
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->terminal()->model()).contains(u"30 100"_s), 20000);

    type(tab->terminal(), u"echo hello > /marker"_s);
    QVERIFY(refreshAndWait(view));
    QCOMPARE(stateOf(view, id), u"running"_s);

    // Ctrl-P Ctrl-Q: the tab closes, the container keeps running.
    QSignalSpy closed(&view, &Gui::ContainersView::terminalClosed);
    QTest::keyClick(tab->terminal(), Qt::Key_P, Qt::ControlModifier);
    QTest::keyClick(tab->terminal(), Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(closed.wait(10000) || !closed.isEmpty());
    QVERIFY(!view.terminalFor(id));
    QVERIFY(refreshAndWait(view));
    QCOMPARE(stateOf(view, id), u"running"_s);

    // Pause and resume through the freezer.
    actions.clear();
    view.pauseContainer(id);
    QVERIFY(actions.wait(20000));
    QVERIFY2(actions.last().at(1).toBool(), qPrintable(actions.last().at(2).toString()));
    QVERIFY(refreshAndWait(view));
    QCOMPARE(stateOf(view, id), u"paused"_s);
    actions.clear();
    view.resumeContainer(id);
    QVERIFY(actions.wait(20000));
    QVERIFY(actions.last().at(1).toBool());
    QVERIFY(refreshAndWait(view));
    QCOMPARE(stateOf(view, id), u"running"_s);

    // The commit dialog previews the new layer; the commit makes the image.
    view.commitContainer(id);
    Gui::CommitDialog *dialog = view.commitDialog();
    QVERIFY(dialog);
    QSignalSpy preview(dialog, &Gui::CommitDialog::previewReady);
    QVERIFY(preview.wait(20000));
    QVERIFY2(dialog->previewLines().contains(u"A /marker"_s), qPrintable(dialog->previewLines().join(u", "_s)));
    QVERIFY2(dialog->previewBytes() >= 6, qPrintable(QString::number(dialog->previewBytes()))); // "hello\n", before the commit
    QVERIFY(dialog->addedCount() >= 1);
    dialog->setMessage(u"add a marker"_s);
    dialog->setTag(u"alpine:marked"_s);
    QCOMPARE(dialog->command(), u"ponton commit -m \"add a marker\" %1 alpine:marked"_s.arg(id.left(12)));
    actions.clear();
    view.commit(dialog->request());
    QVERIFY(actions.wait(60000));
    QVERIFY2(actions.last().at(1).toBool(), qPrintable(actions.last().at(2).toString()));
    QVERIFY(store.resolve(u"alpine:marked"_s));

    // Reattach (start on a running container attaches), then the shell's exit ends the session.
    opened.clear();
    view.startContainer(id);
    QVERIFY(opened.wait(30000));
    tab = view.terminalFor(id);
    QVERIFY(tab);
    QSignalSpy ended(tab, &Gui::ContainerTerminalTab::ended);
    type(tab->terminal(), u"exit"_s);
    QVERIFY(ended.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT((refreshAndWait(view), stateOf(view, id)), u"exited"_s, 20000);

    // start -i of the exited container: the same container, its file still there.
    opened.clear();
    view.startContainer(id);
    QCOMPARE(view.command(), u"ponton start -i %1"_s.arg(id.left(12)));
    QVERIFY(opened.wait(30000));
    tab = view.terminalFor(id);
    QVERIFY(tab);
    type(tab->terminal(), u"cat /marker"_s);
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->terminal()->model()).contains(u"\nhello"_s), 20000);
    QSignalSpy endedAgain(tab, &Gui::ContainerTerminalTab::ended);
    type(tab->terminal(), u"exit"_s);
    QVERIFY(endedAgain.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT((refreshAndWait(view), stateOf(view, id)), u"exited"_s, 20000);

    actions.clear();
    view.removeContainer(id);
    QVERIFY(actions.wait(20000));
    QVERIFY2(actions.last().at(1).toBool(), qPrintable(actions.last().at(2).toString()));
    QVERIFY(refreshAndWait(view));
    QCOMPARE(view.model()->rowOf(id), -1);
}

QTEST_MAIN(TestContainersView)
#include "tst_containersview.moc"
