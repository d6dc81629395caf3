// Commit support of the real helper: a container's upper dir streamed as an OCI layer tar (whiteouts
// and opaque directories in OCI form), its diff_id, and the upper dir adopted as a snapshot that a new
// container can run on.

#include "helperfixture.h"

#include <QMap>
#include <QTemporaryFile>

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

struct TarEntry {
    int type = 0;
    QByteArray link;       // symlink target or hardlink target
    bool hardlink = false;
    QByteArray data;
};

QMap<QByteArray, TarEntry> readTar(const QByteArray &bytes)
{
    QMap<QByteArray, TarEntry> entries;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_open_memory(a, bytes.constData(), size_t(bytes.size()));
    archive_entry *e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        TarEntry t;
        t.type = int(archive_entry_filetype(e));
        t.hardlink = archive_entry_hardlink(e) != nullptr;
        t.link = t.hardlink ? archive_entry_hardlink(e) : archive_entry_symlink(e) ? archive_entry_symlink(e) : "";
        char buffer[4096];
        la_ssize_t n;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
            t.data.append(buffer, n);
        entries.insert(archive_entry_pathname(e), t);
    }
    archive_read_free(a);
    return entries;
}

} // namespace

class CommitDiffTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::HelperFixture> m_fixture;
    Runtime::RuntimeClient &client() { return m_fixture->client(); }

    Result<Runtime::ContainerInfo> create(const QList<Digest> &layers, const QStringList &args)
    {
        Runtime::ContainerSpec spec;
        spec.snapshots = layers;
        spec.args = args;
        return client().create(spec);
    }

    Result<QByteArray> diff(const QString &id, Digest &diffId)
    {
        QTemporaryFile file;
        if (!file.open())
            return fail(ErrorCode::Internal, u"temporary file"_s);
        auto digest = client().diff(id, file.handle());
        if (!digest)
            return std::unexpected(digest.error());
        diffId = *digest;
        file.seek(0);
        return file.readAll();
    }

private slots:
    void init()
    {
        if (!Test::HelperFixture::canRun())
            QSKIP("needs root and /bin/busybox");
        m_fixture = std::make_unique<Test::HelperFixture>();
    }
    void cleanup() { m_fixture.reset(); }

    void diffOfAStoppedContainerAndAdoption()
    {
        auto base = m_fixture->busybox();
        QVERIFY(base);
        auto container = create({*base}, {u"sh"_s, u"-c"_s,
                                          u"mkdir -p /work/sub && echo hello > /work/sub/file && "
                                          u"ln /work/sub/file /work/sub/hard && ln -s file /work/sub/sym && "
                                          u"rm /etc/group && rm -rf /home && mkdir /home && echo x > /home/new"_s});
        QVERIFY(container);
        QVERIFY(client().start(container->id));
        QCOMPARE(*client().wait(container->id), 0);

        Digest diffId;
        auto tar = diff(container->id, diffId);
        QVERIFY2(tar, Test::why(tar).constData());
        QCOMPARE(Digest::ofData(*tar), diffId);
        const auto entries = readTar(*tar);
        QVERIFY2(entries.contains("work/sub/file"), QList<QByteArray>(entries.keys()).join(' ').constData());
        QCOMPARE(entries["work/sub/file"].data, QByteArray("hello\n"));
        QVERIFY(entries["work/sub/hard"].hardlink);
        QCOMPARE(entries["work/sub/hard"].link, QByteArray("work/sub/file"));
        QCOMPARE(entries["work/sub/sym"].type, int(AE_IFLNK));
        QCOMPARE(entries["work/sub/sym"].link, QByteArray("file"));
        QVERIFY(entries.contains("etc/.wh.group"));
        QVERIFY(entries.contains("home/.wh..wh..opq"));
        QVERIFY(entries.contains("home/new"));
        for (const QByteArray &name : entries.keys()) {
            QVERIFY2(!name.startsWith("proc") && !name.startsWith("dev") && !name.startsWith("sys"), name.constData());
            QVERIFY2(name != "etc/hosts" && name != "etc/hostname" && name != "etc/resolv.conf", name.constData());
        }

        QVERIFY(!client().adopt(container->id, Digest::ofData("not the diff")));
        auto adopted = client().adopt(container->id, diffId);
        QVERIFY2(adopted, Test::why(adopted).constData());
        QVERIFY(*client().hasSnapshot(diffId));
        const QString snapshot = m_fixture->stateDir() + u"/snapshots/"_s + diffId.hex();
        struct stat st{};
        QCOMPARE(::lstat((snapshot + u"/etc/group"_s).toLocal8Bit().constData(), &st), 0);
        QVERIFY(S_ISCHR(st.st_mode) && st.st_rdev == makedev(0, 0));
        char opaque[2] = {};
        QCOMPARE(::lgetxattr((snapshot + u"/home"_s).toLocal8Bit().constData(), "trusted.overlay.opaque", opaque, 2), ssize_t(1));

        // The adopted snapshot is a layer like any other: a new container on base + it sees the changes.
        auto next = create({*base, diffId}, {u"sh"_s, u"-c"_s,
                                             u"cat /work/sub/file; test -e /etc/group && echo group; ls /home"_s});
        QVERIFY(next);
        int pipe[2];
        QCOMPARE(::pipe2(pipe, O_CLOEXEC), 0);
        Runtime::FileDescriptor readEnd(pipe[0]), writeEnd(pipe[1]);
        QVERIFY(client().start(next->id, {-1, writeEnd.get(), writeEnd.get()}));
        writeEnd.reset();
        QByteArray output;
        char buffer[512];
        ssize_t n;
        while ((n = ::read(readEnd.get(), buffer, sizeof buffer)) > 0)
            output.append(buffer, n);
        QCOMPARE(*client().wait(next->id), 0);
        QCOMPARE(output, QByteArray("hello\nnew\n"));

        // Unpacking the same tar again finds the adopted snapshot.
        QTemporaryFile blob;
        QVERIFY(blob.open() && blob.write(*tar) == tar->size() && blob.flush() && blob.seek(0));
        auto again = client().unpack(diffId, blob.handle(), u"application/vnd.oci.image.layer.v1.tar"_s);
        QVERIFY(again && again->existed);
    }

    void runningContainerMustBePaused()
    {
        auto base = m_fixture->busybox();
        QVERIFY(base);
        auto container = create({*base}, {u"sh"_s, u"-c"_s, u"echo changed > /root/state; sleep 30"_s});
        QVERIFY(container);
        QVERIFY(client().start(container->id));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_fixture->stateDir() + u"/containers/"_s + container->id
                                               + u"/upper/root/state"_s), 5000);
        Digest diffId;
        auto refused = diff(container->id, diffId);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(client().pause(container->id));
        auto tar = diff(container->id, diffId);
        QVERIFY2(tar, Test::why(tar).constData());
        QCOMPARE(readTar(*tar).value("root/state").data, QByteArray("changed\n"));
        QVERIFY(client().adopt(container->id, diffId));
        QVERIFY(client().unpause(container->id));
        QCOMPARE(client().inspect(container->id)->status, u"running"_s);
        QVERIFY(client().kill(container->id, SIGKILL));
        QCOMPARE(*client().wait(container->id), 137);
    }
};

QTEST_GUILESS_MAIN(CommitDiffTest)
#include "tst_commitdiff.moc"
