// `ponton exec` through the real binary, the real helper and a store holding the busybox image as
// "alpine": output and exit codes of the command, 126/127, -e/-w/-u, -i with stdin, -it through a real
// PTY, and Docker's error when the container is not running.
#include "integration/containers/busyboximage.h"

#include "store/imagestore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `ponton` with its stdio on a new PTY; writes `input` once `prompt` shows up, then collects
// everything until the process exits.
struct PtyRun {
    int exitCode = -1;
    QByteArray output;
};

PtyRun runOnPty(const QStringList &arguments, const QByteArray &prompt, const QByteArray &input)
{
    std::vector<QByteArray> args{QByteArrayLiteral(PONTON_CLI_PATH)};
    for (const QString &a : arguments)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (pid == 0) {
        ::setenv("LC_ALL", "C", 1);
        ::setenv("PONTON_HELPER", PONTON_HELPER_PATH, 1);
        ::execv(argv[0], argv.data());
        ::_exit(126);
    }
    PtyRun run;
    bool sent = false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        pollfd p{master, POLLIN, 0};
        char buffer[4096];
        if (::poll(&p, 1, 100) > 0) {
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n > 0)
                run.output.append(buffer, n);
        }
        if (!sent && run.output.contains(prompt)) {
            (void)!::write(master, input.constData(), size_t(input.size()));
            sent = true;
        }
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) {
            run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            break;
        }
    }
    if (run.exitCode < 0) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
    }
    ::close(master);
    return run;
}

} // namespace

class TestCliExec : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("containers need root (namespaces, overlayfs, the helper)");
        if (!Test::BusyboxLayer::isAvailable())
            QSKIP("busybox-static is not installed (/bin/busybox): no base image");
        m_dir = std::make_unique<QTemporaryDir>();
        Store::ImageStore store(m_dir->path());
        auto alpine = Test::createBusyboxImage(store, {u"alpine:latest"_s});
        QVERIFY2(alpine, alpine ? "" : qPrintable(alpine.error().toString()));
        const Run started = ponton({u"run"_s, u"-d"_s, u"--name"_s, u"box"_s, u"-e"_s, u"GREETING=bonjour"_s, u"alpine"_s,
                                    u"sh"_s, u"-c"_s, u"echo inside > /tmp/marker; exec sleep 120"_s});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        m_id = started.out.trimmed();
        QCOMPARE(m_id.size(), 64);
    }
    void cleanupTestCase()
    {
        if (m_dir)
            ponton({u"rm"_s, u"-f"_s, u"box"_s, u"stopped"_s});
    }

    void outputAndExitCode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");
        QTest::newRow("container-state") << QStringList{u"box"_s, u"cat"_s, u"/tmp/marker"_s} << 0 << u"inside\n"_s << QString();
        QTest::newRow("environment") << QStringList{u"-e"_s, u"EXTRA=x"_s, u"box"_s, u"sh"_s, u"-c"_s, u"echo $GREETING $EXTRA"_s}
                                     << 0 << u"bonjour x\n"_s << QString();
        QTest::newRow("workdir-user") << QStringList{u"-w"_s, u"/tmp"_s, u"-u"_s, u"ponton"_s, u"box"_s, u"sh"_s, u"-c"_s, u"pwd; id -u"_s}
                                      << 0 << u"/tmp\n1000\n"_s << QString();
        QTest::newRow("exit-5") << QStringList{u"box"_s, u"sh"_s, u"-c"_s, u"echo out; echo err >&2; exit 5"_s} << 5 << u"out\n"_s
                                << u"err\n"_s;
        QTest::newRow("id-prefix") << QStringList{u"%PREFIX%"_s, u"hostname"_s} << 0 << u"%HOST%\n"_s << QString();
        QTest::newRow("not-found") << QStringList{u"box"_s, u"nosuch"_s} << 127 << QString()
                                   << u"OCI runtime exec failed: exec failed: unable to start container process: exec: \"nosuch\": "
                                      u"executable file not found in $PATH: unknown\n"_s;
        QTest::newRow("not-executable") << QStringList{u"box"_s, u"/etc/passwd"_s} << 126 << QString() << u"Permission denied"_s;
        QTest::newRow("no-container") << QStringList{u"nothing-here"_s, u"true"_s} << 1 << QString()
                                      << u"Error response from daemon: No such container: nothing-here\n"_s;
    }
    void outputAndExitCode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QString, err);
        arguments.replaceInStrings(u"%PREFIX%"_s, m_id.left(6));
        out.replace(u"%HOST%"_s, m_id.left(12));
        const Run run = ponton(QStringList{u"exec"_s} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.out, out);
        if (err.endsWith(u'\n'))
            QCOMPARE(run.err, err);
        else
            QVERIFY2(run.err.contains(err), qPrintable(run.err));
    }

    void interactiveStdin()
    {
        const Run run = ponton({u"exec"_s, u"-i"_s, u"box"_s, u"sh"_s, u"-c"_s, u"read a; read b; echo $b $a"_s}, "one\ntwo\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"two one\n"_s);
        const Run closed = ponton({u"exec"_s, u"box"_s, u"cat"_s}, "ignored\n");  // without -i: no stdin
        QCOMPARE(closed.exitCode, 0);
        QCOMPARE(closed.out, QString());
    }

    void terminal()
    {
        const PtyRun run = runOnPty({u"--root"_s, m_dir->path(), u"exec"_s, u"-it"_s, u"box"_s, u"sh"_s}, "# ",
                                    "tty; cat /tmp/marker; exit 3\n");
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.output.contains("/dev/pts/0"), run.output.constData());
        QVERIFY2(run.output.contains("inside"), run.output.constData());
    }

    void detached()
    {
        const Run run = ponton({u"exec"_s, u"-d"_s, u"box"_s, u"sh"_s, u"-c"_s, u"echo later > /tmp/detached"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
        QElapsedTimer timer;
        timer.start();
        Run check;
        do {
            check = ponton({u"exec"_s, u"box"_s, u"cat"_s, u"/tmp/detached"_s});
        } while (check.exitCode != 0 && timer.elapsed() < 5000);
        QCOMPARE(check.out, u"later\n"_s);
    }

    void notRunning()
    {
        const Run created = ponton({u"create"_s, u"--name"_s, u"stopped"_s, u"alpine"_s, u"true"_s});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.out.trimmed();
        const Run run = ponton({u"exec"_s, u"stopped"_s, u"true"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, u"Error response from daemon: container %1 is not running\n"_s.arg(id));
        QCOMPARE(ponton({u"pause"_s, u"box"_s}).exitCode, 0);
        const Run paused = ponton({u"exec"_s, u"box"_s, u"true"_s});
        QCOMPARE(ponton({u"unpause"_s, u"box"_s}).exitCode, 0);
        QCOMPARE(paused.exitCode, 1);
        QCOMPARE(paused.err, u"Error response from daemon: container %1 is paused, unpause the container before exec\n"_s.arg(m_id));
    }

private:
    Run ponton(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C"_s);
        env.insert(u"PONTON_HELPER"_s, QStringLiteral(PONTON_HELPER_PATH));
        env.remove(u"PONTON_ROOT"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PONTON_CLI_PATH), QStringList{u"--root"_s, m_dir->path()} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {-1, {}, u"timeout"_s};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_id;
};

QTEST_GUILESS_MAIN(TestCliExec)
#include "tst_cliexec.moc"
