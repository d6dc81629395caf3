// `ponton exec` through the real binary, the real helper and a store holding the busybox image as
// "alpine": output and exit codes of the command, 126/127, -e/-w/-u, -i with stdin, -it through a real
// PTY, and Docker's error when the container is not running. The flags exec shares with run: --env-file
// (exec and run), --privileged (capabilities, /sys, masked paths, devices; exec and run), --detach-keys
// (exec -it, run -it, attach, start -ai, and "detachKeys" of config.json) on a real PTY.
#include "integration/containers/busyboximage.h"
#include "support/clirunner.h"

#include "store/imagestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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

using Run = Test::CliRun;

// Runs `ponton` with its stdio on a new PTY; writes `input` once `prompt` shows up (an empty prompt: after a
// second), then collects everything until the process exits.
struct PtyRun {
    int exitCode = -1;
    QByteArray output;
};

// Each step: what to wait for, then what to type.
using PtySteps = QList<std::pair<QByteArray, QByteArray>>;

PtyRun runOnPty(const QStringList &arguments, const PtySteps &steps, const QByteArray &dockerConfig = {})
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
        if (!dockerConfig.isEmpty())
            ::setenv("DOCKER_CONFIG", dockerConfig.constData(), 1);
        ::execv(argv[0], argv.data());
        ::_exit(126);
    }
    PtyRun run;
    qsizetype step = 0;
    qsizetype seen = 0;  // output before this offset answered the previous steps
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
        if (step < steps.size()) {
            const auto &[prompt, input] = steps.at(step);
            const qsizetype found = prompt.isEmpty() ? (timer.elapsed() > 1000 ? seen : -1) : run.output.indexOf(prompt, seen);
            if (found >= 0) {
                (void)!::write(master, input.constData(), size_t(input.size()));
                seen = found + prompt.size();
                ++step;
            }
        }
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) {
            run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            // What it wrote just before exiting may still wait in the terminal ("read escape sequence").
            for (ssize_t n = 1; n > 0 && ::poll(&p, 1, 50) > 0;) {
                n = ::read(master, buffer, sizeof buffer);
                if (n > 0)
                    run.output.append(buffer, n);
            }
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

PtyRun runOnPty(const QStringList &arguments, const QByteArray &prompt, const QByteArray &input, const QByteArray &dockerConfig = {})
{
    return runOnPty(arguments, PtySteps{{prompt, input}}, dockerConfig);
}

// "CapEff:\t<hex>" of /proc/self/status: this test's own (root's, as the helper it starts has).
QByteArray ownCapEff()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("CapEff:"))
            return line;
    return {};
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

    void environmentFile()
    {
        const QString path = writeFile(u"app.env"_s, "# settings\nMODE=debug\n\n  SPACED=a b \nFROM_CALLER\nUNSET_HERE\nEXTRA=file\n");
        const Run run = ponton({u"exec"_s, u"--env-file"_s, path, u"-e"_s, u"EXTRA=option"_s, u"box"_s, u"sh"_s, u"-c"_s,
                                u"echo \"$MODE|$SPACED|$FROM_CALLER|${UNSET_HERE-unset}|$EXTRA|$GREETING\""_s},
                               {}, {{u"FROM_CALLER"_s, u"caller value"_s}});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, u"debug|a b |caller value|unset|option|bonjour\n"_s);
        QCOMPARE(run.exitCode, 0);
        const Run ran = ponton({u"run"_s, u"--rm"_s, u"--env-file"_s, path, u"alpine"_s, u"sh"_s, u"-c"_s, u"echo \"$MODE|$EXTRA\""_s});
        QCOMPARE(ran.out, u"debug|file\n"_s);
        QCOMPARE(ran.exitCode, 0);
    }

    void environmentFileErrors()
    {
        const QString bad = writeFile(u"bad.env"_s, "A=1\n# fine\nMY VAR=2\n");
        const Run exec = ponton({u"exec"_s, u"--env-file"_s, bad, u"box"_s, u"true"_s});
        QCOMPARE(exec.exitCode, 1);
        QCOMPARE(exec.err, u"Error: %1:3: variable 'MY VAR' contains whitespaces\n"_s.arg(bad));
        const Run run = ponton({u"run"_s, u"--rm"_s, u"--env-file"_s, bad, u"alpine"_s, u"true"_s});
        QCOMPARE(run.exitCode, 125);
        QCOMPARE(run.err, u"Error: %1:3: variable 'MY VAR' contains whitespaces\n"_s.arg(bad));
        const QString missing = m_dir->filePath(u"missing.env"_s);
        const Run absent = ponton({u"exec"_s, u"--env-file"_s, missing, u"box"_s, u"true"_s});
        QCOMPARE(absent.exitCode, 1);
        QCOMPARE(absent.err, u"Error: open %1: no such file or directory\n"_s.arg(missing));
    }

    // CapEff, then whether runc's masked paths are masked (those this host has), /proc/sys and /sys
    // read-only, /dev/kmsg openable.
    void privileged()
    {
        const QByteArray host = ownCapEff();
        QVERIFY(!host.isEmpty());
        const QString probe = u"grep CapEff /proc/self/status; "
                              u"grep -qE ' /(proc/(acpi|asound|kcore|keys|latency_stats|timer_list|timer_stats|sched_debug|scsi)|"
                              u"sys/firmware|sys/devices/virtual/powercap) ' /proc/mounts && echo masked || echo unmasked; "
                              u"grep ' /proc/sys ' /proc/mounts | cut -d' ' -f4 | cut -c1-2; "
                              u"grep ' /sys ' /proc/mounts | cut -d' ' -f4 | cut -c1-2; "
                              u"(: < /dev/kmsg) 2>/dev/null && echo kmsg || echo no-kmsg"_s;
        const Run normal = ponton({u"exec"_s, u"box"_s, u"sh"_s, u"-c"_s, probe});
        QCOMPARE(normal.out, u"CapEff:\t00000000a80425fb\nmasked\nro\nro\nno-kmsg\n"_s);
        // exec --privileged: every capability; the container's mounts stay as they are (as Docker).
        const Run exec = ponton({u"exec"_s, u"--privileged"_s, u"box"_s, u"sh"_s, u"-c"_s, probe});
        QCOMPARE(exec.out, QString::fromLatin1(host) + u"\nmasked\nro\nro\nno-kmsg\n"_s);
        const Run user = ponton({u"exec"_s, u"--privileged"_s, u"-u"_s, u"ponton"_s, u"box"_s, u"grep"_s, u"CapEff"_s, u"/proc/self/status"_s});
        QCOMPARE(user.out, u"CapEff:\t0000000000000000\n"_s);  // a non-root user holds none, as with Docker
        // run --privileged: nothing masked or read-only, the host's devices usable (the devices cgroup too).
        const bool hostKmsg = QFileInfo::exists(u"/dev/kmsg"_s);
        const Run run = ponton({u"run"_s, u"--rm"_s, u"--privileged"_s, u"alpine"_s, u"sh"_s, u"-c"_s, probe});
        QCOMPARE(run.out, QString::fromLatin1(host) + u"\nunmasked\nrw\n"_s + (hostKmsg ? u"kmsg\n"_s : u"no-kmsg\n"_s));
        if (!hostKmsg)
            qInfo("this host has no /dev/kmsg: the device check was not exercised");
        // An exec in a privileged container is privileged too.
        const Run started = ponton({u"run"_s, u"-d"_s, u"--privileged"_s, u"--name"_s, u"privileged"_s, u"alpine"_s, u"sleep"_s, u"60"_s});
        QCOMPARE(started.exitCode, 0);
        const Run inside = ponton({u"exec"_s, u"privileged"_s, u"grep"_s, u"CapEff"_s, u"/proc/self/status"_s});
        QCOMPARE(ponton({u"rm"_s, u"-f"_s, u"privileged"_s}).exitCode, 0);
        QCOMPARE(inside.out, QString::fromLatin1(host) + u"\n"_s);
    }

    void detachKeys()
    {
        // exec -it --detach-keys a,b: an "a" not followed by "b" reaches the shell, "ab" detaches.
        const PtyRun exec = runOnPty({u"--root"_s, m_dir->path(), u"exec"_s, u"-it"_s, u"--detach-keys"_s, u"a,b"_s, u"box"_s, u"sh"_s},
                                     PtySteps{{"# ", "echo xa1a$((40+2))\r"}, {"xa1a42", "ab"}});
        QCOMPARE(exec.exitCode, 0);
        QVERIFY2(exec.output.contains("read escape sequence"), exec.output.constData());
        // The detached shell keeps running, as with Docker.
        const QStringList processes = ponton({u"exec"_s, u"box"_s, u"ps"_s, u"-o"_s, u"args"_s}).out.split(u'\n');
        QVERIFY2(processes.contains(u"sh"_s), qPrintable(processes.join(u'|')));
        // With other keys, Ctrl-P Ctrl-Q and a lone "x" reach the command.
        const PtyRun other = runOnPty({u"--root"_s, m_dir->path(), u"exec"_s, u"-it"_s, u"--detach-keys"_s, u"ctrl-x,x"_s, u"box"_s,
                                       u"sh"_s, u"-c"_s, u"stty -ixon; echo READY; read line; echo \"$line\" | od -An -tx1; exit 4"_s},
                                      "READY", "\x10\x11x\r");
        QCOMPARE(other.exitCode, 4);
        QVERIFY2(other.output.contains("10 11 78 0a"), other.output.constData());
        QVERIFY2(!other.output.contains("read escape sequence"), other.output.constData());

        // run -it with "detachKeys" of config.json; then attach and start -ai with the option.
        QTemporaryDir config;
        QFile file(config.filePath(u"config.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"auths": {}, "detachKeys": "ctrl-x,x"})");
        file.close();
        const PtyRun run = runOnPty({u"--root"_s, m_dir->path(), u"run"_s, u"-it"_s, u"--name"_s, u"keys"_s, u"alpine"_s, u"sh"_s},
                                    "# ", "\x18x", config.path().toLocal8Bit());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains("read escape sequence"), run.output.constData());
        // attach prints nothing of its own: a command the shell answers shows the client relays the terminal
        // (typed before the client made it raw, the line waits in the terminal's buffer), then the keys.
        const PtyRun attach = runOnPty({u"--root"_s, m_dir->path(), u"attach"_s, u"--detach-keys"_s, u"ctrl-@,ctrl-]"_s, u"keys"_s},
                                       PtySteps{{"", "echo at$((1+1))\r"}, {"at2", QByteArray("\0\x1d", 2)}});
        QCOMPARE(attach.exitCode, 0);
        QVERIFY2(attach.output.contains("read escape sequence"), attach.output.constData());
        QCOMPARE(ponton({u"exec"_s, u"keys"_s, u"true"_s}).exitCode, 0);  // still running after both detaches
        QCOMPARE(ponton({u"stop"_s, u"-t"_s, u"0"_s, u"keys"_s}).exitCode, 0);
        const PtyRun start = runOnPty({u"--root"_s, m_dir->path(), u"start"_s, u"-ai"_s, u"--detach-keys"_s, u"ctrl-e"_s, u"keys"_s},
                                      "# ", "\x05");
        QCOMPARE(start.exitCode, 0);
        QVERIFY2(start.output.contains("read escape sequence"), start.output.constData());
        QCOMPARE(ponton({u"rm"_s, u"-f"_s, u"keys"_s}).exitCode, 0);
    }

    void badDetachKeys()
    {
        const Run exec = ponton({u"exec"_s, u"-it"_s, u"--detach-keys"_s, u"ctrl-p,quit"_s, u"box"_s, u"sh"_s});
        QCOMPARE(exec.exitCode, 1);
        QVERIFY2(exec.err.startsWith(u"Error: invalid detach keys (ctrl-p,quit): unknown key 'quit';"_s), qPrintable(exec.err));
        const Run run = ponton({u"run"_s, u"--detach-keys"_s, u"ctrl-1"_s, u"--name"_s, u"never"_s, u"alpine"_s, u"true"_s});
        QCOMPARE(run.exitCode, 125);
        QVERIFY2(run.err.startsWith(u"Error: invalid detach keys (ctrl-1): unknown key 'ctrl-1';"_s), qPrintable(run.err));
        QVERIFY(!ponton({u"ps"_s, u"-a"_s}).out.contains(u"never"_s));  // refused before anything was created
    }

private:
    QString writeFile(const QString &name, const QByteArray &contents) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(contents);
        return path;
    }

    Run ponton(const QStringList &arguments, const QByteArray &input = {}, const QHash<QString, QString> &extraEnv = {}) const
    {
        Test::CliRunner runner(QStringLiteral(PONTON_CLI_PATH), m_dir->path());
        runner.setTimeout(60000);
        runner.setEnvironmentValue(u"LC_ALL"_s, u"C"_s);
        runner.setEnvironmentValue(u"PONTON_HELPER"_s, QStringLiteral(PONTON_HELPER_PATH));
        runner.removeEnvironmentValue(u"PONTON_ROOT"_s);
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
            runner.setEnvironmentValue(it.key(), it.value());
        return runner.run(arguments, input);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_id;
};

QTEST_GUILESS_MAIN(TestCliExec)
#include "tst_cliexec.moc"
