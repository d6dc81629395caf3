// Crash safety of `ponton load` (issue 2, item 7): the real CLI is killed with SIGKILL at 20 random
// moments of a load into the same store; after each kill `ponton system check` finds the store
// consistent, and a final rerun of the load succeeds with Docker's output. Needs the CLI's `load` and
// `system check` verbs (PONTON_CLI_PATH); skipped until they exist.
#include "support/clirunner.h"
#include "support/imagefixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Ponton;

namespace {

const QString Cli = QStringLiteral(PONTON_CLI_PATH);
constexpr int Kills = 20;

using Run = Test::CliRun;

// `ponton ARGS` as given (each call names its own --root), its errors merged into its output.
Run ponton(const QStringList &arguments)
{
    Test::CliRunner runner(Cli);
    runner.setMergedChannels(true);
    return runner.run(arguments);
}

} // namespace

class TestLoadCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedLoadsLeaveAConsistentStore();

private:
    QTemporaryDir m_dir;
    QString m_archive;
    QString m_tag = u"crash/test:1"_s;
};

void TestLoadCrash::initTestCase()
{
    const Run help = ponton({u"load"_s, u"--help"_s});
    const Run check = ponton({u"system"_s, u"check"_s, u"--help"_s});
    if (help.exitCode != 0 || check.exitCode != 0)
        QSKIP("the CLI has no `load` / `system check` verbs yet");
    const Store::ImageStore source(m_dir.filePath(u"source"_s));
    // Several layers of a few MiB each: a load lasts long enough to be interrupted anywhere.
    auto image = Test::ImageFixture::create(source, {6, 8, 1 << 20, true, false, {m_tag}, 71});
    QVERIFY2(image, qPrintable(image ? QString() : image.error().toString()));
    m_archive = m_dir.filePath(u"crash.tar"_s);
    QVERIFY(Test::ImageFixture::saveArchive(source, {m_tag}, m_archive, Store::ImageArchiveWriter::Format::OciArchive));
}

void TestLoadCrash::killedLoadsLeaveAConsistentStore()
{
    const QString root = m_dir.filePath(u"target"_s);
    // How long a whole load takes here (into another store), to spread the kills over it.
    QElapsedTimer timer;
    timer.start();
    const Run reference = ponton({u"--root"_s, m_dir.filePath(u"timing"_s), u"load"_s, u"-i"_s, m_archive});
    QVERIFY2(reference.exitCode == 0, qPrintable(reference.out));
    const int duration = qMax(20, int(timer.elapsed()));

    int interrupted = 0;
    for (int attempt = 0; attempt < Kills * 3 && interrupted < Kills; ++attempt) {
        QProcess load;
        load.start(Cli, {u"--root"_s, root, u"load"_s, u"-i"_s, m_archive});
        QVERIFY(load.waitForStarted());
        QTest::qSleep(int(QRandomGenerator::global()->bounded(duration)));
        const bool running = load.state() == QProcess::Running;
        ::kill(pid_t(load.processId()), SIGKILL);
        load.waitForFinished();
        if (running)
            ++interrupted;
        const Run check = ponton({u"--root"_s, root, u"system"_s, u"check"_s});
        QVERIFY2(check.exitCode == 0, qPrintable(u"after kill %1: %2"_s.arg(attempt).arg(check.out)));
    }
    QVERIFY2(interrupted >= Kills, qPrintable(u"only %1 loads were still running when killed"_s.arg(interrupted)));

    const Run rerun = ponton({u"--root"_s, root, u"load"_s, u"-i"_s, m_archive});
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.out));
    const QString loadedLine = u"Loaded image: "_s + m_tag;
    QVERIFY2(rerun.out.contains(loadedLine), qPrintable(rerun.out));
    const Run check = ponton({u"--root"_s, root, u"system"_s, u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    const Run images = ponton({u"--root"_s, root, u"images"_s});
    QVERIFY2(images.out.contains(u"crash/test"_s), qPrintable(images.out));
}

QTEST_GUILESS_MAIN(TestLoadCrash)
#include "tst_loadcrash.moc"
