#include "instancelock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

namespace ponton::helper {

namespace {

constexpr int kRetryMs = 10;

std::string holderOf(int fd)
{
    char pid[32] = {};
    const ssize_t n = ::pread(fd, pid, sizeof pid - 1, 0);
    return n > 0 ? std::string(pid, std::size_t(n)) : std::string("unknown");
}

void recordOwner(int fd)
{
    const std::string pid = std::to_string(::getpid());
    if (::ftruncate(fd, 0) == 0)
        (void)!::pwrite(fd, pid.data(), pid.size(), 0);
}

} // namespace

bool socketAnswers(const std::string &socketPath)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (socketPath.empty() || socketPath.size() >= sizeof address.sun_path)
        return false;
    std::strcpy(address.sun_path, socketPath.c_str());
    UniqueFd probe(::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0));
    return probe && ::connect(probe.get(), reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
}

Result<InstanceLock> acquireInstanceLock(const std::string &stateDir, const std::string &socketPath, int timeoutMs)
{
    const std::string path = stateDir + "/helper.lock";
    UniqueFd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (!fd)
        return sysError(errno, "open %s", path.c_str());
    for (int waited = 0;; waited += kRetryMs) {
        if (::flock(fd.get(), LOCK_EX | LOCK_NB) == 0) {
            recordOwner(fd.get());
            return InstanceLock{std::move(fd), false};
        }
        if (errno != EWOULDBLOCK && errno != EINTR)
            return sysError(errno, "lock %s", path.c_str());
        if (socketAnswers(socketPath))
            return InstanceLock{{}, true};
        if (waited >= timeoutMs)
            return fail("Unavailable", "another helper (pid %s) holds %s and does not answer on %s",
                        holderOf(fd.get()).c_str(), path.c_str(), socketPath.c_str());
        const timespec pause{0, kRetryMs * 1000000L};
        ::nanosleep(&pause, nullptr);
    }
}

} // namespace ponton::helper
