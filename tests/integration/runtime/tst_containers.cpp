// Containers run by the real helper with the busybox image: exit codes, stdio, user, isolation,
// PTY round trip, pause/unpause, restart with the same upper dir, records across helper restarts.

#include "helperfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray output;
};

// Reads from a PTY master until `needle` shows up (or 10 s pass).
QByteArray readUntil(int fd, const QByteArray &needle)
{
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    char buffer[1024];
    while (!seen.contains(needle) && timer.elapsed() < 10000) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0)
            continue;
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        seen.append(buffer, n);
    }
    return seen;
}

} // namespace

class ContainersTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::HelperFixture> m_fixture;

    Runtime::RuntimeClient &client() { return m_fixture->client(); }

    Result<Runtime::ContainerInfo> create(const QStringList &args, const QString &user = {}, bool networkNone = false,
                                          bool tty = false)
    {
        auto layer = m_fixture->busybox();
        if (!layer)
            return std::unexpected(layer.error());
        Runtime::ContainerSpec spec;
        spec.snapshots = {*layer};
        spec.args = args;
        spec.user = user;
        spec.networkNone = networkNone;
        spec.tty = tty;
        spec.env = {u"GREETING=bonjour"_s};
        return client().create(spec);
    }

    Result<Run> startAndCollect(const QString &id)
    {
        int pipe[2];
        if (::pipe2(pipe, O_CLOEXEC) < 0)
            return fail(ErrorCode::Internal, u"pipe"_s);
        Runtime::FileDescriptor readEnd(pipe[0]), writeEnd(pipe[1]);
        auto started = client().start(id, {-1, writeEnd.get(), writeEnd.get()});
        writeEnd.reset();
        if (!started)
            return std::unexpected(started.error());
        Run run;
        run.output = Test::readUntilEof(readEnd.get());
        auto code = client().wait(id);
        if (!code)
            return std::unexpected(code.error());
        run.exitCode = *code;
        return run;
    }

    Result<Run> run(const QStringList &args, const QString &user = {}, bool networkNone = false)
    {
        auto container = create(args, user, networkNone);
        if (!container)
            return std::unexpected(container.error());
        return startAndCollect(container->id);
    }

private slots:
    void init()
    {
        if (!Test::HelperFixture::canRun())
            QSKIP("needs root and /bin/busybox");
        m_fixture = std::make_unique<Test::HelperFixture>();
    }
    void cleanup() { m_fixture.reset(); }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("exit-3") << QStringList{u"sh"_s, u"-c"_s, u"exit 3"_s} << 3;
        QTest::newRow("true") << QStringList{u"true"_s} << 0;
        QTest::newRow("false") << QStringList{u"false"_s} << 1;
        QTest::newRow("exit-255") << QStringList{u"sh"_s, u"-c"_s, u"exit 255"_s} << 255;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        auto result = run(args);
        QVERIFY2(result, Test::why(result).constData());
        QCOMPARE(result->exitCode, exitCode);
    }

    void startFailures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("not-found") << QStringList{u"no-such-command"_s} << 127 << u"executable file not found"_s;
        QTest::newRow("not-found-path") << QStringList{u"/bin/nothing"_s} << 127 << u"No such file"_s;
        QTest::newRow("not-executable") << QStringList{u"/etc/passwd"_s} << 126 << u"Permission denied"_s;
    }
    void startFailures()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        auto container = create(args);
        QVERIFY(container);
        auto started = client().start(container->id);
        QVERIFY(!started);
        QVERIFY2(started.error().message.contains(message), Test::why(started).constData());
        auto code = client().wait(container->id);
        QVERIFY(code);
        QCOMPARE(*code, exitCode);
        auto info = client().inspect(container->id);
        QVERIFY(info);
        QCOMPARE(info->status, u"exited"_s);
        QCOMPARE(info->exitCode, exitCode);
    }

    void environmentAndIdentity()
    {
        auto container = create({u"sh"_s, u"-c"_s, u"echo pid=$$; hostname; cat /etc/hostname; echo $GREETING; "
                                                    u"echo home=$HOME; id -u; ulimit -n; pwd"_s});
        QVERIFY(container);
        auto result = startAndCollect(container->id);
        QVERIFY2(result, Test::why(result).constData());
        const QList<QByteArray> lines = result->output.split('\n');
        QVERIFY2(lines.size() >= 8, result->output.constData());
        QCOMPARE(lines[0], QByteArray("pid=1"));
        QCOMPARE(QString::fromLatin1(lines[1]), container->id.left(12));
        QCOMPARE(QString::fromLatin1(lines[2]), container->id.left(12));
        QCOMPARE(lines[3], QByteArray("bonjour"));
        QCOMPARE(lines[4], QByteArray("home=/root"));
        QCOMPARE(lines[5], QByteArray("0"));
        QCOMPARE(lines[6], QByteArray("1024"));
        QCOMPARE(lines[7], QByteArray("/"));
    }

    void userFromTheImage_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("name") << u"ponton"_s << QByteArray("1000 1000 1000 10");
        QTest::newRow("uid") << u"1000"_s << QByteArray("1000 1000 1000 10");
        QTest::newRow("name-and-group") << u"ponton:nogroup"_s << QByteArray("1000 65534 65534 10");
        QTest::newRow("unknown-uid") << u"4242"_s << QByteArray("4242 0 0");
    }
    void userFromTheImage()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, expected);
        auto result = run({u"sh"_s, u"-c"_s, u"echo $(id -u) $(id -g) $(id -G)"_s}, user);
        QVERIFY2(result, Test::why(result).constData());
        QCOMPARE(result->output.trimmed(), expected);
        QCOMPARE(result->exitCode, 0);
    }

    void unknownUserFailsToStart()
    {
        auto container = create({u"true"_s}, u"nosuchuser"_s);
        QVERIFY(container);
        auto started = client().start(container->id);
        QVERIFY(!started);
        QVERIFY(started.error().message.contains(u"unable to find user nosuchuser"_s));
    }

    void isolation()
    {
        auto result = run({u"sh"_s, u"-c"_s,
                           u"grep CapEff /proc/self/status; wc -c < /proc/kcore; "
                           u"(echo x > /proc/sys/kernel/domainname) 2>/dev/null && echo writable || echo read-only; "
                           u"ls /sys/class/net; ls /proc/self/fd; ls /dev | tr '\\n' ' '; "
                           u"grep -c ' /dev/pts ' /proc/self/mountinfo"_s},
                          {}, true);
        QVERIFY2(result, Test::why(result).constData());
        const QByteArray out = result->output;
        QVERIFY2(out.contains("CapEff:\t00000000a80425fb"), out.constData());
        QVERIFY2(out.contains("\n0\n"), out.constData());
        QVERIFY2(out.contains("read-only"), out.constData());
        QVERIFY2(out.contains("\nlo\n0\n1\n2\n"), out.constData());  // network none: only lo; fds 0-2 (+ ls's own)
        QVERIFY2(!out.contains("\n4\n"), out.constData());
        QVERIFY2(out.contains("null ptmx pts random shm") && out.contains("tty urandom zero"), out.constData());
    }

    void hostNetworkByDefault()
    {
        auto result = run({u"ls"_s, u"/sys/class/net"_s});
        QVERIFY(result);
        QVERIFY2(result->output.split('\n').size() >= 2, result->output.constData());
        QStringList host = QDir(u"/sys/class/net"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
        for (const QString &name : host)
            QVERIFY2(result->output.contains(name.toLatin1()), qPrintable(name));
    }

    void ptyRoundTrip()
    {
        auto container = create({u"sh"_s}, {}, false, true);
        QVERIFY(container);
        auto master = client().start(container->id);
        QVERIFY2(master, Test::why(master).constData());
        QVERIFY(master->isValid());
        const QByteArray command = "tty; echo pty-$((6*7))\n";
        QCOMPARE(::write(master->get(), command.constData(), size_t(command.size())), ssize_t(command.size()));
        const QByteArray seen = readUntil(master->get(), "pty-42");
        QVERIFY2(seen.contains("pty-42"), seen.constData());
        QVERIFY2(seen.contains("/dev/pts/0"), seen.constData());
        // A second client attaches to the same terminal and ends the shell.
        auto attached = client().attach(container->id);
        QVERIFY2(attached, Test::why(attached).constData());
        master->reset();
        QCOMPARE(::write(attached->get(), "exit 5\n", 7), ssize_t(7));
        auto code = client().wait(container->id);
        QVERIFY(code);
        QCOMPARE(*code, 5);
        QVERIFY(!client().attach(container->id));
    }

    void pauseAndUnpause()
    {
        auto container = create({u"sh"_s, u"-c"_s, u"i=0; while true; do i=$((i+1)); echo $i > /tmp/counter; sleep 0.02; done"_s});
        QVERIFY(container);
        QVERIFY(client().start(container->id));
        const QString counter = m_fixture->stateDir() + u"/containers/"_s + container->id + u"/upper/tmp/counter"_s;
        auto read = [&] {
            QFile f(counter);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!read().isEmpty(), 5000);
        QVERIFY(client().pause(container->id));
        QCOMPARE(client().inspect(container->id)->status, u"paused"_s);
        QVERIFY(!client().pause(container->id));  // already paused: Conflict
        const QByteArray frozen = read();
        QTest::qWait(300);
        QCOMPARE(read(), frozen);
        QVERIFY(client().unpause(container->id));
        QCOMPARE(client().inspect(container->id)->status, u"running"_s);
        QTRY_VERIFY_WITH_TIMEOUT(read() != frozen && !read().isEmpty(), 5000);
        QVERIFY(client().kill(container->id, SIGKILL));
        auto code = client().wait(container->id);
        QVERIFY(code);
        QCOMPARE(*code, 137);
    }

    void restartKeepsTheUpperDir()
    {
        auto container = create({u"sh"_s, u"-c"_s, u"test -f /root/marker && exit 7; echo one > /root/marker; exit 3"_s});
        QVERIFY(container);
        auto first = startAndCollect(container->id);
        QVERIFY(first);
        QCOMPARE(first->exitCode, 3);
        auto second = startAndCollect(container->id);
        QVERIFY(second);
        QCOMPARE(second->exitCode, 7);
        // A new container of the same image does not see the file.
        auto other = run({u"test"_s, u"-f"_s, u"/root/marker"_s});
        QVERIFY(other);
        QCOMPARE(other->exitCode, 1);
    }

    void recordsSurviveAHelperRestart()
    {
        auto container = create({u"sleep"_s, u"30"_s});
        QVERIFY(container);
        QVERIFY(client().start(container->id));
        const qint64 helperPid = client().ping()->value(u"pid"_s).toInteger();
        QVERIFY(m_fixture->restartHelper());
        QVERIFY(client().ping()->value(u"pid"_s).toInteger() != helperPid);
        auto all = client().list();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().id, container->id);
        QCOMPARE(all->first().status, u"running"_s);
        QVERIFY(client().kill(container->id, SIGKILL));
        auto code = client().wait(container->id);
        QVERIFY(code);
        QCOMPARE(*code, 137);
        QCOMPARE(client().inspect(container->id)->status, u"exited"_s);
    }

    // SIGTERM to a container's monitor (a stale one, a service manager stopping everything) is
    // forwarded to the container, as conmon does, then SIGKILL follows after 10 s, as docker stop does;
    // the exit is recorded either way.
    void monitorForwardsStopSignals()
    {
        auto trapping = create({u"sh"_s, u"-c"_s, u"trap 'exit 3' TERM; sleep 60 & wait"_s});
        auto ignoring = create({u"sleep"_s, u"60"_s});  // PID 1 without a handler: SIGTERM does nothing
        QVERIFY(trapping && ignoring);
        QVERIFY(client().start(trapping->id));
        QVERIFY(client().start(ignoring->id));
        QTest::qWait(300);  // the shell sets its trap
        QElapsedTimer stopping;
        stopping.start();
        for (const QString &id : {trapping->id, ignoring->id}) {
            QFile state(m_fixture->stateDir() + u"/containers/"_s + id + u"/state.json"_s);
            QVERIFY(state.open(QIODevice::ReadOnly));
            const qint64 monitor = QJsonDocument::fromJson(state.readAll()).object().value(u"monitorPid"_s).toInteger();
            QVERIFY(monitor > 0);
            QCOMPARE(::kill(pid_t(monitor), SIGTERM), 0);
        }
        auto trapped = client().wait(trapping->id);
        QVERIFY2(trapped, Test::why(trapped).constData());
        QCOMPARE(*trapped, 3);
        QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
        auto killed = client().wait(ignoring->id);
        QVERIFY2(killed, Test::why(killed).constData());
        QCOMPARE(*killed, 137);
        QVERIFY2(stopping.elapsed() >= 9000, qPrintable(QString::number(stopping.elapsed())));
        QCOMPARE(client().inspect(ignoring->id)->status, u"exited"_s);
    }

    void removal()
    {
        auto container = create({u"sleep"_s, u"30"_s});
        QVERIFY(container);
        QVERIFY(client().start(container->id));
        auto refused = client().remove(container->id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(client().remove(container->id, true));
        QVERIFY(!QFileInfo::exists(m_fixture->stateDir() + u"/containers/"_s + container->id));
        auto gone = client().inspect(container->id);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        auto snapshot = client().removeSnapshot(*Test::BusyboxLayer::diffId());
        QVERIFY2(snapshot, Test::why(snapshot).constData());  // no container uses it any more
    }

    void logsOfADetachedContainer()
    {
        auto container = create({u"sh"_s, u"-c"_s, u"echo out; echo err >&2; echo $GREETING"_s});
        QVERIFY2(container, Test::why(container).constData());
        auto before = client().logs(container->id);  // not started yet: an empty log
        QVERIFY2(before, Test::why(before).constData());
        QCOMPARE(Test::readUntilEof(before->get()), QByteArray());
        QVERIFY(client().start(container->id));
        auto code = client().wait(container->id);
        QVERIFY(code);
        QCOMPARE(*code, 0);
        auto log = client().logs(container->id);
        QVERIFY2(log, Test::why(log).constData());
        QCOMPARE(Test::readUntilEof(log->get()), QByteArray("out\nerr\nbonjour\n"));
        QCOMPARE(::write(log->get(), "x", 1), ssize_t(-1));  // read-only for the client
        auto unknown = client().logs(QString(64, u'a'));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void bindMounts()
    {
        const QString host = m_fixture->path() + u"/shared"_s;
        QVERIFY(QDir().mkpath(host));
        QFile note(host + u"/note"_s);
        QVERIFY(note.open(QIODevice::WriteOnly) && note.write("from the host\n") > 0);
        note.close();
        auto layer = m_fixture->busybox();
        QVERIFY(layer);
        Runtime::ContainerSpec spec;
        spec.snapshots = {*layer};
        spec.args = {u"sh"_s, u"-c"_s, u"cat /data/note; echo back > /data/reply; cat /ro/note; "
                                       u"(echo x > /ro/denied) 2>/dev/null && echo writable || echo read-only"_s};
        spec.mounts = {{host, u"/data"_s, false}, {host, u"/ro"_s, true}};
        auto container = client().create(spec);
        QVERIFY2(container, Test::why(container).constData());
        auto result = startAndCollect(container->id);
        QVERIFY2(result, Test::why(result).constData());
        QCOMPARE(result->output, QByteArray("from the host\nfrom the host\nread-only\n"));
        QFile reply(host + u"/reply"_s);
        QVERIFY(reply.open(QIODevice::ReadOnly));
        QCOMPARE(reply.readAll(), QByteArray("back\n"));
        QVERIFY(!QFile::exists(host + u"/denied"_s));
        // The mount points live in the upper dir, not the bind mounted content.
        QVERIFY(!QFile::exists(m_fixture->stateDir() + u"/containers/"_s + container->id + u"/upper/data/note"_s));
    }

    // The helper receives the sources under whatever descriptor numbers are free. Idle connections, opened
    // and partly closed before each start, move those numbers around: a source that landed on one of the
    // monitor's fixed numbers (stdio, control) used to be overwritten before it was moved, and open_tree
    // failed with EINVAL about one start in two. A file is bind mounted as well as a directory.
    void bindMountsWhateverTheDescriptorNumbers()
    {
        const QString host = m_fixture->path() + u"/shared"_s;
        QVERIFY(QDir().mkpath(host));
        QFile note(host + u"/note"_s);
        QVERIFY(note.open(QIODevice::WriteOnly) && note.write("from the host\n") > 0);
        note.close();
        auto layer = m_fixture->busybox();
        QVERIFY(layer);
        Runtime::ContainerSpec spec;
        spec.snapshots = {*layer};
        spec.args = {u"sh"_s, u"-c"_s, u"cat /data/note /etc/note"_s};
        spec.mounts = {{host, u"/data"_s, true}, {host + u"/note"_s, u"/etc/note"_s, true}};
        auto container = client().create(spec);
        QVERIFY2(container, Test::why(container).constData());
        for (int closed = 0; closed <= 8; ++closed) {
            std::vector<Runtime::HelperConnection> idle;
            for (int i = 0; i < 8; ++i) {
                auto connection = Runtime::HelperConnection::connectTo(m_fixture->socketPath());
                QVERIFY2(connection && connection->call(u"ping"_s, {}), Test::why(connection).constData());
                idle.push_back(std::move(*connection));
            }
            idle.erase(idle.begin(), idle.begin() + closed);
            QTest::qWait(20);  // lets the helper notice the closed ones and free their numbers
            auto result = startAndCollect(container->id);
            QVERIFY2(result, Test::why(result).constData());
            QCOMPARE(result->output, QByteArray("from the host\nfrom the host\n"));
        }
    }

    // The client opens sources without blocking (a FIFO has no writer) and the helper refuses what is
    // neither a directory nor a file.
    void bindMountOfAFifoIsRefused()
    {
        const QString host = m_fixture->path() + u"/fifo"_s;
        QCOMPARE(::mkfifo(QFile::encodeName(host).constData(), 0600), 0);
        auto layer = m_fixture->busybox();
        QVERIFY(layer);
        Runtime::ContainerSpec spec;
        spec.snapshots = {*layer};
        spec.args = {u"true"_s};
        spec.mounts = {{host, u"/fifo"_s, false}};
        auto container = client().create(spec);
        QVERIFY2(container, Test::why(container).constData());
        auto started = client().start(container->id);
        QVERIFY(!started);
        QVERIFY2(started.error().toString().contains(u"neither a directory nor a regular file"_s),
                 Test::why(started).constData());
    }

    void bindMountDestinationMustStayInside()
    {
        auto layer = m_fixture->busybox();
        QVERIFY(layer);
        Runtime::ContainerSpec spec;
        spec.snapshots = {*layer};
        spec.args = {u"true"_s};
        spec.mounts = {{m_fixture->path(), u"/../../etc"_s, false}};
        auto refused = client().create(spec);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    }

    void snapshotInUseIsKept()
    {
        auto container = create({u"true"_s});
        QVERIFY(container);
        auto removed = client().removeSnapshot(*Test::BusyboxLayer::diffId());
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, ErrorCode::Conflict);
    }
};

QTEST_GUILESS_MAIN(ContainersTest)
#include "tst_containers.moc"
