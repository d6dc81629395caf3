// container.exec with the real helper: a process added to a running busybox container joins its
// namespaces, root, cgroups and environment, as its user, with Docker's capabilities; exit codes
// (126/127 when it cannot start), stdin, a PTY of the container's own devpts, refusals when the
// container is not running or paused.

#include "helperfixture.h"

#include <QElapsedTimer>
#include <QFile>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    Runtime::ExecProcess process;
    int exitCode = -1;
    QByteArray output;
};

} // namespace

class ExecTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::HelperFixture> m_fixture;
    Runtime::ContainerInfo m_running;

    Runtime::RuntimeClient &client() { return m_fixture->client(); }

    // A container that keeps running, with an environment, a user default and a marker file its init wrote.
    Result<Runtime::ContainerInfo> startSleeper(const QString &user = {})
    {
        auto layer = m_fixture->busybox();
        if (!layer)
            return std::unexpected(layer.error());
        Runtime::ContainerSpec spec;
        spec.snapshots = {*layer};
        spec.args = {u"sh"_s, u"-c"_s, u"echo from-init > /tmp/marker; exec sleep 60"_s};
        spec.env = {u"GREETING=bonjour"_s, u"SHADOWED=container"_s};
        spec.workingDir = u"/tmp"_s;
        spec.user = user;
        auto container = client().create(spec);
        if (!container)
            return container;
        if (auto started = client().start(container->id); !started)
            return std::unexpected(started.error());
        QElapsedTimer timer;  // the init writes its marker first
        timer.start();
        while (!QFile::exists(m_fixture->stateDir() + u"/containers/"_s + container->id + u"/upper/tmp/marker"_s)
               && timer.elapsed() < 5000)
            QTest::qWait(10);
        return client().inspect(container->id);
    }

    Result<Outcome> exec(const QString &id, const Runtime::ExecSpec &spec, const QByteArray &input = {})
    {
        int out[2], in[2];
        if (::pipe2(out, O_CLOEXEC) < 0 || ::pipe2(in, O_CLOEXEC) < 0)
            return fail(ErrorCode::Internal, u"pipe"_s);
        Runtime::FileDescriptor readEnd(out[0]), writeEnd(out[1]), inRead(in[0]), inWrite(in[1]);
        auto process = client().exec(id, spec, {inRead.get(), writeEnd.get(), writeEnd.get()});
        writeEnd.reset();
        inRead.reset();
        if (!process)
            return std::unexpected(process.error());
        if (!input.isEmpty() && ::write(inWrite.get(), input.constData(), input.size()) != input.size())
            return fail(ErrorCode::Internal, u"write stdin"_s);
        inWrite.reset();
        Outcome outcome;
        outcome.output = Test::readUntilEof(readEnd.get());
        auto code = client().waitExec(id, process->execId);
        if (!code)
            return std::unexpected(code.error());
        outcome.exitCode = *code;
        outcome.process = std::move(*process);
        return outcome;
    }

    Result<Outcome> sh(const QString &script, const QString &user = {})
    {
        Runtime::ExecSpec spec;
        spec.args = {u"sh"_s, u"-c"_s, script};
        spec.user = user;
        return exec(m_running.id, spec);
    }

private slots:
    void init()
    {
        if (!Test::HelperFixture::canRun())
            QSKIP("needs root and /bin/busybox");
        m_fixture = std::make_unique<Test::HelperFixture>();
        auto running = startSleeper();
        QVERIFY2(running, Test::why(running).constData());
        m_running = *running;
    }
    void cleanup() { m_fixture.reset(); }

    void joinsTheContainersNamespacesAndRoot()
    {
        auto result = sh(u"cat /tmp/marker; hostname; cat /proc/1/cmdline | tr '\\0' ' '; echo; echo $$; pwd"_s);
        QVERIFY2(result, Test::why(result).constData());
        QVERIFY(result->process.started());
        QCOMPARE(result->exitCode, 0);
        const QList<QByteArray> lines = result->output.split('\n');
        QVERIFY2(lines.size() >= 5, result->output.constData());
        QCOMPARE(lines[0], QByteArray("from-init"));                       // its mount namespace and root
        QCOMPARE(QString::fromLatin1(lines[1]), m_running.id.left(12));   // its UTS namespace
        QCOMPARE(lines[2], QByteArray("sleep 60 "));                       // its PID namespace: its init is 1
        QVERIFY2(lines[3].toInt() > 1, lines[3].constData());
        QCOMPARE(lines[4], QByteArray("/tmp"));                            // the container's working directory
        QVERIFY(result->process.pid != m_running.pid);
    }

    void sameCgroupsAsTheInit()
    {
        QFile initCgroups(u"/proc/%1/cgroup"_s.arg(m_running.pid));
        QVERIFY(initCgroups.open(QIODevice::ReadOnly));
        const QByteArray expected = initCgroups.readAll();
        QVERIFY(expected.contains("ponton"));
        auto result = sh(u"cat /proc/self/cgroup"_s);
        QVERIFY2(result, Test::why(result).constData());
        QCOMPARE(result->output, expected);
    }

    void environmentOverTheContainers()
    {
        Runtime::ExecSpec spec;
        spec.args = {u"sh"_s, u"-c"_s, u"echo $GREETING $SHADOWED $EXTRA $HOME; env | grep -c ^SHADOWED="_s};
        spec.env = {u"SHADOWED=exec"_s, u"EXTRA=more"_s};
        spec.workingDir = u"/"_s;
        auto result = exec(m_running.id, spec);
        QVERIFY2(result, Test::why(result).constData());
        QCOMPARE(result->output, QByteArray("bonjour exec more /root\n1\n"));
    }

    void userAndCapabilities_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("expected");
        // Docker's default set for root (0xa80425fb), nothing for another user.
        QTest::newRow("root") << QString() << QByteArray("0 0 CapEff: 00000000a80425fb CapBnd: 00000000a80425fb");
        QTest::newRow("name") << u"ponton"_s << QByteArray("1000 1000 CapEff: 0000000000000000 CapBnd: 00000000a80425fb");
        QTest::newRow("uid-gid") << u"65534:10"_s << QByteArray("65534 10 CapEff: 0000000000000000 CapBnd: 00000000a80425fb");
    }
    void userAndCapabilities()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, expected);
        auto result = sh(u"echo $(id -u) $(id -g) $(grep CapEff /proc/self/status) $(grep CapBnd /proc/self/status)"_s, user);
        QVERIFY2(result, Test::why(result).constData());
        QCOMPARE(result->output.trimmed(), expected);
    }

    void userDefaultsToTheContainers()
    {
        auto other = startSleeper(u"ponton"_s);
        QVERIFY2(other, Test::why(other).constData());
        Runtime::ExecSpec spec;
        spec.args = {u"id"_s, u"-u"_s};
        auto result = exec(other->id, spec);
        QVERIFY2(result, Test::why(result).constData());
        QCOMPARE(result->output, QByteArray("1000\n"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("cwd");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");
        QTest::newRow("exit-7") << QStringList{u"sh"_s, u"-c"_s, u"exit 7"_s} << QString() << QString() << 7 << QString();
        QTest::newRow("killed") << QStringList{u"sh"_s, u"-c"_s, u"kill -9 $$"_s} << QString() << QString() << 137 << QString();
        QTest::newRow("not-found") << QStringList{u"nosuchcommand"_s} << QString() << QString() << 127
                                   << u"executable file not found in $PATH"_s;
        QTest::newRow("not-found-path") << QStringList{u"/bin/nothing"_s} << QString() << QString() << 127
                                        << u"No such file or directory"_s;
        QTest::newRow("not-executable") << QStringList{u"/etc/passwd"_s} << QString() << QString() << 126
                                        << u"Permission denied"_s;
        QTest::newRow("missing-cwd") << QStringList{u"true"_s} << u"/nowhere"_s << QString() << 126
                                     << u"chdir to cwd (\"/nowhere\")"_s;
        QTest::newRow("unknown-user") << QStringList{u"true"_s} << QString() << u"nosuchuser"_s << 126
                                      << u"unable to find user nosuchuser"_s;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, cwd);
        QFETCH(QString, user);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        Runtime::ExecSpec spec;
        spec.args = args;
        spec.workingDir = cwd;
        spec.user = user;
        auto result = exec(m_running.id, spec);
        QVERIFY2(result, Test::why(result).constData());
        QCOMPARE(result->exitCode, exitCode);
        QCOMPARE(result->process.started(), error.isEmpty());
        if (!error.isEmpty()) {
            QCOMPARE(result->process.exitCode, exitCode);
            QVERIFY2(result->process.error.contains(error), qPrintable(result->process.error));
        }
        auto info = client().inspect(m_running.id);  // the container itself is untouched
        QVERIFY(info);
        QCOMPARE(info->status, u"running"_s);
    }

    void standardInput()
    {
        Runtime::ExecSpec spec;
        spec.args = {u"wc"_s, u"-c"_s};
        auto result = exec(m_running.id, spec, QByteArray(100000, 'x'));
        QVERIFY2(result, Test::why(result).constData());
        QCOMPARE(result->output.trimmed(), QByteArray("100000"));
    }

    void terminalFromTheContainersDevpts()
    {
        Runtime::ExecSpec spec;
        spec.args = {u"sh"_s, u"-c"_s, u"tty; echo $(ls /dev/pts); echo $TERM; test -t 0 && echo is-a-tty; read line; echo got:$line"_s};
        spec.tty = true;
        auto process = client().exec(m_running.id, spec);
        QVERIFY2(process, Test::why(process).constData());
        QVERIFY(process->terminal.isValid());
        QVERIFY(::write(process->terminal.get(), "hello\n", 6) == 6);
        const QByteArray output = Test::readUntilEof(process->terminal.get());
        // The container was started without a TTY: the exec's PTY is the first of the container's own devpts.
        // The terminal's echo of "hello" may come anywhere among these lines (it was typed ahead), so each
        // line is looked for after the previous one.
        qsizetype at = 0;
        for (const char *line : {"/dev/pts/0\r\n", "0 ptmx\r\n", "xterm\r\n", "is-a-tty\r\n"}) {
            at = output.indexOf(line, at);
            QVERIFY2(at >= 0, output.constData());
        }
        QVERIFY2(output.contains("got:hello"), output.constData());
        auto code = client().waitExec(m_running.id, process->execId);
        QVERIFY(code);
        QCOMPARE(*code, 0);
    }

    void refusedWhenNotRunningOrPaused()
    {
        Runtime::ExecSpec spec;
        spec.args = {u"true"_s};
        QVERIFY(client().pause(m_running.id));
        auto paused = client().exec(m_running.id, spec);
        QVERIFY(!paused);
        QCOMPARE(paused.error().code, ErrorCode::Conflict);
        QVERIFY2(paused.error().toString().contains(u"is paused"_s), Test::why(paused).constData());
        QVERIFY(client().unpause(m_running.id));
        QVERIFY(client().kill(m_running.id, SIGKILL));
        QVERIFY(client().wait(m_running.id));
        auto stopped = client().exec(m_running.id, spec);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::Conflict);
        QVERIFY2(stopped.error().toString().contains(u"container %1 is not running"_s.arg(m_running.id)),
                 Test::why(stopped).constData());
        auto unknown = client().exec(QString(64, u'b'), spec);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void execProcessesDieWithTheContainer()
    {
        Runtime::ExecSpec spec;
        spec.args = {u"sleep"_s, u"60"_s};
        auto process = client().exec(m_running.id, spec);
        QVERIFY2(process, Test::why(process).constData());
        QVERIFY(process->started());
        QVERIFY(client().kill(m_running.id, SIGKILL));
        auto code = client().waitExec(m_running.id, process->execId);
        QVERIFY2(code, Test::why(code).constData());
        QCOMPARE(*code, 137);
    }
};

QTEST_GUILESS_MAIN(ExecTest)
#include "tst_exec.moc"
