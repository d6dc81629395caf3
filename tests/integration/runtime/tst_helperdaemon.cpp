// The helper started on demand is a daemon shared by every client of a store: the CLI that starts it
// exits and the next process is served by the same helper (same pid, same containers); `run -d`,
// `ps` and `stop` from separate processes work; clients racing to start it end with one helper; it
// leaves by itself once no client came for its idle time ($PONTON_HELPER_IDLE_EXIT here).
#include "integration/build/buildtestsupport.h"

#include "runtime/runtimeclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

constexpr int kIdleSeconds = 2;

using Run = Test::CliRun;

// The ponton-helper processes serving stateDir, from /proc.
QList<pid_t> helpersOf(const QString &stateDir)
{
    QList<pid_t> pids;
    const QByteArray wanted = "--state-dir\0"_ba + QFile::encodeName(stateDir) + "\0"_ba;
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool number = false;
        const pid_t pid = pid_t(entry.toInt(&number));
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (!number || !cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray arguments = cmdline.readAll();
        QFile stat(u"/proc/%1/stat"_s.arg(entry));
        const QByteArray status = stat.open(QIODevice::ReadOnly) ? stat.readAll() : QByteArray();
        // Its fork server and the monitors it forks keep its command line under names of their own.
        if (status.contains("(ponton-helper) ") && !status.contains(") Z ") && arguments.contains(wanted))
            pids.append(pid);
    }
    return pids;
}

// Field `index` (1-based, as proc(5) counts) of /proc/pid/stat.
qint64 statField(pid_t pid, int index)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return index - 3 < fields.size() ? fields.at(index - 3).toLongLong() : -1;
}

} // namespace

class TestHelperDaemon : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!Test::BuildStore::canRun())
            QSKIP("needs root (the helper's namespaces and overlayfs) and busybox-static (/bin/busybox)");
        auto alpine = m_store.addBaseImage();
        QVERIFY2(alpine, alpine ? "" : qPrintable(alpine.error().toString()));
    }

    void cleanupTestCase()
    {
        for (pid_t pid : helpersOf(stateDir()))
            qWarning("helper %d still serves %s", int(pid), qPrintable(stateDir()));
    }

    void sharedByEveryClient()
    {
        QVERIFY(helpersOf(stateDir()).isEmpty());
        const Run created = ponton({u"create"_s, u"--name"_s, u"first"_s, u"alpine"_s, u"true"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString firstId = created.out.trimmed();

        // The CLI that started the helper is gone; the helper is in a session of its own, its stdio
        // is nobody's pipe.
        const pid_t helper = helperPid();
        QVERIFY(helper > 0);
        QCOMPARE(helpersOf(stateDir()), QList<pid_t>{helper});
        QCOMPARE(statField(helper, 6), qint64(helper));  // session ID
        QCOMPARE(QFile::symLinkTarget(u"/proc/%1/fd/0"_s.arg(helper)), u"/dev/null"_s);
        QCOMPARE(QFile::symLinkTarget(u"/proc/%1/fd/1"_s.arg(helper)), stateDir() + u"/helper.log"_s);

        const Run listed = ponton({u"ps"_s, u"-a"_s, u"--no-trunc"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(firstId) && listed.out.contains(u"first"_s), qPrintable(listed.out));
        QCOMPARE(helperPid(), helper);

        const Run started = ponton({u"run"_s, u"-d"_s, u"--name"_s, u"sleeper"_s, u"alpine"_s, u"sleep"_s, u"60"_s});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const QString id = started.out.trimmed();
        QCOMPARE(id.size(), 64);
        const Run running = ponton({u"ps"_s, u"--no-trunc"_s});
        QVERIFY2(running.out.contains(id) && running.out.contains(u"Up"_s), qPrintable(running.out));
        // Its monitor was forked by the helper's fork server, not exec'd.
        QFile state(stateDir() + u"/containers/"_s + id + u"/state.json"_s);
        QVERIFY(state.open(QIODevice::ReadOnly));
        const qint64 monitor = QJsonDocument::fromJson(state.readAll()).object().value(u"monitorPid"_s).toInteger();
        QFile comm(u"/proc/%1/comm"_s.arg(monitor));
        QVERIFY(comm.open(QIODevice::ReadOnly));
        QCOMPARE(comm.readAll().trimmed(), "ponton-monitor"_ba);
        const Run stopped = ponton({u"stop"_s, u"-t"_s, u"1"_s, u"sleeper"_s});
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
        QCOMPARE(stopped.out.trimmed(), u"sleeper"_s);
        const Run exited = ponton({u"ps"_s, u"-a"_s, u"--no-trunc"_s});
        QVERIFY2(exited.out.contains(id) && exited.out.contains(u"Exited"_s), qPrintable(exited.out));
        QCOMPARE(helperPid(), helper);
        QCOMPARE(ponton({u"rm"_s, u"first"_s, u"sleeper"_s}).exitCode, 0);

        // No client any more: the helper leaves after its idle time and takes its socket away.
        QElapsedTimer idle;
        idle.start();
        while (!helpersOf(stateDir()).isEmpty() && idle.elapsed() < (kIdleSeconds + 5) * 1000)
            QTest::qWait(50);
        QVERIFY2(helpersOf(stateDir()).isEmpty(), "the helper did not leave after its idle time");
        QVERIFY2(idle.elapsed() >= (kIdleSeconds - 1) * 1000, qPrintable(QString::number(idle.elapsed())));
        QVERIFY(!QFile::exists(socketPath()));
    }

    void racingClientsStartOneHelper()
    {
        QVERIFY(helpersOf(stateDir()).isEmpty());
        std::vector<std::unique_ptr<QProcess>> clients;
        for (int i = 0; i < 4; ++i) {
            clients.push_back(std::make_unique<QProcess>());
            clients.back()->setProcessEnvironment(environment());
            clients.back()->start(QStringLiteral(PONTON_CLI_PATH), {u"--root"_s, m_dir.path(), u"create"_s, u"alpine"_s, u"true"_s});
        }
        for (auto &client : clients) {
            QVERIFY(client->waitForFinished(30000));
            QVERIFY2(client->exitCode() == 0, client->readAllStandardError().constData());
        }
        QCOMPARE(helpersOf(stateDir()).size(), 1);
        QCOMPARE(helpersOf(stateDir()), QList<pid_t>{helperPid()});
        const Run listed = ponton({u"ps"_s, u"-aq"_s});
        QCOMPARE(listed.out.split(u'\n', Qt::SkipEmptyParts).size(), 4);
        QCOMPARE(ponton(QStringList{u"rm"_s} + listed.out.split(u'\n', Qt::SkipEmptyParts)).exitCode, 0);
    }

    void shutdownStopsIt()
    {
        const pid_t helper = helperPid();
        QVERIFY(helper > 0);
        Runtime::RuntimeClient client({{}, stateDir(), {}, false});
        QVERIFY(client.shutdownHelper());
        QVERIFY(helpersOf(stateDir()).isEmpty());
        QVERIFY(!QFile::exists(socketPath()));
    }

private:
    QString stateDir() const { return m_dir.filePath(u"runtime"_s); }
    QString socketPath() const { return m_dir.filePath(u"runtime/helper.sock"_s); }

    // The pid the helper reports, asked by a client that never starts one (0: none answers).
    pid_t helperPid() const
    {
        Runtime::RuntimeClient client({{}, stateDir(), {}, false});
        auto pong = client.ping();
        return pong ? pid_t(pong->value(u"pid"_s).toInteger()) : 0;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PONTON_HELPER"_s, QStringLiteral(PONTON_HELPER_PATH));
        env.insert(u"PONTON_HELPER_IDLE_EXIT"_s, QString::number(kIdleSeconds));
        return env;
    }

    Run ponton(const QStringList &arguments) const
    {
        return m_store.cli(arguments, {}, {}, {{u"PONTON_HELPER_IDLE_EXIT"_s, QString::number(kIdleSeconds)}});
    }

    QTemporaryDir m_dir;
    Test::BuildStore m_store{m_dir.path()};
};

QTEST_GUILESS_MAIN(TestHelperDaemon)
#include "tst_helperdaemon.moc"
