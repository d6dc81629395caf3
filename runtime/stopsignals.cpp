#include "stopsignals.h"

#include "log.h"

#include <signal.h>
#include <sys/signalfd.h>

namespace ponton::helper {

StopSignals::StopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    ::sigprocmask(SIG_SETMASK, &set, nullptr);
    m_fd.reset(::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK));
}

void StopSignals::handle(pid_t pid)
{
    signalfd_siginfo info{};
    while (::read(m_fd.get(), &info, sizeof info) == ssize_t(sizeof info)) {
        if (info.ssi_signo != SIGTERM && info.ssi_signo != SIGINT)
            continue;
        logInfo("signal %u from pid %u: forwarded to pid %d", info.ssi_signo, info.ssi_pid, int(pid));
        if (pid > 0)
            ::kill(pid, int(info.ssi_signo));
        if (m_killAt == 0)
            m_killAt = std::time(nullptr) + kStopGraceSeconds;
    }
}

void StopSignals::enforce(pid_t pid)
{
    if (m_killAt != 0 && pid > 0 && std::time(nullptr) >= m_killAt) {
        logInfo("pid %d still there %d s after a stop signal: SIGKILL", int(pid), kStopGraceSeconds);
        ::kill(pid, SIGKILL);
        m_killAt = 0;
    }
}

} // namespace ponton::helper
