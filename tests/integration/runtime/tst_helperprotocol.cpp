// The helper's wire protocol against the real binary: framing errors are answered and the connection
// keeps serving; peers that are neither root nor in the socket's group are refused.

#include "helperfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

const char kProbeVariable[] = "PONTON_PROTOCOL_PROBE_SOCKET";
const char kProbeMethodVariable[] = "PONTON_PROTOCOL_PROBE_METHOD";  // default: ping

int connectRaw(const QString &path)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, path.toLocal8Bit().constData(), sizeof address.sun_path);
    const int fd = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) < 0) {
        ::close(fd);
        return -1;
    }
    int size = 1 << 20;
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &size, sizeof size);
    return fd;
}

QByteArray record(const QByteArray &body, qint64 declared = -1)
{
    const auto length = quint32(declared < 0 ? body.size() : declared);
    QByteArray out;
    out.append(char(length >> 24)).append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    return out + body;
}

QJsonObject exchange(int fd, const QByteArray &raw)
{
    if (::send(fd, raw.constData(), size_t(raw.size()), MSG_NOSIGNAL) < 0)
        return {{u"sendFailed"_s, true}};
    QByteArray reply(256 * 1024, Qt::Uninitialized);
    const ssize_t n = ::recv(fd, reply.data(), size_t(reply.size()), 0);
    if (n < 4)
        return {{u"closed"_s, true}};
    return QJsonDocument::fromJson(reply.mid(4, n - 4)).object();
}

QString errorCode(const QJsonObject &reply)
{
    return reply.value(u"error"_s).toObject().value(u"code"_s).toString();
}

// Run as another user by setpriv: connect, ping, print the reply (or the connect error).
int probe(const QByteArray &socketPath)
{
    const int fd = connectRaw(QString::fromLocal8Bit(socketPath));
    if (fd < 0) {
        std::printf("connect-failed\n");
        return 0;
    }
    const QByteArray method = qEnvironmentVariable(kProbeMethodVariable, u"ping"_s).toUtf8();
    const QJsonObject reply = exchange(fd, record(R"({"id":1,"method":")" + method + R"("})"));
    std::printf("%s\n", QJsonDocument(reply).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

class HelperProtocolTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!Test::HelperFixture::canRun())
            QSKIP("needs root and /bin/busybox");
        m_fixture = std::make_unique<Test::HelperFixture>();
        QVERIFY2(m_fixture->client().ensureHelper(), "the helper did not start");
    }
    void cleanup() { m_fixture.reset(); }

    void ping()
    {
        auto reply = m_fixture->client().ping();
        QVERIFY2(reply, Test::why(reply).constData());
        QCOMPARE(reply->value(u"helper"_s).toString(), u"ponton-helper"_s);
        QCOMPARE(reply->value(u"peerUid"_s).toInt(), 0);
    }

    void framingErrorsKeepTheConnection_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expectedCode");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("no-prefix") << QByteArray("ab") << u"InvalidArgument"_s << u"no length prefix"_s;
        QTest::newRow("truncated") << record("{\"id\":1}", 400) << u"InvalidArgument"_s << u"truncated"_s;
        QTest::newRow("longer-than-declared") << record("{\"id\":1,\"method\":\"ping\"}", 3) << u"InvalidArgument"_s << u"truncated"_s;
        QTest::newRow("declared-huge") << record("{}", 0x7fffffff) << u"InvalidArgument"_s << u"exceeds"_s;
        QTest::newRow("oversized") << record(QByteArray(200 * 1024, ' ') + "{}") << u"InvalidArgument"_s << u"exceeds"_s;
        QTest::newRow("not-json") << record("hello") << u"InvalidArgument"_s << u"not JSON"_s;
        QTest::newRow("json-array") << record("[1,2]") << u"InvalidArgument"_s << u"not a JSON object"_s;
        QTest::newRow("no-method") << record("{\"id\":7}") << u"InvalidArgument"_s << u"'method'"_s;
        QTest::newRow("unknown-method") << record(R"({"id":7,"method":"format.disk"})") << u"InvalidArgument"_s << u"unknown method"_s;
        QTest::newRow("params-not-object") << record(R"({"id":7,"method":"ping","params":3})") << u"InvalidArgument"_s << u"'params'"_s;
        QTest::newRow("fd-index-missing") << record(R"({"id":7,"method":"snapshot.unpack","params":{"diffId":"sha256:0000000000000000000000000000000000000000000000000000000000000000","mediaType":"application/vnd.oci.image.layer.v1.tar","blob":3}})")
                                          << u"InvalidArgument"_s << u"no file descriptor"_s;
        QTest::newRow("wrong-param-type") << record(R"({"id":7,"method":"container.kill","params":{"id":"a","signal":"x"}})")
                                          << u"InvalidArgument"_s << u"not a container ID"_s;
        QTest::newRow("host-path-as-digest") << record(R"({"id":7,"method":"snapshot.stat","params":{"diffId":"sha256:../../etc"}})")
                                             << u"InvalidArgument"_s << u"not a sha256 digest"_s;
    }
    void framingErrorsKeepTheConnection()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expectedCode);
        QFETCH(QString, expectedText);
        const int fd = connectRaw(m_fixture->socketPath());
        QVERIFY(fd >= 0);
        const QJsonObject reply = exchange(fd, raw);
        QCOMPARE(reply.value(u"ok"_s).toBool(true), false);
        QCOMPARE(errorCode(reply), expectedCode);
        QVERIFY2(reply.value(u"error"_s).toObject().value(u"message"_s).toString().contains(expectedText),
                 QJsonDocument(reply).toJson().constData());
        // The same connection still answers a good request.
        const QJsonObject again = exchange(fd, record(R"({"id":8,"method":"ping"})"));
        QCOMPARE(again.value(u"ok"_s).toBool(), true);
        QCOMPARE(again.value(u"id"_s).toInt(), 8);
        ::close(fd);
    }

    void tooManyFdsIsRefused()
    {
        const int fd = connectRaw(m_fixture->socketPath());
        QVERIFY(fd >= 0);
        const QByteArray raw = record(R"({"id":1,"method":"ping"})");
        std::vector<int> fds(20, STDIN_FILENO);
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * 20)] = {};
        iovec io{const_cast<char *>(raw.constData()), size_t(raw.size())};
        msghdr header{};
        header.msg_iov = &io;
        header.msg_iovlen = 1;
        header.msg_control = control;
        header.msg_controllen = sizeof control;
        cmsghdr *c = CMSG_FIRSTHDR(&header);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int) * 20);
        std::memcpy(CMSG_DATA(c), fds.data(), sizeof(int) * 20);
        QVERIFY(::sendmsg(fd, &header, 0) > 0);
        QByteArray reply(4096, Qt::Uninitialized);
        const ssize_t n = ::recv(fd, reply.data(), size_t(reply.size()), 0);
        QVERIFY(n > 4);
        QVERIFY(reply.mid(4, n - 4).contains("file descriptors"));
        QCOMPARE(exchange(fd, record(R"({"id":2,"method":"ping"})")).value(u"ok"_s).toBool(), true);
        ::close(fd);
    }

    void otherUidIsRefused()
    {
        // The socket is 0660 root:root; open it (and the directories above it) to everyone so that the
        // helper's own credential check is what refuses.
        QCOMPARE(::chmod(m_fixture->path().toLocal8Bit().constData(), 0711), 0);
        QCOMPARE(::chmod(m_fixture->stateDir().toLocal8Bit().constData(), 0711), 0);
        QCOMPARE(::chmod(m_fixture->socketPath().toLocal8Bit().constData(), 0666), 0);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kProbeVariable), m_fixture->socketPath());
        process.setProcessEnvironment(env);
        process.start(u"setpriv"_s, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                     QCoreApplication::applicationFilePath()});
        QVERIFY(process.waitForFinished(20000));
        const QByteArray out = process.readAllStandardOutput().trimmed();
        const QJsonObject reply = QJsonDocument::fromJson(out).object();
        QVERIFY2(!reply.isEmpty(), out.constData());
        QCOMPARE(reply.value(u"ok"_s).toBool(true), false);
        QCOMPARE(errorCode(reply), u"PermissionDenied"_s);
        QVERIFY(reply.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"uid 65534"_s));
        // Root still gets served afterwards.
        QVERIFY(m_fixture->client().ping());
    }

    void socketGroupMemberIsServed()
    {
        // A second helper (of its own state directory: one helper per directory) whose socket belongs to
        // group 65534: a member (by supplementary group) is served.
        const QString socket = m_fixture->path() + u"/group.sock"_s;
        QCOMPARE(::chmod(m_fixture->path().toLocal8Bit().constData(), 0711), 0);
        QProcess helper;
        helper.start(QStringLiteral(PONTON_HELPER_PATH),
                     {u"--state-dir"_s, m_fixture->path() + u"/group-state"_s, u"--socket"_s, socket, u"--group"_s, u"65534"_s});
        QVERIFY(helper.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 5000);
        QTest::qWait(100);
        struct stat st{};
        QCOMPARE(::stat(socket.toLocal8Bit().constData(), &st), 0);
        QCOMPARE(st.st_gid, gid_t(65534));
        QCOMPARE(st.st_mode & 0777, mode_t(0660));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kProbeVariable), socket);
        process.setProcessEnvironment(env);
        process.start(u"setpriv"_s, {u"--reuid=65534"_s, u"--regid=1234"_s, u"--groups=65534"_s,
                                     QCoreApplication::applicationFilePath()});
        QVERIFY(process.waitForFinished(20000));
        const QJsonObject reply = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
        QCOMPARE(reply.value(u"ok"_s).toBool(), true);
        QCOMPARE(reply.value(u"result"_s).toObject().value(u"peerUid"_s).toInt(), 65534);
        // Only root may stop the helper.
        env.insert(QString::fromLatin1(kProbeMethodVariable), u"shutdown"_s);
        process.setProcessEnvironment(env);
        process.start(u"setpriv"_s, {u"--reuid=65534"_s, u"--regid=1234"_s, u"--groups=65534"_s,
                                     QCoreApplication::applicationFilePath()});
        QVERIFY(process.waitForFinished(20000));
        const QJsonObject refused = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
        QCOMPARE(errorCode(refused), u"PermissionDenied"_s);
        QVERIFY(!helper.waitForFinished(300));
        helper.terminate();
        QVERIFY(helper.waitForFinished(5000));
        QVERIFY(!QFile::exists(socket));
    }

private:
    std::unique_ptr<Test::HelperFixture> m_fixture;
};

int main(int argc, char **argv)
{
    if (const QByteArray socket = qgetenv(kProbeVariable); !socket.isEmpty())
        return probe(socket);
    QCoreApplication app(argc, argv);
    HelperProtocolTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_helperprotocol.moc"
