// The client half of the helper protocol against a scripted fake helper (no root needed): framing,
// descriptors in both directions, error replies mapped to Ponton's error codes.

#include "runtime/helperconnection.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>

#include <cstring>
#include <functional>
#include <thread>

using namespace Ponton;
using namespace Ponton::Runtime;
using namespace Qt::StringLiterals;

namespace {

template<typename R>
QByteArray why(const R &result)
{
    return result ? QByteArray() : result.error().toString().toLocal8Bit();
}

// Accepts one connection, reads one record and answers with reply(request, receivedFd).
class FakeHelper
{
public:
    using Script = std::function<QByteArray(const QByteArray &record, int receivedFd, int &replyFd)>;

    FakeHelper(const QString &path, Script script)
    {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, path.toLocal8Bit().constData(), sizeof address.sun_path);
        m_listener = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
        ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_listener, 1);
        m_thread = std::thread([this, script] { serve(script); });
    }
    ~FakeHelper()
    {
        m_thread.join();
        ::close(m_listener);
    }

private:
    void serve(const Script &script)
    {
        const int connection = ::accept(m_listener, nullptr, nullptr);
        QByteArray buffer(65536, '\0');
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
        iovec io{buffer.data(), size_t(buffer.size())};
        msghdr header{};
        header.msg_iov = &io;
        header.msg_iovlen = 1;
        header.msg_control = control;
        header.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(connection, &header, 0);
        int received = -1;
        if (cmsghdr *c = CMSG_FIRSTHDR(&header))
            std::memcpy(&received, CMSG_DATA(c), sizeof(int));
        int replyFd = -1;
        const QByteArray reply = script(buffer.left(n), received, replyFd);
        alignas(cmsghdr) char replyControl[CMSG_SPACE(sizeof(int))] = {};
        iovec replyIo{const_cast<char *>(reply.constData()), size_t(reply.size())};
        msghdr out{};
        out.msg_iov = &replyIo;
        out.msg_iovlen = 1;
        if (replyFd >= 0) {
            out.msg_control = replyControl;
            out.msg_controllen = sizeof replyControl;
            cmsghdr *c = CMSG_FIRSTHDR(&out);
            c->cmsg_level = SOL_SOCKET;
            c->cmsg_type = SCM_RIGHTS;
            c->cmsg_len = CMSG_LEN(sizeof(int));
            std::memcpy(CMSG_DATA(c), &replyFd, sizeof(int));
        }
        ::sendmsg(connection, &out, MSG_NOSIGNAL);
        if (received >= 0)
            ::close(received);
        ::close(connection);
    }

    int m_listener = -1;
    std::thread m_thread;
};

QByteArray framed(const QByteArray &json)
{
    const auto n = quint32(json.size());
    return QByteArray{} + char(n >> 24) + char(n >> 16) + char(n >> 8) + char(n) + json;
}

} // namespace

class HelperConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void requestFramingAndReplyFd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s"_s);
        int pipeFds[2];
        QCOMPARE(::pipe(pipeFds), 0);
        QByteArray seenRecord;
        bool gotFd = false;
        FakeHelper helper(path, [&](const QByteArray &record, int fd, int &replyFd) {
            seenRecord = record;
            gotFd = fd >= 0;
            replyFd = pipeFds[1];
            return framed(R"({"id":1,"ok":true,"result":{"answer":42}})");
        });
        auto connection = HelperConnection::connectTo(path);
        QVERIFY(connection);
        auto reply = connection->call(u"snapshot.unpack"_s, {{u"blob"_s, 0}}, {pipeFds[0]});
        QVERIFY2(reply, why(reply).constData());
        QCOMPARE(reply->result.value(u"answer"_s).toInt(), 42);
        QCOMPARE(reply->fds.size(), size_t(1));
        QVERIFY(gotFd);
        const quint32 declared = (quint32(uchar(seenRecord[0])) << 24) | (quint32(uchar(seenRecord[1])) << 16)
                                 | (quint32(uchar(seenRecord[2])) << 8) | uchar(seenRecord[3]);
        QCOMPARE(qsizetype(declared), seenRecord.size() - 4);
        const QJsonObject request = QJsonDocument::fromJson(seenRecord.mid(4)).object();
        QCOMPARE(request.value(u"method"_s).toString(), u"snapshot.unpack"_s);
        QCOMPARE(request.value(u"params"_s).toObject().value(u"blob"_s).toInt(), 0);
        // The received descriptor is the write end of our pipe.
        QCOMPARE(::write(reply->fds[0].get(), "x", 1), ssize_t(1));
        char c = 0;
        QCOMPARE(::read(pipeFds[0], &c, 1), ssize_t(1));
        QCOMPARE(c, 'x');
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
    }

    void errorReplies_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("expected");
        QTest::newRow("not-found") << u"NotFound"_s << int(ErrorCode::NotFound);
        QTest::newRow("conflict") << u"Conflict"_s << int(ErrorCode::Conflict);
        QTest::newRow("digest") << u"DigestMismatch"_s << int(ErrorCode::DigestMismatch);
        QTest::newRow("denied") << u"PermissionDenied"_s << int(ErrorCode::PermissionDenied);
        QTest::newRow("unknown-code") << u"Weird"_s << int(ErrorCode::Internal);
    }
    void errorReplies()
    {
        QFETCH(QString, code);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s"_s);
        FakeHelper helper(path, [&](const QByteArray &, int, int &) {
            return framed(R"({"id":1,"ok":false,"error":{"code":")" + code.toUtf8() + R"(","message":"mount overlay on x: boom"}})");
        });
        auto connection = HelperConnection::connectTo(path);
        QVERIFY(connection);
        auto reply = connection->call(u"container.start"_s, {});
        QVERIFY(!reply);
        QCOMPARE(int(reply.error().code), expected);
        QVERIFY(reply.error().message.contains(u"mount overlay on x: boom"_s));
        QVERIFY(reply.error().detail.startsWith(u"container.start"_s));
    }

    void garbageReply()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s"_s);
        FakeHelper helper(path, [](const QByteArray &, int, int &) { return framed("not json"); });
        auto connection = HelperConnection::connectTo(path);
        QVERIFY(connection);
        auto reply = connection->call(u"ping"_s, {});
        QVERIFY(!reply);
        QCOMPARE(reply.error().code, ErrorCode::Internal);
    }

    void nobodyListening()
    {
        QTemporaryDir dir;
        auto connection = HelperConnection::connectTo(dir.filePath(u"absent"_s));
        QVERIFY(!connection);
        QCOMPARE(connection.error().code, ErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(HelperConnectionTest)
#include "tst_helperconnection.moc"
