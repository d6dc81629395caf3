// Non-root use of the runtime helper (issue 7): the real ponton-helper serves a socket for root and one
// group, as the packaged systemd units run it; forked clients with an ordinary user's identity find the
// system socket by themselves, a member of the group is served, and an outsider is told how to join.
// A member, who cannot read the helper's state folder, reads an image's files and a container's changes
// through the helper (rootfs.list, rootfs.open, container.changes), never out of a snapshot. Where
// nothing answers, the engine starts the system helper with pkexec: here a stand-in executable on PATH
// plays pkexec (it records its arguments), since no polkit agent runs on a test machine.
#include "build/layerbuilder.h"
#include "build/rootfsview.h"
#include "image/mediatypes.h"
#include "runtime/runtimeclient.h"
#include "runtime/systemhelperlauncher.h"
#include "runtime/upperdirchanges.h"
#include "store/imagestore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

constexpr uid_t kUser = 65534;    // nobody
constexpr gid_t kGroup = 54321;   // the helper's group in this test (no name needed)

// A child process with uid kUser (and kGroup as a supplementary group when `member`) running `work`
// with `environment` set; answer() returns what it wrote to the pipe.
class OrdinaryUser
{
public:
    using Environment = QList<QPair<QByteArray, QByteArray>>;

    OrdinaryUser(bool member, const std::function<QByteArray()> &work, const Environment &environment = {})
    {
        int pipeFds[2];
        if (::pipe(pipeFds) < 0)
            return;
        m_child = ::fork();
        if (m_child == 0) {
            ::close(pipeFds[0]);
            for (const auto &[name, value] : environment)
                qputenv(name.constData(), value);
            const gid_t groups[] = {kGroup};
            const bool dropped = ::setgroups(member ? 1 : 0, groups) == 0 && ::setgid(kUser) == 0 && ::setuid(kUser) == 0;
            const QByteArray answer = dropped ? work() : QByteArray("could not drop privileges");
            (void)!::write(pipeFds[1], answer.constData(), size_t(answer.size()));
            ::_exit(0);
        }
        ::close(pipeFds[1]);
        m_pipe = pipeFds[0];
    }

    QByteArray answer()
    {
        QByteArray answer;
        char buffer[4096];
        for (ssize_t n; (n = ::read(m_pipe, buffer, sizeof buffer)) > 0;)
            answer.append(buffer, n);
        ::close(m_pipe);
        ::waitpid(m_child, nullptr, 0);
        return answer;
    }

private:
    pid_t m_child = -1;
    int m_pipe = -1;
};

QByteArray asOrdinaryUser(bool member, const std::function<QByteArray()> &work, const OrdinaryUser::Environment &environment = {})
{
    return OrdinaryUser(member, work, environment).answer();
}

Build::LayerEntry fileEntry(const QString &path, const QByteArray &data, uint mode = 0644)
{
    Build::LayerEntry entry;
    entry.path = path;
    entry.data = data;
    entry.mode = mode;
    return entry;
}

Build::LayerEntry linkEntry(const QString &path, const QString &target)
{
    Build::LayerEntry entry;
    entry.type = Build::LayerEntry::Type::Symlink;
    entry.path = path;
    entry.linkTarget = target;
    return entry;
}

// The stand-in for pkexec: records its arguments, one a line, and exits with $PKEXEC_EXIT.
constexpr char kPkexecStandIn[] = "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$PKEXEC_RECORD\"\nexit \"${PKEXEC_EXIT:-0}\"\n";

} // namespace

class TestHelperSocketAccess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void socketIsFoundByItself();
    void memberIsServed();
    void outsiderIsToldHowToJoin();
    void missingSystemHelperIsExplained();
    void imageFilesAreReadThroughTheHelper();
    void containerChangesAreReadThroughTheHelper();
    void pkexecDecision();
    void pkexecRefusalIsExplained();
    void pkexecStartsTheSystemHelper();

private:
    QTemporaryDir m_dir;
    QProcess m_helper;
    QString m_socket;
    QList<Digest> m_snapshots;  // the test image, bottom first
    QString m_pkexecDir;        // holds the stand-in pkexec
};

void TestHelperSocketAccess::initTestCase()
{
#ifndef PONTON_HELPER_PATH
    QSKIP("ponton-helper is not built");
#else
    if (::geteuid() != 0)
        QSKIP("needs root: the helper runs as root and the clients take an ordinary user's identity");
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                    | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    m_socket = m_dir.filePath(u"helper.sock"_s);
    m_helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_helper.start(QStringLiteral(PONTON_HELPER_PATH), {u"--state-dir"_s, m_dir.filePath(u"state"_s), u"--socket"_s, m_socket,
                                                       u"--group"_s, QString::number(kGroup)});
    QVERIFY(m_helper.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_socket), 10000);
    Runtime::RuntimeClient root({{}, {}, m_socket, false});
    QTRY_VERIFY_WITH_TIMEOUT(root.ping().has_value(), 10000);
#endif
}

void TestHelperSocketAccess::cleanupTestCase()
{
    if (m_helper.state() != QProcess::NotRunning) {
        m_helper.terminate();
        m_helper.waitForFinished(10000);
    }
}

void TestHelperSocketAccess::socketIsFoundByItself()
{
    qunsetenv("PONTON_HELPER_SOCKET");
    Runtime::RuntimeClientOptions options;
    options.stateDir = m_dir.filePath(u"store/runtime"_s);
    QCOMPARE(options.resolvedSocketPath(), m_dir.filePath(u"store/runtime/helper.sock"_s)); // root: its store's helper
    const QByteArray asUser = asOrdinaryUser(false, [&options] { return options.resolvedSocketPath().toUtf8(); });
    QCOMPARE(asUser, QByteArray(Runtime::kSystemHelperSocket));
    qputenv("PONTON_HELPER_SOCKET", m_socket.toUtf8());
    QCOMPARE(options.resolvedSocketPath(), m_socket);
    qunsetenv("PONTON_HELPER_SOCKET");
}

void TestHelperSocketAccess::memberIsServed()
{
    const QByteArray answer = asOrdinaryUser(true, [this] {
        Runtime::RuntimeClient client({{}, {}, m_socket, true});
        const Result<QJsonObject> pong = client.ping();
        return pong ? QByteArray::number(pong->value(u"peerUid"_s).toInteger()) : pong.error().toString().toUtf8();
    });
    QCOMPARE(answer, QByteArray::number(kUser));
}

void TestHelperSocketAccess::outsiderIsToldHowToJoin()
{
    const QByteArray answer = asOrdinaryUser(false, [this] {
        Runtime::RuntimeClient client({{}, {}, m_socket, true});
        const Result<QJsonObject> pong = client.ping();
        if (pong)
            return QByteArray("served");
        QByteArray answer = QByteArray::number(int(pong.error().code));
        answer += '\n';
        answer += pong.error().message.toUtf8();
        return answer;
    });
    const QByteArray permissionDenied = QByteArray::number(int(ErrorCode::PermissionDenied)).append('\n');
    QVERIFY2(answer.startsWith(permissionDenied), answer.constData());
    QVERIFY2(answer.contains("usermod -aG ponton nobody"), answer.constData());
    QVERIFY2(answer.contains("usermod -aG ponton"), answer.constData());
    QVERIFY2(answer.contains(m_socket.toUtf8()), answer.constData());
}

void TestHelperSocketAccess::missingSystemHelperIsExplained()
{
    // No systemd here and no pkexec on this PATH: the error says how to start the helper by hand.
    QVERIFY(!QFileInfo(u"/run/systemd/system"_s).isDir());
    const QString nowhere = m_dir.filePath(u"no-helper.sock"_s);
    const QString emptyPath = m_dir.filePath(u"empty-path"_s);
    QVERIFY(QDir().mkpath(emptyPath));
    const QByteArray answer = asOrdinaryUser(true, [&nowhere] {
        Runtime::RuntimeClient client({QStringLiteral(PONTON_HELPER_PATH), {}, nowhere, true});
        const Result<QJsonObject> pong = client.ping();
        return pong ? QByteArray("served") : pong.error().message.toUtf8();
    }, {{"PATH", emptyPath.toUtf8()}});
    QVERIFY2(answer.contains("pkexec, which would start it, is not installed"), answer.constData());
    const QByteArray byHand = "sudo " PONTON_HELPER_PATH " --state-dir /var/lib/ponton/helper --socket " + nowhere.toUtf8()
                              + " --group ponton --detach";
    QVERIFY2(answer.contains(byHand), answer.constData());
    QVERIFY(!QFile::exists(nowhere)); // nothing was started for an ordinary user
    // Without startHelper nothing is tried either: the systemd advice.
    const QByteArray unstarted = asOrdinaryUser(true, [&nowhere] {
        Runtime::RuntimeClient client({QStringLiteral(PONTON_HELPER_PATH), {}, nowhere, false});
        const Result<QJsonObject> pong = client.ping();
        return pong ? QByteArray("served") : pong.error().message.toUtf8();
    });
    QVERIFY2(unstarted.contains("ponton-helper.socket"), unstarted.constData());
}

void TestHelperSocketAccess::imageFilesAreReadThroughTheHelper()
{
    // Two layers unpacked by the helper (as root): passwd and group for --chown, a file only root may
    // read, symlinks that point out of the image, and a file the upper layer deletes.
    Store::ImageStore store(m_dir.filePath(u"images"_s));
    const QList<QList<Build::LayerEntry>> layers{
        {fileEntry(u"etc/passwd"_s, "root:x:0:0::/root:/bin/sh\napp:x:1234:2345::/home/app:/bin/sh\n"),
         fileEntry(u"etc/group"_s, "app:x:3456:\n"), fileEntry(u"etc/shadow"_s, "only-root", 0600),
         fileEntry(u"data/keep"_s, "keep"), fileEntry(u"data/gone"_s, "gone"), linkEntry(u"escape"_s, u"/etc"_s),
         linkEntry(u"hostfile"_s, u"/etc/hostname"_s)},
        {fileEntry(u"data/.wh.gone"_s, QByteArray()), fileEntry(u"data/new"_s, "new")}};
    Runtime::RuntimeClient root({{}, {}, m_socket, false});
    for (const QList<Build::LayerEntry> &entries : layers) {
        Result<Build::BuiltLayer> built = Build::LayerBuilder::write(store, entries);
        QVERIFY2(built.has_value(), qPrintable(built ? QString() : built.error().toString()));
        const int blob = ::open(QFile::encodeName(store.content().blobPath(built->descriptor.digest)).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(blob >= 0);
        Result<Runtime::UnpackResult> unpacked = root.unpack(built->diffId, blob, Image::MediaType::OciLayerGzip);
        ::close(blob);
        QVERIFY2(unpacked.has_value(), qPrintable(unpacked ? QString() : unpacked.error().toString()));
        m_snapshots.append(built->diffId);
    }
    const QString shadowOnDisk = m_dir.filePath(u"state/snapshots/"_s + m_snapshots.first().hex() + u"/etc/shadow"_s);
    QVERIFY(QFile::exists(shadowOnDisk));
    const QByteArray answer = asOrdinaryUser(true, [this, &shadowOnDisk] {
        Runtime::RuntimeClient client({{}, {}, m_socket, false});
        const Build::RootfsView view([&client]() -> Result<Runtime::RuntimeClient *> { return &client; }, m_snapshots);
        QByteArrayList lines;
        lines << "disk " + QByteArray(QFile(shadowOnDisk).open(QIODevice::ReadOnly) ? "readable" : "unreadable");
        lines << "data " + view.list(u"/data"_s).join(u',').toUtf8();
        lines << "gone " + QByteArray(view.locate(u"/data/gone"_s) ? "present" : "absent");
        const std::optional<Build::PathInfo> keep = view.locate(u"/data/../data/keep"_s);
        lines << "keep " + (keep ? QByteArray::number(keep->size) + ' ' + QByteArray::number(keep->mode, 8) : QByteArray("absent"));
        // /data is listed: opening keep opens new with it (rootfs.open's `also`), each read once.
        lines << "contents " + view.read(u"/data/keep"_s).value_or("unreadable") + ' ' + view.read(u"/data/new"_s).value_or("unreadable");
        lines << "shadow " + view.read(u"/etc/shadow"_s).value_or("unreadable");
        lines << "group " + view.read(u"/etc/group"_s).value_or("unreadable").trimmed();
        // Through a symlink on the way: resolved inside the snapshot, so the image's passwd, not the host's.
        lines << "escape " + view.read(u"/escape/passwd"_s).value_or("unreadable").split('\n').value(1);
        const std::optional<Build::PathInfo> link = view.locate(u"/hostfile"_s);
        lines << "link " + (link ? (link->type == Build::PathInfo::Type::Symlink ? link->linkTarget.toUtf8() : "no symlink") : "absent");
        Result<Runtime::FileDescriptor> followed = view.open(u"/hostfile"_s);
        lines << "open-link " + (followed ? QByteArray("opened") : QByteArray::number(int(followed.error().code)));
        lines << "root " + QByteArray(view.locate(u"/"_s) && view.locate(u"/"_s)->isDirectory() ? "folder" : "no folder");
        return lines.join('\n');
    });
    const QByteArrayList expected{"disk unreadable", "data keep,new", "gone absent", "keep 4 644", "contents keep new", "shadow only-root", "group app:x:3456:",
                                  "escape app:x:1234:2345::/home/app:/bin/sh", "link /etc/hostname",
                                  "open-link " + QByteArray::number(int(ErrorCode::InvalidArgument)), "root folder"};
    QCOMPARE(answer, expected.join('\n'));
}

void TestHelperSocketAccess::containerChangesAreReadThroughTheHelper()
{
    QVERIFY(!m_snapshots.isEmpty());
    Runtime::RuntimeClient root({{}, {}, m_socket, false});
    Runtime::ContainerSpec spec;
    spec.snapshots = m_snapshots;
    spec.args = {u"/bin/true"_s};
    Result<Runtime::ContainerInfo> created = root.create(spec);
    QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().toString()));
    auto removeContainer = qScopeGuard([&] { (void)root.remove(created->id, true); });
    const QString id = created->id;
    QCOMPARE(asOrdinaryUser(true, [&client = m_socket, &id] {
                 Runtime::RuntimeClient member({{}, {}, client, false});
                 Result<QList<Runtime::PathChange>> changes = Runtime::UpperDirChanges(member, id).scan();
                 return changes ? QByteArray::number(changes->size()) : changes.error().toString().toUtf8();
             }),
             QByteArray("0")); // never started: no upper dir yet
    // What a container's processes would leave in its upper dir: an addition, a change, a deletion.
    const QString upper = m_dir.filePath(u"state/containers/"_s + id + u"/upper"_s);
    QVERIFY(QDir().mkpath(upper + u"/data/sub"_s));
    for (const QString &name : {u"data/keep"_s, u"data/added"_s, u"data/sub/deep"_s}) {
        QFile file(upper + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(::mknod(QFile::encodeName(upper + u"/data/new"_s).constData(), S_IFCHR | 0600, makedev(0, 0)), 0);
    const QByteArray answer = asOrdinaryUser(true, [&client = m_socket, &id] {
        Runtime::RuntimeClient member({{}, {}, client, false});
        Result<QList<Runtime::PathChange>> changes = Runtime::UpperDirChanges(member, id).scan();
        if (!changes)
            return changes.error().toString().toUtf8();
        QByteArrayList lines;
        for (const Runtime::PathChange &change : *changes)
            lines << QString(change.letter() + u' ' + change.path).toUtf8();
        return lines.join('\n');
    });
    QCOMPARE(answer, QByteArray("C /data\nA /data/added\nC /data/keep\nD /data/new\nA /data/sub\nA /data/sub/deep"));
}

void TestHelperSocketAccess::pkexecDecision()
{
    using Launcher = Runtime::SystemHelperLauncher;
    QCOMPARE(Launcher::decide({true, u"/usr/bin/pkexec"_s}), Launcher::Decision::UseSocketUnit);
    QCOMPARE(Launcher::decide({true, QString()}), Launcher::Decision::UseSocketUnit);
    QCOMPARE(Launcher::decide({false, u"/usr/bin/pkexec"_s}), Launcher::Decision::Pkexec);
    QCOMPARE(Launcher::decide({false, QString()}), Launcher::Decision::NoPkexec);
    QCOMPARE(Launcher::pkexecArguments(u"/usr/bin/ponton-helper"_s, u"/run/ponton/helper.sock"_s),
             QStringList({u"/usr/bin/ponton-helper"_s, u"--state-dir"_s, u"/var/lib/ponton/helper"_s, u"--socket"_s,
                          u"/run/ponton/helper.sock"_s, u"--group"_s, u"ponton"_s, u"--detach"_s}));
}

void TestHelperSocketAccess::pkexecRefusalIsExplained()
{
    m_pkexecDir = m_dir.filePath(u"pkexec"_s);
    QVERIFY(QDir().mkpath(m_pkexecDir));
    QCOMPARE(::chmod(QFile::encodeName(m_pkexecDir).constData(), 0777), 0);
    QFile standIn(m_pkexecDir + u"/pkexec"_s);
    QVERIFY(standIn.open(QIODevice::WriteOnly));
    standIn.write(kPkexecStandIn);
    standIn.close();
    QVERIFY(standIn.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                   | QFileDevice::ExeOther));
    const QString socket = m_dir.filePath(u"refused/helper.sock"_s);
    const QString record = m_pkexecDir + u"/refused.args"_s;
    const QByteArray answer = asOrdinaryUser(true, [&socket] {
        Runtime::RuntimeClient client({QStringLiteral(PONTON_HELPER_PATH), {}, socket, true});
        const Result<QJsonObject> pong = client.ping();
        if (pong)
            return QByteArray("served");
        return QByteArray(QByteArray::number(int(pong.error().code)) + '\n' + pong.error().message.toUtf8());
    }, {{"PATH", m_pkexecDir.toUtf8() + ":/usr/bin:/bin"}, {"PKEXEC_RECORD", record.toUtf8()}, {"PKEXEC_EXIT", "126"}});
    const QByteArray denied = QByteArray::number(int(ErrorCode::PermissionDenied)) + '\n';
    QVERIFY2(answer.startsWith(denied), answer.constData());
    QVERIFY2(answer.contains("the authentication was refused or dismissed (pkexec exit code 126)"), answer.constData());
    QFile recorded(record);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QByteArray command = PONTON_HELPER_PATH "\n--state-dir\n/var/lib/ponton/helper\n--socket\n" + socket.toUtf8()
                               + "\n--group\nponton\n--detach\n";
    QCOMPARE(recorded.readAll(), command);
    QVERIFY(!QFile::exists(socket));
}

void TestHelperSocketAccess::pkexecStartsTheSystemHelper()
{
    QVERIFY(!m_pkexecDir.isEmpty());
    // The stand-in records the command and succeeds; what pkexec would then run as root, the test runs:
    // the real helper on the socket the engine waits for (with this test's state folder and group), in a
    // folder the helper makes itself. The engine, as a member, is served once it answers.
    const QString socket = m_dir.filePath(u"started/helper.sock"_s);
    const QString record = m_pkexecDir + u"/started.args"_s;
    OrdinaryUser member(true, [&socket] {
        Runtime::RuntimeClient client({QStringLiteral(PONTON_HELPER_PATH), {}, socket, true});
        const Result<QJsonObject> pong = client.ping();
        return pong ? QByteArray::number(pong->value(u"peerUid"_s).toInteger()) : pong.error().message.toUtf8();
    }, {{"PATH", m_pkexecDir.toUtf8() + ":/usr/bin:/bin"}, {"PKEXEC_RECORD", record.toUtf8()}});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(record).size() > 0, 5000);
    QFile recorded(record);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QByteArrayList arguments = recorded.readAll().trimmed().split('\n');
    QCOMPARE(arguments.value(0), QByteArray(PONTON_HELPER_PATH));
    QCOMPARE(arguments.value(4), socket.toUtf8());
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(PONTON_HELPER_PATH), {u"--state-dir"_s, m_dir.filePath(u"started-state"_s), u"--socket"_s, socket,
                                                     u"--group"_s, QString::number(kGroup)});
    QVERIFY(helper.waitForStarted());
    const QByteArray answer = member.answer();
    helper.terminate();
    helper.waitForFinished(10000);
    QCOMPARE(answer, QByteArray::number(kUser));
}

QTEST_GUILESS_MAIN(TestHelperSocketAccess)
#include "tst_helpersocketaccess.moc"
