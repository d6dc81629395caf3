// Snapshots unpacked by the real helper: formats, metadata, whiteouts, diff_id verification and
// hostile layers that try to write outside the snapshot (a canary file outside must stay untouched).

#include "helperfixture.h"
#include "support/imagefixture.h"
#include "tarbuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

const QString kTar = u"application/vnd.oci.image.layer.v1.tar"_s;
const QString kGzip = u"application/vnd.oci.image.layer.v1.tar+gzip"_s;

QString xattr(const QString &path, const char *name)
{
    char value[256] = {};
    const ssize_t n = ::lgetxattr(path.toLocal8Bit().constData(), name, value, sizeof value);
    return n < 0 ? QString() : QString::fromLatin1(value, n);
}

} // namespace

class SnapshotsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::HelperFixture> m_fixture;

    Result<Runtime::UnpackResult> unpack(const QByteArray &blob, const Digest &diffId, const QString &mediaType = kTar)
    {
        QTemporaryFile file;
        if (!file.open() || file.write(blob) != blob.size() || !file.flush() || !file.seek(0))
            return fail(ErrorCode::Internal, u"temporary blob"_s);
        return m_fixture->client().unpack(diffId, file.handle(), mediaType);
    }
    Result<Runtime::UnpackResult> unpack(const QByteArray &tar) { return unpack(tar, Digest::ofData(tar)); }
    QString snapshotDir(const Digest &d) const { return m_fixture->stateDir() + u"/snapshots/"_s + d.hex(); }
    QStringList temporaries() const
    {
        return QDir(m_fixture->stateDir() + u"/snapshots"_s).entryList({u".tmp-*"_s}, QDir::AllEntries | QDir::Hidden);
    }

private slots:
    void init()
    {
        if (!Test::HelperFixture::canRun())
            QSKIP("needs root and /bin/busybox");
        m_fixture = std::make_unique<Test::HelperFixture>();
    }
    void cleanup() { m_fixture.reset(); }

    void busyboxLayer_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("plain") << false;
        QTest::newRow("gzip") << true;
    }
    void busyboxLayer()
    {
        QFETCH(bool, gzip);
        auto diffId = Test::BusyboxLayer::diffId();
        auto blob = gzip ? Test::BusyboxLayer::gzipTar() : Test::BusyboxLayer::tar();
        QVERIFY(diffId && blob);
        auto first = unpack(*blob, *diffId, gzip ? kGzip : kTar);
        QVERIFY2(first, Test::why(first).constData());
        QVERIFY(!first->existed);
        QCOMPARE(first->uncompressedSize, Test::BusyboxLayer::tar()->size());
        const QString root = snapshotDir(*diffId);
        QFileInfo busybox(root + u"/bin/busybox"_s);
        QVERIFY(busybox.isFile());
        QCOMPARE(busybox.size(), QFileInfo(u"/bin/busybox"_s).size());
        QVERIFY(busybox.permission(QFile::ExeOwner | QFile::ExeOther));
        QCOMPARE(QFileInfo(root + u"/bin/sh"_s).symLinkTarget(), root + u"/bin/busybox"_s);
        QCOMPARE(QFileInfo(root + u"/tmp"_s).permissions() & QFile::WriteOther, QFile::WriteOther);
        auto again = unpack(*blob, *diffId, gzip ? kGzip : kTar);
        QVERIFY(again && again->existed);
        auto listed = m_fixture->client().snapshots();
        QVERIFY(listed && listed->contains(*diffId));
        QVERIFY(temporaries().isEmpty());
    }

    void diffIdIsVerified()
    {
        const QByteArray tar = Test::TarBuilder().file("a", "content").finish();
        const Digest wrong = Digest::ofData("something else");
        auto result = unpack(tar, wrong);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::DigestMismatch);
        QVERIFY(!QFileInfo::exists(snapshotDir(wrong)));
        QVERIFY(!QFileInfo::exists(snapshotDir(Digest::ofData(tar))));
        QVERIFY(temporaries().isEmpty());
    }

    void compressionMustMatchTheMediaType_data()
    {
        QTest::addColumn<bool>("gzipBlob");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<int>("code");
        QTest::newRow("gzip-declared-plain") << true << kTar << int(ErrorCode::InvalidArgument);
        QTest::newRow("plain-declared-gzip") << false << kGzip << int(ErrorCode::InvalidArgument);
        QTest::newRow("plain-declared-zstd") << false << u"application/vnd.oci.image.layer.v1.tar+zstd"_s << int(ErrorCode::InvalidArgument);
        QTest::newRow("unknown-type") << false << u"application/x-tar-of-doom"_s << int(ErrorCode::InvalidArgument);
    }
    void compressionMustMatchTheMediaType()
    {
        QFETCH(bool, gzipBlob);
        QFETCH(QString, mediaType);
        QFETCH(int, code);
        auto result = unpack(gzipBlob ? *Test::BusyboxLayer::gzipTar() : *Test::BusyboxLayer::tar(),
                             *Test::BusyboxLayer::diffId(), mediaType);
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), code);
        QVERIFY(!QFileInfo::exists(snapshotDir(*Test::BusyboxLayer::diffId())));
    }

    // gzip layers are inflated by the helper's own ISA-L stream: members one after another are one
    // layer; a flipped byte, a wrong CRC-32, a cut stream or bytes after the last member are refused
    // with an error that says so, and leave no snapshot behind.
    void gzipStreams_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("error");  // empty: the layer unpacks
        QTest::newRow("one-member") << QByteArray("one") << QString();
        QTest::newRow("three-members") << QByteArray("three") << QString();
        QTest::newRow("flipped-byte") << QByteArray("flip") << u"corrupt gzip stream"_s;
        QTest::newRow("wrong-crc") << QByteArray("crc") << u"CRC-32 or length mismatch"_s;
        QTest::newRow("truncated") << QByteArray("cut") << u"truncated gzip stream"_s;
        QTest::newRow("trailing-bytes") << QByteArray("trailing") << u"unexpected bytes after member 1"_s;
        QTest::newRow("empty-blob") << QByteArray("empty") << u"not gzip-compressed"_s;
    }
    void gzipStreams()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, error);
        auto tar = Test::BusyboxLayer::tar();
        QVERIFY2(tar, Test::why(tar).constData());
        const qsizetype third = tar->size() / 3;
        QByteArray blob = Test::ImageFixture::gzip(*tar);
        QVERIFY(blob.size() > 1000);
        if (kind == "three")
            blob = Test::ImageFixture::gzip(tar->left(third)) + Test::ImageFixture::gzip(tar->mid(third, third)) + Test::ImageFixture::gzip(tar->mid(2 * third));
        else if (kind == "flip")
            blob[blob.size() / 2] = char(blob[blob.size() / 2] ^ 0x5a);
        else if (kind == "crc")
            blob[blob.size() - 6] = char(blob[blob.size() - 6] ^ 1);
        else if (kind == "cut")
            blob.chop(blob.size() / 3);
        else if (kind == "trailing")
            blob += QByteArray("not gzip");
        else if (kind == "empty")
            blob.clear();
        auto result = unpack(blob, *Test::BusyboxLayer::diffId(), kGzip);
        const QString snapshot = snapshotDir(*Test::BusyboxLayer::diffId());
        if (error.isEmpty()) {
            QVERIFY2(result, Test::why(result).constData());
            QVERIFY(QFileInfo(snapshot + u"/bin/busybox"_s).isFile());
            QCOMPARE(result->uncompressedSize, tar->size());
        } else {
            QVERIFY2(!result, kind.constData());
            QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
            QVERIFY(!QFileInfo::exists(snapshot));
        }
        QVERIFY(temporaries().isEmpty());
    }

    void metadataAndWhiteouts()
    {
        const QByteArray tar = Test::TarBuilder()
                                   .dir("d", 0750, 1000, 1001)
                                   .pax({{"SCHILY.xattr.user.note", "kept"}, {"SCHILY.xattr.trusted.overlay.origin", "x"}})
                                   .file("d/suid", "#!/bin/sh\n", 04755, 1000, 1001)
                                   .hardlink("d/again", "d/suid")
                                   .symlink("d/link", "/etc/passwd")
                                   .charDevice("d/null", 1, 3, 0666)
                                   .fifo("d/pipe")
                                   .file(".wh.gone", {})
                                   .dir("opaque")
                                   .file("opaque/.wh..wh..opq", {})
                                   .file("/abs/file", "absolute paths stay inside")
                                   .finish();
        const Digest diffId = Digest::ofData(tar);
        auto result = unpack(tar);
        QVERIFY2(result, Test::why(result).constData());
        const QString root = snapshotDir(diffId);
        struct stat st{};
        QCOMPARE(::lstat((root + u"/d"_s).toLocal8Bit().constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0750));
        QCOMPARE(st.st_uid, uid_t(1000));
        QCOMPARE(st.st_gid, gid_t(1001));
        QCOMPARE(::lstat((root + u"/d/suid"_s).toLocal8Bit().constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(04755));
        QCOMPARE(st.st_nlink, nlink_t(2));
        QCOMPARE(st.st_mtime, time_t(1700000000));
        QCOMPARE(xattr(root + u"/d/suid"_s, "user.note"), u"kept"_s);
        QCOMPARE(xattr(root + u"/d/suid"_s, "trusted.overlay.origin"), QString());
        QCOMPARE(QFileInfo(root + u"/d/link"_s).symLinkTarget(), u"/etc/passwd"_s);
        QCOMPARE(::lstat((root + u"/d/null"_s).toLocal8Bit().constData(), &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
        QCOMPARE(st.st_rdev, makedev(1, 3));
        QCOMPARE(st.st_mode & 0777, mode_t(0666));
        QCOMPARE(::lstat((root + u"/d/pipe"_s).toLocal8Bit().constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
        QCOMPARE(::lstat((root + u"/gone"_s).toLocal8Bit().constData(), &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
        QCOMPARE(st.st_rdev, makedev(0, 0));
        QVERIFY(!QFileInfo::exists(root + u"/.wh.gone"_s));
        QCOMPARE(xattr(root + u"/opaque"_s, "trusted.overlay.opaque"), u"y"_s);
        QVERIFY(!QFileInfo::exists(root + u"/opaque/.wh..wh..opq"_s));
        QVERIFY(QFileInfo(root + u"/abs/file"_s).isFile());
        auto stat = m_fixture->client().call(u"snapshot.stat"_s, {{u"diffId"_s, diffId.toString()}});
        QVERIFY(stat && !stat->result.value(u"rootOpaque"_s).toBool());
    }

    void opaqueRoot()
    {
        const QByteArray tar = Test::TarBuilder().file(".wh..wh..opq", {}).file("only", "x").finish();
        QVERIFY(unpack(tar));
        auto stat = m_fixture->client().call(u"snapshot.stat"_s, {{u"diffId"_s, Digest::ofData(tar).toString()}});
        QVERIFY(stat);
        QCOMPARE(stat->result.value(u"rootOpaque"_s).toBool(), true);
    }

    void hostileLayers_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<bool>("mayUnpack");
        QTest::newRow("dotdot-file") << QByteArray("dotdot-file") << false;
        QTest::newRow("dotdot-dir-then-file") << QByteArray("dotdot-dir") << false;
        QTest::newRow("absolute-path") << QByteArray("absolute") << true;
        QTest::newRow("symlink-then-write-through") << QByteArray("symlink-through") << true;
        QTest::newRow("relative-symlink-up-then-write") << QByteArray("symlink-up") << true;
        QTest::newRow("symlink-replaced-by-file") << QByteArray("symlink-replaced") << true;
        QTest::newRow("hardlink-absolute") << QByteArray("hardlink-absolute") << false;
        QTest::newRow("hardlink-dotdot") << QByteArray("hardlink-dotdot") << false;
        QTest::newRow("hardlink-through-symlink") << QByteArray("hardlink-symlink") << false;
        QTest::newRow("whiteout-dotdot-name") << QByteArray("whiteout-dotdot") << false;
        QTest::newRow("whiteout-in-dotdot") << QByteArray("whiteout-parent") << false;
        QTest::newRow("device-node-then-write") << QByteArray("device-write") << true;
        QTest::newRow("symlink-root-then-deep-write") << QByteArray("symlink-root") << true;
    }
    void hostileLayers()
    {
        QFETCH(QByteArray, kind);
        QFETCH(bool, mayUnpack);
        const QString outside = m_fixture->path() + u"/outside"_s;
        QVERIFY(QDir().mkpath(outside));
        const QString canary = outside + u"/canary"_s;
        QFile file(canary);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("canary") == 6);
        file.close();
        struct stat before{};
        QCOMPARE(::stat(canary.toLocal8Bit().constData(), &before), 0);
        // From snapshots/.tmp-…/ the canary is ../../../outside/canary.
        const QByteArray up = "../../../outside/canary", absolute = canary.toLocal8Bit(),
                         absoluteDir = outside.toLocal8Bit();
        Test::TarBuilder t;
        if (kind == "dotdot-file") t.file(up, "pwned");
        else if (kind == "dotdot-dir") t.dir("a").file("a/../../../../outside/canary", "pwned");
        else if (kind == "absolute") t.file(absolute, "pwned");
        else if (kind == "symlink-through") t.symlink("evil", absoluteDir).file("evil/canary", "pwned");
        else if (kind == "symlink-up") t.symlink("up", "../../../../../../../..").file("up" + absolute, "pwned");
        else if (kind == "symlink-replaced") t.symlink("link", absolute).file("link", "pwned");
        else if (kind == "hardlink-absolute") t.hardlink("h", absolute).file("h", "pwned");
        else if (kind == "hardlink-dotdot") t.hardlink("h", up);
        else if (kind == "hardlink-symlink") t.symlink("s", absoluteDir).hardlink("h", "s/canary");
        else if (kind == "whiteout-dotdot") t.dir("d").file("d/.wh..", {});
        else if (kind == "whiteout-parent") t.file("../../../outside/.wh.canary", {});
        else if (kind == "device-write") t.charDevice("node", 8, 0).file("node", "pwned");
        else if (kind == "symlink-root") t.dir("a").symlink("a/b", "/").file("a/b" + absolute, "inside");
        const QByteArray tar = t.finish();
        auto result = unpack(tar);
        if (!mayUnpack)
            QVERIFY2(!result, kind.constData());
        QFile check(canary);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("canary"));
        struct stat after{};
        QCOMPARE(::stat(canary.toLocal8Bit().constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_nlink, nlink_t(1));
        QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
        QCOMPARE(QDir(outside).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System), QStringList{u"canary"_s});
        QVERIFY(temporaries().isEmpty());
        if (result && kind == "device-write") {
            struct stat node{};
            QCOMPARE(::lstat((snapshotDir(Digest::ofData(tar)) + u"/node"_s).toLocal8Bit().constData(), &node), 0);
            QVERIFY(S_ISREG(node.st_mode));
        }
    }
};

QTEST_GUILESS_MAIN(SnapshotsTest)
#include "tst_snapshots.moc"
