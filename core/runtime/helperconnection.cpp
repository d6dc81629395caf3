#include "runtime/helperconnection.h"

#include "common/tr.h"

#include <QJsonDocument>

#include <sys/socket.h>
#include <sys/un.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Ponton::Runtime {

namespace {

constexpr qsizetype kMaxMessage = 128 * 1024;
constexpr std::size_t kMaxFds = 16;

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

Status sendRecord(int socket, const QByteArray &body, const std::vector<int> &fds)
{
    const auto length = quint32(body.size());
    unsigned char prefix[4] = {uchar(length >> 24), uchar(length >> 16), uchar(length >> 8), uchar(length)};
    iovec io[2] = {{prefix, 4}, {const_cast<char *>(body.constData()), std::size_t(body.size())}};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxFds)] = {};
    msghdr header{};
    header.msg_iov = io;
    header.msg_iovlen = 2;
    if (!fds.empty()) {
        header.msg_control = control;
        header.msg_controllen = CMSG_SPACE(sizeof(int) * fds.size());
        cmsghdr *c = CMSG_FIRSTHDR(&header);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int) * fds.size());
        std::memcpy(CMSG_DATA(c), fds.data(), sizeof(int) * fds.size());
    }
    if (::sendmsg(socket, &header, MSG_NOSIGNAL) < 0)
        return fail(ErrorCode::Unavailable, Tr::tr("Cannot talk to the runtime helper."),
                    u"sendmsg: "_s + errnoText(errno));
    return {};
}

std::vector<FileDescriptor> takeFds(msghdr &header)
{
    std::vector<FileDescriptor> fds;
    for (cmsghdr *c = CMSG_FIRSTHDR(&header); c; c = CMSG_NXTHDR(&header, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
            continue;
        const std::size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (std::size_t i = 0; i < count; ++i) {
            int fd = -1;
            std::memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof(int));
            fds.emplace_back(fd);
        }
    }
    return fds;
}

Result<QJsonObject> receiveRecord(int socket, std::vector<FileDescriptor> &fds)
{
    QByteArray buffer(4 + kMaxMessage, Qt::Uninitialized);
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxFds)];
    iovec io{buffer.data(), std::size_t(buffer.size())};
    msghdr header{};
    header.msg_iov = &io;
    header.msg_iovlen = 1;
    header.msg_control = control;
    header.msg_controllen = sizeof control;
    ssize_t n;
    while ((n = ::recvmsg(socket, &header, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR) {
    }
    const QString unreadable = Tr::tr("The runtime helper sent no valid reply.");
    if (n < 0)
        return fail(ErrorCode::Unavailable, unreadable, u"recvmsg: "_s + errnoText(errno));
    fds = takeFds(header);
    if (n < 4)
        return fail(ErrorCode::Unavailable, unreadable, u"connection closed"_s);
    const QJsonDocument document = QJsonDocument::fromJson(buffer.mid(4, n - 4));
    if (!document.isObject())
        return fail(ErrorCode::Internal, unreadable, u"reply is not a JSON object"_s);
    return document.object();
}

} // namespace

ErrorCode errorCodeFromProtocol(const QString &code)
{
    static const QHash<QString, ErrorCode> codes = {
        {u"NotFound"_s, ErrorCode::NotFound}, {u"AlreadyExists"_s, ErrorCode::AlreadyExists},
        {u"InvalidArgument"_s, ErrorCode::InvalidArgument}, {u"Unavailable"_s, ErrorCode::Unavailable},
        {u"DigestMismatch"_s, ErrorCode::DigestMismatch}, {u"Conflict"_s, ErrorCode::Conflict},
        {u"Canceled"_s, ErrorCode::Canceled}, {u"PermissionDenied"_s, ErrorCode::PermissionDenied},
    };
    return codes.value(code, ErrorCode::Internal);
}

Result<HelperConnection> HelperConnection::connectTo(const QString &socketPath)
{
    const QByteArray path = socketPath.toLocal8Bit();
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof address.sun_path))
        return fail(ErrorCode::InvalidArgument, Tr::tr("The runtime helper's socket path is too long: %1").arg(socketPath));
    std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()));
    HelperConnection connection;
    connection.m_socket.reset(::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0));
    if (::connect(connection.m_socket.get(), reinterpret_cast<sockaddr *>(&address), sizeof address) < 0)
        return fail(errno == EACCES ? ErrorCode::PermissionDenied : ErrorCode::Unavailable,
                    Tr::tr("Cannot connect to the runtime helper at %1.").arg(socketPath),
                    u"connect: "_s + errnoText(errno));
    return connection;
}

Result<HelperConnection::Reply> HelperConnection::call(const QString &method, const QJsonObject &params,
                                                       const std::vector<int> &fds)
{
    const qint64 id = qint64(m_nextId++);
    const QJsonObject request{{u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
    const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    if (body.size() > kMaxMessage)
        return fail(ErrorCode::InvalidArgument, Tr::tr("The request to the runtime helper is too large."),
                    u"%1 bytes"_s.arg(body.size()));
    if (auto sent = sendRecord(m_socket.get(), body, fds); !sent)
        return std::unexpected(sent.error());
    Reply reply;
    auto object = receiveRecord(m_socket.get(), reply.fds);
    if (!object)
        return std::unexpected(object.error());
    if (!object->value(u"ok"_s).toBool()) {
        const QJsonObject error = object->value(u"error"_s).toObject();
        const QString message = error.value(u"message"_s).toString();
        return fail(errorCodeFromProtocol(error.value(u"code"_s).toString()),
                    Tr::tr("The runtime helper failed: %1").arg(message), method + u": "_s + message);
    }
    reply.result = object->value(u"result"_s).toObject();
    return reply;
}

} // namespace Ponton::Runtime
