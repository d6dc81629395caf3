#include "terminalrelay.h"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

namespace ponton::helper {

namespace {

constexpr int kStalledWriteMs = 1000;  // a client (or a container) that reads nothing for this long loses bytes

long long nowMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

enum class Written { All, Stalled, Failed };

// Writes everything to a non-blocking fd, waiting while it is full (not at all when waitMs is 0).
Written writeWithin(int fd, const char *data, std::size_t size, int waitMs = kStalledWriteMs)
{
    const long long deadline = nowMs() + waitMs;
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n > 0) {
            data += n;
            size -= std::size_t(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN)
            return Written::Failed;
        const long long left = deadline - nowMs();
        pollfd p{fd, POLLOUT, 0};
        if (left <= 0 || ::poll(&p, 1, int(left)) <= 0)
            return Written::Stalled;
    }
    return Written::All;
}

bool sameSize(const winsize &a, const winsize &b)
{
    return a.ws_row == b.ws_row && a.ws_col == b.ws_col && a.ws_xpixel == b.ws_xpixel && a.ws_ypixel == b.ws_ypixel;
}

} // namespace

TerminalRelay::TerminalRelay(UniqueFd master, UniqueFd log) : m_master(std::move(master)), m_log(std::move(log))
{
    m_masterOpen = m_master.valid();
    if (m_masterOpen)
        ::fcntl(m_master.get(), F_SETFL, ::fcntl(m_master.get(), F_GETFL) | O_NONBLOCK);
}

Result<UniqueFd> TerminalRelay::attachClient()
{
    UniqueFd master(::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC));
    if (!master)
        return sysError(errno, "open a relay terminal");
    int unlock = 0;
    if (::ioctl(master.get(), TIOCSPTLCK, &unlock) < 0)
        return sysError(errno, "unlock the relay terminal");
    UniqueFd slave(::ioctl(master.get(), TIOCGPTPEER, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC));
    if (!slave)
        return sysError(errno, "open the relay terminal's peer");
    termios raw{};
    if (::tcgetattr(slave.get(), &raw) < 0)
        return sysError(errno, "read the relay terminal's mode");
    ::cfmakeraw(&raw);
    if (::tcsetattr(slave.get(), TCSANOW, &raw) < 0)
        return sysError(errno, "make the relay terminal raw");
    Client client;
    if (::ioctl(m_master.get(), TIOCGWINSZ, &client.size) == 0)
        (void)::ioctl(slave.get(), TIOCSWINSZ, &client.size);
    client.slave = std::move(slave);
    m_clients.push_back(std::move(client));
    return master;
}

std::vector<int> TerminalRelay::watched() const
{
    std::vector<int> fds;
    if (m_masterOpen)
        fds.push_back(m_master.get());
    for (const Client &client : m_clients)
        fds.push_back(client.slave.get());
    return fds;
}

void TerminalRelay::readable(int fd)
{
    if (m_masterOpen && fd == m_master.get()) {
        fromContainer();
        return;
    }
    for (std::size_t i = 0; i < m_clients.size(); ++i) {
        if (m_clients[i].slave.get() == fd) {
            fromClient(i);
            return;
        }
    }
}

void TerminalRelay::fromContainer()
{
    char buffer[16384];
    for (int reads = 0; reads < 16; ++reads) {
        const ssize_t n = ::read(m_master.get(), buffer, sizeof buffer);
        if (n > 0) {
            broadcast(buffer, std::size_t(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0 || errno != EAGAIN)
            m_masterOpen = false;  // EIO: every process holding the container's side has ended
        return;
    }
}

void TerminalRelay::fromClient(std::size_t index)
{
    syncWindowSize();  // a resize and what is typed after it arrive in order (`stty size` sees the new size)
    char buffer[4096];
    const ssize_t n = ::read(m_clients[index].slave.get(), buffer, sizeof buffer);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) {
        m_clients.erase(m_clients.begin() + long(index));  // EIO: the client closed its master
        return;
    }
    if (m_masterOpen)
        (void)writeWithin(m_master.get(), buffer, std::size_t(n));
}

void TerminalRelay::broadcast(const char *data, std::size_t size)
{
    if (m_log)
        (void)!::write(m_log.get(), data, size);
    for (std::size_t i = 0; i < m_clients.size();) {
        Client &client = m_clients[i];
        // A client that stalled is not waited for again until it has taken a whole write.
        const Written written = writeWithin(client.slave.get(), data, size, client.stalled ? 0 : kStalledWriteMs);
        if (written == Written::Failed) {
            m_clients.erase(m_clients.begin() + long(i));
            continue;
        }
        client.stalled = written == Written::Stalled;  // it loses these bytes but stays
        ++i;
    }
}

void TerminalRelay::syncWindowSize()
{
    for (Client &client : m_clients) {
        winsize size{};
        if (::ioctl(client.slave.get(), TIOCGWINSZ, &size) < 0 || sameSize(size, client.size))
            continue;
        client.size = size;
        if (m_masterOpen)
            (void)::ioctl(m_master.get(), TIOCSWINSZ, &size);
    }
}

void TerminalRelay::drain()
{
    const long long deadline = nowMs() + 500;
    while (m_masterOpen) {
        const long long left = deadline - nowMs();
        pollfd p{m_master.get(), POLLIN, 0};
        if (left <= 0 || ::poll(&p, 1, int(left)) <= 0)
            break;
        fromContainer();
    }
    m_clients.clear();
    m_master.reset();
    m_masterOpen = false;
}

} // namespace ponton::helper
