// The container verbs through the real `ponton` binary, the real helper (namespaces, overlayfs) and a real
// store holding the busybox image as "alpine"; the tutorial's path driven through a real PTY.
#include "busyboximage.h"
#include "support/clirunner.h"
#include "support/ptyprocess.h"

#include "store/imagestore.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

using Run = Test::CliRun;
using Test::PtyProcess;

} // namespace

class TestCliContainers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tutorialPath();
    void exitCodes_data();
    void exitCodes();
    void detachedLifecycle();
    void removeRefusesRunning();
    void diffLines();
    void commitKeepsRunning();
    void commitChanges();
    void autoRemove();
    void autoRemoveBeforeAnyListing();
    void foregroundAutoRemoveKeepsExitCode();
    void foregroundAutoRemoveOfGoneClient();
    void logs();
    void publishedPortsAreTheHosts();
    void detachAndAttach();
    void detachedTerminalIsLogged();
    void imageSizeIsUnpacked();
    void loadUnpacksLayers();
    void loadShowsLayerReading();

private:
    // `ponton --root STORE` with C messages and the helper built beside it.
    Test::CliRunner cli() const;
    Run ponton(const QStringList &arguments) const { return cli().run(arguments); }
    QStringList environment() const { return cli().environment().toStringList(); }
    QString lastContainer() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::ImageStore> m_store;
    Store::ImageRecord m_alpine;
};

void TestCliContainers::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("containers need root (namespaces, overlayfs, the helper)");
    if (!Test::BusyboxLayer::isAvailable())
        QSKIP("busybox-static is not installed (/bin/busybox): no base image");
}

void TestCliContainers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store::ImageStore>(m_dir->path());
    Result<Store::ImageRecord> alpine = Test::createBusyboxImage(*m_store, {u"alpine:latest"_s});
    QVERIFY2(alpine, alpine ? "" : qPrintable(alpine.error().toString()));
    m_alpine = *alpine;
}

void TestCliContainers::cleanup()
{
    const Run all = ponton({u"ps"_s, u"-aq"_s, u"--no-trunc"_s});
    const QStringList ids = all.out.split(u'\n', Qt::SkipEmptyParts);
    if (!ids.isEmpty())
        ponton(QStringList{u"rm"_s, u"-f"_s} + ids);
}

Test::CliRunner TestCliContainers::cli() const
{
    Test::CliRunner runner(QStringLiteral(PONTON_CLI_PATH), m_dir->path());
    runner.setTimeout(60000);
    runner.removeEnvironmentValue(u"PONTON_ROOT"_s);
    runner.removeEnvironmentValue(u"LANG"_s);
    runner.setEnvironmentValue(u"LC_ALL"_s, u"C"_s);
    runner.setEnvironmentValue(u"PONTON_HELPER"_s, QStringLiteral(PONTON_HELPER_PATH));
    return runner;
}

QString TestCliContainers::lastContainer() const
{
    return ponton({u"ps"_s, u"-alq"_s}).out.split(u'\n', Qt::SkipEmptyParts).value(0);
}

void TestCliContainers::tutorialPath()
{
    const QStringList root{u"--root"_s, m_dir->path()};
    QString first;
    {
        PtyProcess shell(QStringLiteral(PONTON_CLI_PATH), root + QStringList{u"run"_s, u"-it"_s, u"alpine"_s, u"sh"_s}, environment());
        QVERIFY(shell.started());
        shell.send("echo ready-$((6*7))\n");
        QVERIFY2(shell.expect("ready-42"), shell.output().constData());
        shell.send("echo tutorial > /root/marker; stty size; exit\n");
        QVERIFY2(shell.expect("24 80"), shell.output().constData());  // the CLI copied its window size
        QCOMPARE(shell.finish(), 0);
    }
    const Run ps = ponton({u"ps"_s, u"-aq"_s, u"--no-trunc"_s});
    QCOMPARE(ps.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
    first = ps.out.trimmed();

    const Run fresh = ponton({u"run"_s, u"--rm"_s, u"alpine"_s, u"cat"_s, u"/root/marker"_s});
    QCOMPARE(fresh.exitCode, 1);  // a new container does not have the first one's file
    QVERIFY(fresh.out.isEmpty());

    {
        PtyProcess again(QStringLiteral(PONTON_CLI_PATH), root + QStringList{u"start"_s, u"-i"_s, first.left(12)}, environment());
        QVERIFY(again.started());
        again.send("cat /root/marker\n");
        QVERIFY2(again.expect("tutorial"), again.output().constData());
        again.send("exit 4\n");
        QCOMPARE(again.finish(), 4);
    }

    const Run commit = ponton({u"commit"_s, u"-m"_s, u"a marker file"_s, first.left(12), u"alpine:marked"_s});
    QCOMPARE(commit.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^sha256:[0-9a-f]{64}\n$"_s).match(commit.out).hasMatch(), qPrintable(commit.out + commit.err));
    const Run marked = ponton({u"run"_s, u"--rm"_s, u"alpine:marked"_s, u"cat"_s, u"/root/marker"_s});
    QCOMPARE(marked.exitCode, 0);
    QCOMPARE(marked.out, u"tutorial\n"_s);
    const Run history = ponton({u"history"_s, u"alpine:marked"_s});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.out.contains(u"a marker file"_s), qPrintable(history.out));
    const QString imageId = commit.out.trimmed();
    QVERIFY(history.out.contains(imageId.mid(7, 12)));

    const Run rmi = ponton({u"rmi"_s, u"alpine"_s});
    QCOMPARE(rmi.exitCode, 1);
    QVERIFY2(rmi.err.contains(u"conflict: unable to remove repository reference \"alpine\" (must force) - container %1 is using its referenced image %2"_s
                                  .arg(first.left(12), m_alpine.id.shortId())),
             qPrintable(rmi.err));
    QCOMPARE(ponton({u"rm"_s, first}).exitCode, 0);
    QCOMPARE(ponton({u"rmi"_s, u"alpine"_s}).exitCode, 0);
}

void TestCliContainers::exitCodes_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("exit-3") << QStringList{u"sh"_s, u"-c"_s, u"exit 3"_s} << 3;
    QTest::newRow("true") << QStringList{u"true"_s} << 0;
    QTest::newRow("missing-command") << QStringList{u"no-such-command"_s} << 127;
    QTest::newRow("not-executable") << QStringList{u"/etc/passwd"_s} << 126;
    // The container's PID 1 cannot be killed from inside; a child killed by SIGKILL makes its shell exit 137.
    QTest::newRow("child-killed") << QStringList{u"sh"_s, u"-c"_s, u"sh -c 'kill -9 $$'; exit $?"_s} << 137;
}

void TestCliContainers::exitCodes()
{
    QFETCH(QStringList, command);
    QFETCH(int, exitCode);
    const Run run = ponton(QStringList{u"run"_s, u"--rm"_s, u"alpine"_s} + command);
    QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    if (exitCode >= 126 && exitCode <= 127)
        QVERIFY2(!run.err.isEmpty(), "a command that cannot run is explained on stderr");
    QCOMPARE(ponton({u"ps"_s, u"-aq"_s}).out, QString());  // --rm removed it in every case
}

void TestCliContainers::detachedLifecycle()
{
    const Run run = ponton({u"run"_s, u"-d"_s, u"--name"_s, u"web"_s, u"alpine"_s, u"sleep"_s, u"60"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}\n$"_s).match(run.out).hasMatch(), qPrintable(run.out + run.err));
    const QString id = run.out.trimmed();

    const Run ps = ponton({u"ps"_s});
    const QStringList lines = ps.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"CONTAINER ID   IMAGE     COMMAND      CREATED"_s));
    QVERIFY2(QRegularExpression(u"^%1   alpine    \"sleep 60\"   .* ago +Up .+ +web$"_s.arg(id.left(12))).match(lines.at(1)).hasMatch(),
             qPrintable(lines.at(1)));

    QCOMPARE(ponton({u"pause"_s, u"web"_s}).out, u"web\n"_s);
    QVERIFY(ponton({u"ps"_s}).out.contains(u"(Paused)"_s));
    const Run again = ponton({u"pause"_s, u"web"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"is already paused"_s), qPrintable(again.err));
    QCOMPARE(ponton({u"unpause"_s, u"web"_s}).exitCode, 0);
    QVERIFY(!ponton({u"ps"_s}).out.contains(u"(Paused)"_s));

    // sleep is the container's PID 1, which ignores SIGTERM: stop kills it after the timeout.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(ponton({u"stop"_s, u"-t"_s, u"1"_s, id.left(5)}).out, id.left(5) + u'\n');
    QVERIFY(timer.elapsed() >= 900);
    QCOMPARE(ponton({u"ps"_s, u"-q"_s}).out, QString());
    QVERIFY2(ponton({u"ps"_s, u"-a"_s}).out.contains(u"Exited (137)"_s), "killed after the timeout");
    const Run killStopped = ponton({u"kill"_s, u"web"_s});
    QCOMPARE(killStopped.exitCode, 1);
    QVERIFY(killStopped.err.contains(u"is not running"_s));

    // start restarts the same container (same ID, same name); kill -s sends the signal asked for.
    QCOMPARE(ponton({u"start"_s, u"web"_s}).out, u"web\n"_s);
    QVERIFY(ponton({u"ps"_s, u"-q"_s, u"--no-trunc"_s}).out.contains(id));
    const Run running = ponton({u"start"_s, u"web"_s});  // already running: nothing to do, as Docker
    QCOMPARE(running.exitCode, 0);
    QCOMPARE(running.out, u"web\n"_s);
    QCOMPARE(ponton({u"kill"_s, u"-s"_s, u"KILL"_s, u"web"_s}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(ponton({u"ps"_s, u"-q"_s}).out, QString(), 5000);  // the signal is sent, the exit follows
    const Run name = ponton({u"run"_s, u"--name"_s, u"web"_s, u"alpine"_s, u"true"_s});
    QCOMPARE(name.exitCode, 125);
    QVERIFY2(name.err.contains(u"The container name \"/web\" is already in use by container \"%1\""_s.arg(id)), qPrintable(name.err));
}

void TestCliContainers::removeRefusesRunning()
{
    const QString id = ponton({u"run"_s, u"-d"_s, u"alpine"_s, u"sleep"_s, u"60"_s}).out.trimmed();
    QCOMPARE(id.size(), 64);
    const QString name = ponton({u"ps"_s}).out.split(u'\n').value(1).section(u' ', -1);
    QVERIFY2(QRegularExpression(u"^[a-z]+_[a-z]+[0-9]?$"_s).match(name).hasMatch(), qPrintable(name));  // a generated name
    const Run refused = ponton({u"rm"_s, id.left(12)});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"cannot remove container \"/%1\": container is running"_s.arg(name)), qPrintable(refused.err));
    const Run forced = ponton({u"rm"_s, u"-f"_s, name});
    QCOMPARE(forced.exitCode, 0);
    QCOMPARE(forced.out, name + u'\n');
    QCOMPARE(ponton({u"ps"_s, u"-aq"_s}).out, QString());
    QVERIFY(!QDir(m_dir->filePath(u"runtime/containers/"_s + id)).exists());
    const Run missing = ponton({u"rm"_s, u"nothing-here"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"No such container: nothing-here"_s));
}

void TestCliContainers::diffLines()
{
    const Run run = ponton({u"run"_s, u"alpine"_s, u"sh"_s, u"-c"_s,
                            u"mkdir /made && touch /made/file && rm /etc/group && echo x >> /etc/passwd"_s});
    QCOMPARE(run.exitCode, 0);
    const Run diff = ponton({u"diff"_s, lastContainer()});
    QCOMPARE(diff.exitCode, 0);
    const QStringList lines = diff.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines, (QStringList{u"C /etc"_s, u"D /etc/group"_s, u"C /etc/passwd"_s, u"A /made"_s, u"A /made/file"_s}));
}

void TestCliContainers::commitKeepsRunning()
{
    const QString id = ponton({u"run"_s, u"-d"_s, u"alpine"_s, u"sh"_s, u"-c"_s, u"echo live > /state; exec sleep 60"_s}).out.trimmed();
    QCOMPARE(id.size(), 64);
    QTRY_VERIFY_WITH_TIMEOUT(ponton({u"diff"_s, id}).out.contains(u"A /state"_s), 10000);
    const Run commit = ponton({u"commit"_s, id, u"snap:live"_s});
    QCOMPARE(commit.exitCode, 0);
    QVERIFY(commit.out.startsWith(u"sha256:"_s));
    const Run ps = ponton({u"ps"_s});
    QVERIFY2(ps.out.contains(id.left(12)) && ps.out.contains(u"Up "_s) && !ps.out.contains(u"Paused"_s), qPrintable(ps.out));
    const Run read = ponton({u"run"_s, u"--rm"_s, u"snap:live"_s, u"cat"_s, u"/state"_s});
    QCOMPARE(read.out, u"live\n"_s);
    // The container keeps writing after the commit; the image keeps what it had.
    QCOMPARE(ponton({u"commit"_s, u"--pause=false"_s, id}).exitCode, 0);
}

void TestCliContainers::commitChanges()
{
    QCOMPARE(ponton({u"run"_s, u"alpine"_s, u"sh"_s, u"-c"_s, u"echo changed > /etc/motd"_s}).exitCode, 0);
    const Run commit = ponton({u"commit"_s, u"-a"_s, u"Ada <ada@example.org>"_s, u"-c"_s, u"ENV GREETING=hello"_s,
                               u"-c"_s, u"CMD [\"sh\", \"-c\", \"echo $GREETING; cat /etc/motd\"]"_s, u"-c"_s, u"WORKDIR /tmp"_s,
                               lastContainer(), u"alpine:changed"_s});
    QCOMPARE(commit.exitCode, 0);
    const Run run = ponton({u"run"_s, u"--rm"_s, u"alpine:changed"_s});
    QCOMPARE(run.out, u"hello\nchanged\n"_s);
    QCOMPARE(ponton({u"run"_s, u"--rm"_s, u"alpine:changed"_s, u"pwd"_s}).out, u"/tmp\n"_s);
    const Run inspect = ponton({u"inspect"_s, u"alpine:changed"_s});
    QVERIFY2(inspect.out.contains(u"Ada <ada@example.org>"_s), qPrintable(inspect.out));
    const Run bad = ponton({u"commit"_s, u"-c"_s, u"RUN true"_s, lastContainer()});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(u"RUN"_s));
}

void TestCliContainers::autoRemove()
{
    const Run run = ponton({u"run"_s, u"--rm"_s, u"-e"_s, u"WHO=ponton"_s, u"-w"_s, u"/etc"_s, u"alpine"_s, u"sh"_s, u"-c"_s, u"echo $WHO $(pwd)"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"ponton /etc\n"_s);
    QCOMPARE(ponton({u"ps"_s, u"-aq"_s}).out, QString());
    // -d --rm: gone once it has exited (the next listing removes it; no daemon watches it).
    const QString detached = ponton({u"run"_s, u"-d"_s, u"--rm"_s, u"alpine"_s, u"sleep"_s, u"1"_s}).out.trimmed();
    QCOMPARE(detached.size(), 64);
    QVERIFY(ponton({u"ps"_s, u"-q"_s, u"--no-trunc"_s}).out.contains(detached));
    QTRY_COMPARE_WITH_TIMEOUT(ponton({u"ps"_s, u"-aq"_s}).out, QString(), 10000);
    QVERIFY(!QDir(m_dir->filePath(u"runtime/containers/"_s + detached)).exists());
    const Run missing = ponton({u"run"_s, u"--rm"_s, u"nosuchimage:1"_s});
    QCOMPARE(missing.exitCode, 125);
    QVERIFY2(missing.err.contains(u"Unable to find image 'nosuchimage:1' locally"_s), qPrintable(missing.err));
}

void TestCliContainers::autoRemoveBeforeAnyListing()
{
    // Whichever engine call comes first after the exit removes a -d --rm container: here the next run,
    // which may take its name at once.
    const QString first = ponton({u"run"_s, u"-d"_s, u"--rm"_s, u"--name"_s, u"once"_s, u"alpine"_s, u"true"_s}).out.trimmed();
    QCOMPARE(first.size(), 64);
    const auto exited = [this, &first] {
        QFile state(m_dir->filePath(u"runtime/containers/"_s + first + u"/state.json"_s));
        return state.open(QIODevice::ReadOnly) && state.readAll().contains("\"exited\"");
    };
    QTRY_VERIFY_WITH_TIMEOUT(exited(), 10000);  // the helper's own record: no engine call has seen it
    const Run again = ponton({u"run"_s, u"--name"_s, u"once"_s, u"alpine"_s, u"echo"_s, u"second"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(again.out, u"second\n"_s);
    QVERIFY(!QDir(m_dir->filePath(u"runtime/containers/"_s + first)).exists());
    QVERIFY(!QFile::exists(m_dir->filePath(u"containers/"_s + first + u".json"_s)));
    const QString listed = ponton({u"ps"_s, u"-a"_s, u"--no-trunc"_s}).out;
    QVERIFY2(!listed.contains(first) && listed.contains(u"once"_s), qPrintable(listed));
}

void TestCliContainers::foregroundAutoRemoveKeepsExitCode()
{
    // Another engine call (here `ps -a` in a loop, as the desktop's refresh) sees the container exited
    // before the foreground client waits: it must leave it to that client, which reads the exit code.
    QProcess lister;
    lister.setEnvironment(environment());
    lister.start(u"sh"_s, {u"-c"_s, u"while :; do \"$0\" --root \"$1\" ps -a >/dev/null 2>&1; done"_s,
                           QStringLiteral(PONTON_CLI_PATH), m_dir->path()});
    QVERIFY(lister.waitForStarted());
    for (int i = 0; i < 10; ++i) {
        const Run run = ponton({u"run"_s, u"--rm"_s, u"alpine"_s, u"sh"_s, u"-c"_s, u"exit 7"_s});
        QVERIFY2(run.exitCode == 7, qPrintable(u"run %1: exit code %2: %3"_s.arg(i).arg(run.exitCode).arg(run.err)));
    }
    lister.kill();
    lister.waitForFinished();
    QCOMPARE(ponton({u"ps"_s, u"-aq"_s}).out, QString());
}

void TestCliContainers::foregroundAutoRemoveOfGoneClient()
{
    // A foreground `run --rm` whose client is killed: once the container has exited, nobody waits for
    // it and the next listing removes it.
    QProcess client;
    client.setEnvironment(environment());
    client.start(QStringLiteral(PONTON_CLI_PATH), {u"--root"_s, m_dir->path(), u"run"_s, u"--rm"_s, u"alpine"_s, u"sleep"_s, u"1"_s});
    QVERIFY(client.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!ponton({u"ps"_s, u"-q"_s}).out.isEmpty(), 10000);
    const QString id = ponton({u"ps"_s, u"-q"_s, u"--no-trunc"_s}).out.trimmed();
    client.kill();
    client.waitForFinished();
    QTRY_COMPARE_WITH_TIMEOUT(ponton({u"ps"_s, u"-aq"_s}).out, QString(), 10000);
    QVERIFY(!QFile::exists(m_dir->filePath(u"containers/"_s + id + u".json"_s)));
}

// -p in Docker's host network mode: the specification is checked, Docker's warning says it is
// discarded, and a server listening on a port in the container answers on that port of the host.
void TestCliContainers::publishedPortsAreTheHosts()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QString address = u"127.0.0.1:"_s + QString::number(port);
    const Run started = ponton({u"run"_s, u"-d"_s, u"-p"_s, u"18080:"_s + QString::number(port), u"alpine"_s,
                                u"busybox"_s, u"httpd"_s, u"-f"_s, u"-p"_s, address, u"-h"_s, u"/tmp"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(started.failure()));
    QVERIFY2(started.err.contains(u"WARNING: Published ports are discarded when using host network mode"_s), qPrintable(started.err));
    QVERIFY2(started.err.contains(QString::number(port) + u"/tcp"_s), qPrintable(started.err));
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (!answer.startsWith("HTTP/") && timer.elapsed() < 10000) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(1000)) {
            socket.write("GET / HTTP/1.0\r\n\r\n");
            while (socket.waitForReadyRead(2000))
                answer += socket.readAll();
        } else {
            QTest::qWait(50);
        }
    }
    QVERIFY2(answer.startsWith("HTTP/"), answer.constData());  // busybox httpd, in the container, on the host's port
    QCOMPARE(ponton({u"rm"_s, u"-f"_s, started.out.trimmed()}).exitCode, 0);

    const Run none = ponton({u"run"_s, u"--rm"_s, u"--network"_s, u"none"_s, u"-p"_s, u"80"_s, u"alpine"_s, u"true"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.err.contains(u"network mode none"_s), qPrintable(none.err));
    const Run all = ponton({u"run"_s, u"--rm"_s, u"-P"_s, u"alpine"_s, u"true"_s});
    QCOMPARE(all.exitCode, 0);
    QVERIFY2(all.err.contains(u"host network mode"_s), qPrintable(all.err));
    const Run plain = ponton({u"run"_s, u"--rm"_s, u"alpine"_s, u"true"_s});
    QVERIFY2(!plain.err.contains(u"WARNING"_s), qPrintable(plain.err));

    // What Docker refuses is refused, naming the specification, before any container is made.
    const QStringList before = ponton({u"ps"_s, u"-aq"_s}).out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &bad : {u"80:abc"_s, u"0"_s, u"70000"_s, u"80/icmp"_s, u"1:2:3:4"_s, u"8000-8002:80-81"_s, u"8000:80-81"_s}) {
        const Run refused = ponton({u"run"_s, u"--rm"_s, u"-p"_s, bad, u"alpine"_s, u"true"_s});
        QCOMPARE(refused.exitCode, 125);
        QVERIFY2(refused.err.contains(u"invalid publish specification '"_s + bad + u"'"_s), qPrintable(refused.err));
    }
    QCOMPARE(ponton({u"ps"_s, u"-aq"_s}).out.split(u'\n', Qt::SkipEmptyParts), before);
    const Run ranges = ponton({u"run"_s, u"--rm"_s, u"-p"_s, u"127.0.0.1:8000-8001:9000-9001/udp"_s, u"-p"_s, u"7000-7009:70"_s,
                               u"alpine"_s, u"true"_s});
    QCOMPARE(ranges.exitCode, 0);
    QVERIFY2(ranges.err.contains(u"9000-9001/udp, 70/tcp"_s), qPrintable(ranges.err));
}

void TestCliContainers::logs()
{
    const QString id = ponton({u"run"_s, u"-d"_s, u"alpine"_s, u"sh"_s, u"-c"_s, u"echo one; echo two >&2; sleep 1; echo three"_s}).out.trimmed();
    QCOMPARE(id.size(), 64);
    const Run follow = ponton({u"logs"_s, u"-f"_s, id});
    QCOMPARE(follow.exitCode, 0);
    QCOMPARE(follow.out, u"one\ntwo\nthree\n"_s);  // -f returns once the container has exited
    QCOMPARE(ponton({u"logs"_s, id.left(12)}).out, follow.out);
    QVERIFY(ponton({u"logs"_s, u"nothing-here"_s}).err.contains(u"No such container: nothing-here"_s));
}

void TestCliContainers::detachAndAttach()
{
    const QStringList root{u"--root"_s, m_dir->path()};
    {
        PtyProcess shell(QStringLiteral(PONTON_CLI_PATH), root + QStringList{u"run"_s, u"-it"_s, u"--name"_s, u"box"_s, u"alpine"_s}, environment());
        shell.send("echo $((40+2))-up\n");
        QVERIFY2(shell.expect("42-up"), shell.output().constData());
        shell.send("\x10\x11");  // Ctrl-P Ctrl-Q
        QVERIFY2(shell.expect("read escape sequence"), shell.output().constData());
        QCOMPARE(shell.finish(), 0);
    }
    QVERIFY2(ponton({u"ps"_s}).out.contains(u" box"_s), "detaching leaves the container running");
    // The monitor records the terminal session, as Docker logs a TTY container: what was typed (the
    // terminal's echo) and the output.
    QTRY_VERIFY_WITH_TIMEOUT(ponton({u"logs"_s, u"box"_s}).out.contains(u"42-up"_s), 5000);
    QVERIFY(ponton({u"logs"_s, u"box"_s}).out.contains(u"echo $((40+2))-up"_s));
    {
        PtyProcess attached(QStringLiteral(PONTON_CLI_PATH), root + QStringList{u"attach"_s, u"box"_s}, environment());
        attached.send("stty size; echo $((50+5))-again; exit 5\n");
        QVERIFY2(attached.expect("24 80"), attached.output().constData());
        QVERIFY2(attached.expect("55-again"), attached.output().constData());
        QCOMPARE(attached.finish(), 5);
    }
    QVERIFY(ponton({u"ps"_s, u"-a"_s}).out.contains(u"Exited (5)"_s));
    const QString logs = ponton({u"logs"_s, u"box"_s}).out;
    QVERIFY2(logs.indexOf(u"42-up"_s) < logs.indexOf(u"55-again"_s), qPrintable(logs));
    const Run stopped = ponton({u"attach"_s, u"box"_s});
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY(stopped.err.contains(u"You cannot attach to a stopped container, start it first"_s));
}

void TestCliContainers::detachedTerminalIsLogged()
{
    // -dt: nobody reads the terminal, the monitor still records it (and the container never blocks on it).
    const QString id = ponton({u"run"_s, u"-dt"_s, u"alpine"_s, u"sh"_s, u"-c"_s, u"seq 1 20000; echo tty-done"_s}).out.trimmed();
    QCOMPARE(id.size(), 64);
    const QString all = ponton({u"logs"_s, u"-f"_s, id}).out;  // until it exits
    QVERIFY2(all.contains(u"19999\r\n20000\r\ntty-done\r\n"_s), qPrintable(all.right(200)));

    // An attached client that reads nothing (this PTY is not read until the end) loses output; the
    // container is not held up by it and the log has everything.
    PtyProcess stalled(QStringLiteral(PONTON_CLI_PATH),
                       {u"--root"_s, m_dir->path(), u"run"_s, u"-t"_s, u"--name"_s, u"flood"_s, u"alpine"_s, u"sh"_s, u"-c"_s,
                        u"seq 1 300000; echo flood-done"_s},
                       environment());
    QElapsedTimer timer;
    timer.start();
    const auto floodExited = [this] {
        for (const QString &line : ponton({u"ps"_s, u"-a"_s}).out.split(u'\n')) {
            if (line.endsWith(u" flood"_s))
                return line.contains(u"Exited (0)"_s);
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(floodExited(), 30000);
    QVERIFY2(timer.elapsed() < 30000, "a client that does not read stopped the container");
    QVERIFY(ponton({u"logs"_s, u"flood"_s}).out.endsWith(u"299999\r\n300000\r\nflood-done\r\n"_s));
    QCOMPARE(stalled.finish(), 0);
}

void TestCliContainers::imageSizeIsUnpacked()
{
    Result<QByteArray> tar = Test::BusyboxLayer::tar();
    QVERIFY(tar);
    QCOMPARE(ponton({u"run"_s, u"--rm"_s, u"alpine"_s, u"true"_s}).exitCode, 0);
    Result<Store::ImageRecord> image = m_store->resolve(u"alpine"_s);
    QVERIFY(image);
    QCOMPARE(image->layerSizes.size(), 1);
    QVERIFY2(image->layerSizes.first() >= tar->size() * 9 / 10, "SIZE is the unpacked size, not the gzip blob's");
    QVERIFY(image->layerSizes.first() > m_alpine.layerSizes.first());
}

void TestCliContainers::loadUnpacksLayers()
{
    const QString archive = m_dir->filePath(u"alpine.tar"_s);
    QCOMPARE(ponton({u"save"_s, u"-o"_s, archive, u"alpine"_s}).exitCode, 0);
    QCOMPARE(ponton({u"rmi"_s, u"alpine"_s}).exitCode, 0);
    const QString snapshot = m_dir->filePath(u"runtime/snapshots/"_s + m_alpine.diffIds.constFirst().hex());
    QVERIFY2(!QDir(snapshot).exists(), "the fixture's image was never unpacked");
    const QStringList load{u"--root"_s, m_dir->path(), u"load"_s, u"-i"_s, archive};
    {
        // On a terminal, Docker's progress lines: the layer's short diff_id, "Loading layer", its size.
        PtyProcess terminal(QStringLiteral(PONTON_CLI_PATH), load, environment());
        QVERIFY2(terminal.expect(m_alpine.diffIds.constFirst().shortId().toUtf8() + ": Loading layer  [=================================================="),
                 terminal.output().constData());
        QVERIFY2(terminal.expect("Loaded image: alpine:latest"), terminal.output().constData());
        QCOMPARE(terminal.finish(), 0);
    }
    QVERIFY2(QDir(snapshot).exists(), "load unpacked the layer as a helper snapshot, as pull does");
    const Run quiet = ponton({u"load"_s, u"-i"_s, archive});  // not a terminal: no progress, as Docker
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.out, u"Loaded image: alpine:latest\n"_s);
    QCOMPARE(ponton({u"run"_s, u"--rm"_s, u"alpine"_s, u"echo"_s, u"loaded"_s}).out, u"loaded\n"_s);

    // No helper to reach (none runs for this other store, none can be started): said, and the first run unpacks.
    QStringList noHelper = environment();
    noHelper.replaceInStrings(QRegularExpression(u"^PONTON_HELPER=.*"_s), u"PONTON_HELPER=/nonexistent/ponton-helper"_s);
    PtyProcess deferred(QStringLiteral(PONTON_CLI_PATH), {u"--root"_s, m_dir->filePath(u"other"_s), u"load"_s, u"-i"_s, archive}, noHelper);
    QVERIFY2(deferred.expect("No runtime helper could be reached: the layers will be unpacked at the first run."),
             deferred.output().constData());
    QVERIFY2(deferred.expect("Loaded image: alpine:latest"), deferred.output().constData());
    QCOMPARE(deferred.finish(), 0);
}

void TestCliContainers::loadShowsLayerReading()
{
    // A layer of 3 MiB of random bytes, committed from a container, saved, then loaded on a terminal: its
    // bar moves while the archive is read (a partial bar with MB read of the layer's size), then is full.
    QCOMPARE(ponton({u"run"_s, u"--name"_s, u"big"_s, u"alpine"_s, u"sh"_s, u"-c"_s, u"head -c 3145728 /dev/urandom > /big"_s}).exitCode, 0);
    QCOMPARE(ponton({u"commit"_s, u"big"_s, u"big:latest"_s}).exitCode, 0);
    QCOMPARE(ponton({u"rm"_s, u"big"_s}).exitCode, 0);
    const QString archive = m_dir->filePath(u"big.tar"_s);
    QCOMPARE(ponton({u"save"_s, u"-o"_s, archive, u"big"_s}).exitCode, 0);
    QCOMPARE(ponton({u"rmi"_s, u"big"_s}).exitCode, 0);
    PtyProcess terminal(QStringLiteral(PONTON_CLI_PATH), {u"--root"_s, m_dir->path(), u"load"_s, u"-i"_s, archive}, environment());
    QVERIFY2(terminal.expect("Loaded image: big:latest"), terminal.output().constData());
    QCOMPARE(terminal.finish(), 0);
    const QString output = QString::fromUtf8(terminal.output());
    static const QRegularExpression partial(u"[0-9a-f]{12}: Loading layer  \\[=*> +\\]  [0-9.]+[kM]B/3\\.[0-9]+MB"_s);
    static const QRegularExpression full(u"[0-9a-f]{12}: Loading layer  \\[={50}\\]  3\\.[0-9]+MB/3\\.[0-9]+MB"_s);
    QVERIFY2(output.contains(partial), qPrintable(output));
    QVERIFY2(output.contains(full), qPrintable(output));
    QCOMPARE(ponton({u"rmi"_s, u"big"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliContainers)
#include "tst_clicontainers.moc"
