#include "terminalsession.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>

namespace Ponton::Cli {

namespace {

// SIGWINCH reaches the relay loop through a pipe (the handler only writes one byte).
int g_winchPipe[2] = {-1, -1};

void onWindowChange(int)
{
    const int saved = errno;
    const char byte = 'w';
    (void)!::write(g_winchPipe[1], &byte, 1);
    errno = saved;
}

} // namespace

TerminalSession::~TerminalSession()
{
    restoreMode();
}

void TerminalSession::enterRawMode()
{
    if (!::isatty(m_options.input) || ::tcgetattr(m_options.input, &m_saved) != 0)
        return;
    struct termios raw = m_saved;
    ::cfmakeraw(&raw);
    if (::tcsetattr(m_options.input, TCSANOW, &raw) == 0)
        m_raw = true;
}

void TerminalSession::restoreMode()
{
    if (m_raw)
        ::tcsetattr(m_options.input, TCSANOW, &m_saved);
    m_raw = false;
}

void TerminalSession::copyWindowSize()
{
    struct winsize size {};
    if (::ioctl(m_options.input, TIOCGWINSZ, &size) == 0 && size.ws_row > 0)
        ::ioctl(m_master, TIOCSWINSZ, &size);
}

bool TerminalSession::writeAll(int fd, const char *data, long size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) {
            pollfd p{fd, POLLOUT, 0};
            ::poll(&p, 1, 100);
            continue;
        }
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

bool TerminalSession::forward(const char *data, long size)
{
    const std::string &keys = m_options.detachKeys;
    for (long i = 0; i < size; ++i) {
        const char c = data[i];
        if (m_matched > 0 && keys[m_matched] != c) {
            writeAll(m_master, keys.data(), long(m_matched));  // not the detach keys after all: send what was held
            m_matched = 0;
        }
        if (!keys.empty() && keys[m_matched] == c) {
            if (++m_matched == keys.size())
                return true;
            continue;
        }
        writeAll(m_master, &c, 1);
    }
    return false;
}

TerminalSession::Outcome TerminalSession::run()
{
    if (::pipe2(g_winchPipe, O_CLOEXEC | O_NONBLOCK) < 0)
        return Outcome::Failed;
    struct sigaction action {};
    struct sigaction previous {};
    action.sa_handler = onWindowChange;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(SIGWINCH, &action, &previous);
    enterRawMode();
    copyWindowSize();

    Outcome outcome = Outcome::Ended;
    bool inputOpen = m_options.forwardInput;
    char buffer[16384];
    for (;;) {
        pollfd fds[3] = {{m_master, POLLIN, 0}, {g_winchPipe[0], POLLIN, 0}, {inputOpen ? m_options.input : -1, POLLIN, 0}};
        if (::poll(fds, 3, -1) < 0) {
            if (errno == EINTR)
                continue;
            outcome = Outcome::Failed;
            break;
        }
        if (fds[1].revents & POLLIN) {
            while (::read(g_winchPipe[0], buffer, sizeof buffer) > 0) {
            }
            copyWindowSize();
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;  // EIO: the container's side of the terminal is closed
            writeAll(m_options.output, buffer, n);
        }
        if (inputOpen && (fds[2].revents & (POLLIN | POLLHUP | POLLERR))) {
            const ssize_t n = ::read(m_options.input, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                inputOpen = false;  // our input ended; the container keeps its terminal
                continue;
            }
            if (forward(buffer, n)) {
                outcome = Outcome::Detached;
                break;
            }
        }
    }
    restoreMode();
    ::sigaction(SIGWINCH, &previous, nullptr);
    ::close(g_winchPipe[0]);
    ::close(g_winchPipe[1]);
    g_winchPipe[0] = g_winchPipe[1] = -1;
    return outcome;
}

} // namespace Ponton::Cli
