// What tst_snapshots (hostile layers at unpack) and tst_helperprotocol (framing, peers) leave out:
// hostile images that try to make a *running* container or an exec reach the host (symlinked /etc,
// /dev, /proc, working directory), a block device node of the host's disk in a layer, bind mount
// sources passed as O_PATH, descriptors of the helper leaking into containers and execs, and a
// flood of connections beyond the helper's limit. A canary outside the store must stay untouched.

#include "helperfixture.h"
#include "tarbuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryFile>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

// The first whole disk the kernel lists (major:minor), or none.
QPair<int, int> someDisk()
{
    for (const QString &name : QDir(u"/sys/block"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (name.startsWith(u"loop"_s) || name.startsWith(u"ram"_s) || name.startsWith(u"zram"_s))
            continue;
        QFile dev(u"/sys/block/"_s + name + u"/dev"_s);
        if (!dev.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> numbers = dev.readAll().trimmed().split(':');
        if (numbers.size() == 2)
            return {numbers[0].toInt(), numbers[1].toInt()};
    }
    return {-1, -1};
}

} // namespace

class SecurityTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::HelperFixture> m_fixture;
    QString m_outside, m_canary;
    struct stat m_before {};

    Runtime::RuntimeClient &client() { return m_fixture->client(); }

    Result<Digest> unpack(const QByteArray &tar)
    {
        QTemporaryFile file;
        if (!file.open() || file.write(tar) != tar.size() || !file.flush() || !file.seek(0))
            return fail(ErrorCode::Internal, u"temporary blob"_s);
        const Digest diffId = Digest::ofData(tar);
        auto unpacked = client().unpack(diffId, file.handle(), u"application/vnd.oci.image.layer.v1.tar"_s);
        if (!unpacked)
            return std::unexpected(unpacked.error());
        return diffId;
    }

    Result<Runtime::ContainerInfo> create(const QList<Digest> &layers, const QStringList &args, const QString &cwd = u"/"_s)
    {
        Runtime::ContainerSpec spec;
        spec.snapshots = layers;
        spec.args = args;
        spec.workingDir = cwd;
        return client().create(spec);
    }

    // Starts with its output on a pipe; the output and exit code, or the start's error.
    Result<QPair<int, QByteArray>> run(const QString &id)
    {
        int pipe[2];
        if (::pipe2(pipe, O_CLOEXEC) < 0)
            return fail(ErrorCode::Internal, u"pipe"_s);
        Runtime::FileDescriptor readEnd(pipe[0]), writeEnd(pipe[1]);
        auto started = client().start(id, {-1, writeEnd.get(), writeEnd.get()});
        writeEnd.reset();
        if (!started)
            return std::unexpected(started.error());
        const QByteArray output = Test::readUntilEof(readEnd.get());
        auto code = client().wait(id);
        if (!code)
            return std::unexpected(code.error());
        return QPair<int, QByteArray>{*code, output};
    }

    void verifyCanaryUntouched()
    {
        QFile check(m_canary);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("canary"));
        struct stat after {};
        QCOMPARE(::stat(m_canary.toLocal8Bit().constData(), &after), 0);
        QCOMPARE(after.st_ino, m_before.st_ino);
        QCOMPARE(after.st_mtim.tv_nsec, m_before.st_mtim.tv_nsec);
        QCOMPARE(QDir(m_outside).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden),
                 QStringList{u"canary"_s});
    }

private slots:
    void init()
    {
        if (!Test::HelperFixture::canRun())
            QSKIP("needs root and /bin/busybox");
        m_fixture = std::make_unique<Test::HelperFixture>();
        m_outside = m_fixture->path() + u"/outside"_s;
        m_canary = m_outside + u"/canary"_s;
        QVERIFY(QDir().mkpath(m_outside));
        QFile file(m_canary);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("canary") == 6);
        file.close();
        QCOMPARE(::stat(m_canary.toLocal8Bit().constData(), &m_before), 0);
    }
    void cleanup() { m_fixture.reset(); }

    // A layer over busybox whose system directories point at the host: the helper mounts /proc, /dev,
    // /etc/hosts… on targets resolved inside the rootfs, so nothing lands in the host directory.
    void hostileImageRunsContained_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("etc-symlink-out") << QByteArray("etc");
        QTest::newRow("hosts-symlink-to-canary") << QByteArray("hosts");
        QTest::newRow("dev-symlink-out") << QByteArray("dev");
        QTest::newRow("proc-symlink-out") << QByteArray("proc");
        QTest::newRow("sys-symlink-out") << QByteArray("sys");
        QTest::newRow("workdir-symlink-out") << QByteArray("workdir");
    }
    void hostileImageRunsContained()
    {
        QFETCH(QByteArray, kind);
        auto base = m_fixture->busybox();
        QVERIFY2(base, Test::why(base).constData());
        const QByteArray outside = m_outside.toLocal8Bit(), canary = m_canary.toLocal8Bit();
        Test::TarBuilder t;
        if (kind == "etc") t.symlink("etc", outside);
        else if (kind == "hosts") t.dir("etc").symlink("etc/hosts", canary).symlink("etc/resolv.conf", canary);
        else if (kind == "dev") t.symlink("dev", outside);
        else if (kind == "proc") t.symlink("proc", outside);
        else if (kind == "sys") t.symlink("sys", outside);
        else if (kind == "workdir") t.symlink("work", outside);
        auto hostile = unpack(t.finish());
        QVERIFY2(hostile, Test::why(hostile).constData());
        const QString cwd = kind == "workdir" ? u"/work/inside"_s : u"/"_s;
        auto container = create({*base, *hostile},
                                {u"sh"_s, u"-c"_s, u"echo pwned > /etc/hosts; echo pwned > /dev/canary; "
                                                   u"echo pwned > canary; echo pwned > /proc/canary; true"_s},
                                cwd);
        QVERIFY2(container, Test::why(container).constData());
        auto result = run(container->id);  // may fail to start; either way the host is untouched
        Q_UNUSED(result);
        verifyCanaryUntouched();
    }

    // An exec whose working directory goes through a symlink to the host resolves it inside the
    // container: the command cannot start (126) and writes nothing outside.
    void execWorkingDirectoryStaysInside()
    {
        auto base = m_fixture->busybox();
        QVERIFY(base);
        auto hostile = unpack(Test::TarBuilder().symlink("jump", m_outside.toLocal8Bit()).finish());
        QVERIFY2(hostile, Test::why(hostile).constData());
        auto container = create({*base, *hostile}, {u"sleep"_s, u"30"_s});
        QVERIFY(container);
        QVERIFY(client().start(container->id));
        Runtime::ExecSpec spec;
        spec.args = {u"sh"_s, u"-c"_s, u"echo pwned > canary"_s};
        spec.workingDir = u"/jump"_s;
        auto process = client().exec(container->id, spec);
        QVERIFY2(process, Test::why(process).constData());
        QVERIFY(!process->started());
        QCOMPARE(process->exitCode, 126);
        spec.workingDir = u"/"_s;
        spec.args = {u"sh"_s, u"-c"_s, u"echo pwned > /jump/canary"_s};  // the symlink resolves in the container's root
        auto through = client().exec(container->id, spec);
        QVERIFY(through && through->started());
        auto code = client().waitExec(container->id, through->execId);
        QVERIFY(code);
        QVERIFY(*code != 0);
        verifyCanaryUntouched();
    }

    // A layer may carry device nodes (they are kept), but the devices cgroup denies a container the
    // host's disks, as Docker's rules do (only reading is tried).
    void hostDiskNodeIsDenied()
    {
        const QPair<int, int> disk = someDisk();
        if (disk.first < 0)
            QSKIP("this machine lists no disk in /sys/block");
        if (!QFile::exists(u"/sys/fs/cgroup/devices"_s))
            QSKIP("no v1 devices hierarchy here: the helper relies on it to deny device nodes");
        auto base = m_fixture->busybox();
        QVERIFY(base);
        auto layer = unpack(Test::TarBuilder().blockDevice("disk", disk.first, disk.second).finish());
        QVERIFY2(layer, Test::why(layer).constData());
        auto container = create({*base, *layer}, {u"sh"_s, u"-c"_s, u"dd if=/disk of=/dev/null bs=512 count=1 && echo read"_s});
        QVERIFY(container);
        auto result = run(container->id);
        QVERIFY2(result, Test::why(result).constData());
        QVERIFY2(result->first != 0, result->second.constData());
        QVERIFY2(!result->second.contains("read\n"), result->second.constData());
        QVERIFY2(result->second.contains("Operation not permitted"), result->second.constData());
    }

    // The helper takes bind mount sources only as real opens: an O_PATH descriptor (which needs no
    // read permission) is refused, so a client cannot mount what it could not read.
    void pathOnlyBindSourceIsRefused()
    {
        auto base = m_fixture->busybox();
        QVERIFY(base);
        Runtime::ContainerSpec spec;
        spec.snapshots = {*base};
        spec.args = {u"true"_s};
        spec.mounts = {{m_outside, u"/data"_s, false}};
        auto container = client().create(spec);
        QVERIFY(container);
        Runtime::FileDescriptor pathOnly(::open(m_outside.toLocal8Bit().constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
        QVERIFY(pathOnly.isValid());
        auto refused = client().call(u"container.start"_s, {{u"id"_s, container->id}, {u"mounts"_s, QJsonArray{0}}},
                                     {pathOnly.get()});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        auto missing = client().call(u"container.start"_s, {{u"id"_s, container->id}, {u"mounts"_s, QJsonArray{}}});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::InvalidArgument);
    }

    // Only 0, 1, 2 (and ls's own directory) are open in a container's init and in an exec.
    void noDescriptorLeaksIntoContainers()
    {
        auto base = m_fixture->busybox();
        QVERIFY(base);
        auto container = create({*base}, {u"sh"_s, u"-c"_s, u"ls /proc/self/fd | tr '\\n' ' '; exec sleep 30"_s});
        QVERIFY(container);
        int pipe[2];
        QCOMPARE(::pipe2(pipe, O_CLOEXEC), 0);
        Runtime::FileDescriptor readEnd(pipe[0]), writeEnd(pipe[1]);
        QVERIFY(client().start(container->id, {-1, writeEnd.get(), writeEnd.get()}));
        writeEnd.reset();
        char buffer[256] = {};
        pollfd p{readEnd.get(), POLLIN, 0};
        QVERIFY(::poll(&p, 1, 10000) > 0);
        const ssize_t n = ::read(readEnd.get(), buffer, sizeof buffer - 1);
        QCOMPARE(QByteArray(buffer, int(qMax<ssize_t>(n, 0))), QByteArray("0 1 2 3 "));
        int out[2];
        QCOMPARE(::pipe2(out, O_CLOEXEC), 0);
        Runtime::FileDescriptor execRead(out[0]), execWrite(out[1]);
        Runtime::ExecSpec spec;
        spec.args = {u"sh"_s, u"-c"_s, u"ls /proc/self/fd | tr '\\n' ' '"_s};
        auto process = client().exec(container->id, spec, {-1, execWrite.get(), execWrite.get()});
        execWrite.reset();
        QVERIFY2(process && process->started(), Test::why(process).constData());
        QCOMPARE(Test::readUntilEof(execRead.get()), QByteArray("0 1 2 3 "));
    }

    // More connections than the helper serves at once: the extra ones get an error reply, and once
    // they are gone the helper answers as before.
    void connectionFloodKeepsServing()
    {
        std::vector<Runtime::HelperConnection> held;
        int refused = 0;
        for (int i = 0; i < 300; ++i) {
            auto connection = Runtime::HelperConnection::connectTo(m_fixture->socketPath());
            if (!connection) {
                ++refused;
                continue;
            }
            auto reply = connection->call(u"ping"_s, {});
            if (!reply) {
                QCOMPARE(reply.error().code, ErrorCode::Unavailable);
                ++refused;
            }
            held.push_back(std::move(*connection));
        }
        QVERIFY2(refused >= 300 - 256, qPrintable(QString::number(refused)));
        held.clear();
        QTRY_VERIFY_WITH_TIMEOUT(client().ping().has_value(), 5000);
    }
};

QTEST_GUILESS_MAIN(SecurityTest)
#include "tst_security.moc"
