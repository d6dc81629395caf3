#include "fdpassing.h"

#include <sys/socket.h>

#include <cstring>

namespace ponton::helper {

Status sendFd(int socket, int fd)
{
    char byte = 'F';
    iovec io{&byte, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr header{};
    header.msg_iov = &io;
    header.msg_iovlen = 1;
    header.msg_control = control;
    header.msg_controllen = sizeof control;
    cmsghdr *c = CMSG_FIRSTHDR(&header);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(c), &fd, sizeof(int));
    if (::sendmsg(socket, &header, MSG_NOSIGNAL) < 0)
        return sysError(errno, "sendmsg file descriptor");
    return {};
}

Result<UniqueFd> receiveFd(int socket)
{
    char byte = 0;
    iovec io{&byte, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr header{};
    header.msg_iov = &io;
    header.msg_iovlen = 1;
    header.msg_control = control;
    header.msg_controllen = sizeof control;
    const ssize_t n = ::recvmsg(socket, &header, MSG_CMSG_CLOEXEC);
    if (n < 0)
        return sysError(errno, "recvmsg file descriptor");
    cmsghdr *c = CMSG_FIRSTHDR(&header);
    if (n == 0 || !c || c->cmsg_type != SCM_RIGHTS)
        return fail("Internal", "no file descriptor received");
    int fd = -1;
    std::memcpy(&fd, CMSG_DATA(c), sizeof(int));
    return UniqueFd(fd);
}

} // namespace ponton::helper
