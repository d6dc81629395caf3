#include "wire.h"

#include <sys/socket.h>

#include <cstring>

namespace ponton::helper {

namespace {

constexpr std::size_t kPrefix = 4;

std::vector<UniqueFd> takeFds(msghdr &header)
{
    std::vector<UniqueFd> fds;
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

std::uint32_t readLength(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

Result<nlohmann::json> parseBody(const unsigned char *data, std::size_t size)
{
    nlohmann::json body = nlohmann::json::parse(data, data + size, nullptr, false);
    if (body.is_discarded())
        return fail("InvalidArgument", "malformed message: not JSON");
    if (!body.is_object())
        return fail("InvalidArgument", "malformed message: not a JSON object");
    return body;
}

} // namespace

Result<Received> receiveMessage(int socket)
{
    std::vector<unsigned char> buffer(kPrefix + kMaxMessageBytes + 1);
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxMessageFds)];
    iovec io{buffer.data(), buffer.size()};
    msghdr header{};
    header.msg_iov = &io;
    header.msg_iovlen = 1;
    header.msg_control = control;
    header.msg_controllen = sizeof control;
    const ssize_t n = ::recvmsg(socket, &header, MSG_TRUNC | MSG_CMSG_CLOEXEC);
    if (n < 0)
        return sysError(errno, "recvmsg on the helper socket");
    Received received;
    received.message.fds = takeFds(header);
    if (n == 0) {
        received.closed = true;
        return received;
    }
    if (header.msg_flags & MSG_CTRUNC)
        return fail("InvalidArgument", "message carries more than %zu file descriptors", kMaxMessageFds);
    const auto size = std::size_t(n);
    if (size > kPrefix + kMaxMessageBytes)
        return fail("InvalidArgument", "message of %zu bytes exceeds the limit of %zu", size, kMaxMessageBytes);
    if (size < kPrefix)
        return fail("InvalidArgument", "truncated message: %zu bytes, no length prefix", size);
    const std::uint32_t declared = readLength(buffer.data());
    if (declared > kMaxMessageBytes)
        return fail("InvalidArgument", "declared length %u exceeds the limit of %zu", declared, kMaxMessageBytes);
    if (declared != size - kPrefix)
        return fail("InvalidArgument", "truncated message: length prefix says %u bytes, record has %zu",
                    declared, size - kPrefix);
    auto body = parseBody(buffer.data() + kPrefix, declared);
    if (!body)
        return std::unexpected(body.error());
    received.message.body = std::move(*body);
    return received;
}

Status sendMessage(int socket, const nlohmann::json &body, const std::vector<int> &fds)
{
    const std::string text = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text.size() > kMaxMessageBytes)
        return fail("Internal", "reply of %zu bytes exceeds the limit of %zu", text.size(), kMaxMessageBytes);
    if (fds.size() > kMaxMessageFds)
        return fail("Internal", "reply carries %zu file descriptors, limit %zu", fds.size(), kMaxMessageFds);
    const auto length = std::uint32_t(text.size());
    unsigned char prefix[kPrefix] = {static_cast<unsigned char>(length >> 24), static_cast<unsigned char>(length >> 16),
                                     static_cast<unsigned char>(length >> 8), static_cast<unsigned char>(length)};
    iovec io[2] = {{prefix, kPrefix}, {const_cast<char *>(text.data()), text.size()}};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxMessageFds)] = {};
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
        return sysError(errno, "sendmsg on the helper socket");
    return {};
}

} // namespace ponton::helper
