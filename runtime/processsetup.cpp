#include "processsetup.h"

#include "capabilities.h"
#include "fdpassing.h"
#include "uniquefd.h"

#include <fcntl.h>
#include <grp.h>
#include <linux/close_range.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace ponton::helper {

namespace {

bool hasVariable(const std::vector<std::string> &env, const std::string &name)
{
    return std::any_of(env.begin(), env.end(), [&](const std::string &entry) { return entry.rfind(name + "=", 0) == 0; });
}

std::string variable(const std::vector<std::string> &env, const std::string &name)
{
    for (const std::string &entry : env)
        if (entry.rfind(name + "=", 0) == 0)
            return entry.substr(name.size() + 1);
    return {};
}

} // namespace

void dieWith(int errorFd, int code, const std::string &message)
{
    const std::string text = std::to_string(code) + " " + message;
    (void)!::write(errorFd, text.data(), text.size());
    ::_exit(code);
}

Status setUpTerminal(int consoleFd)
{
    UniqueFd master(::open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC));
    if (!master)
        return sysError(errno, "open /dev/ptmx");
    int unlock = 0;
    if (::ioctl(master.get(), TIOCSPTLCK, &unlock) < 0)
        return sysError(errno, "unlock the pty");
    UniqueFd slave(::ioctl(master.get(), TIOCGPTPEER, O_RDWR | O_NOCTTY));
    if (!slave)
        return sysError(errno, "open the pty peer");
    if (auto sent = sendFd(consoleFd, master.get()); !sent)
        return sent;
    if (::setsid() < 0 || ::ioctl(slave.get(), TIOCSCTTY, 0) < 0)
        return sysError(errno, "make the pty the controlling terminal");
    for (int target = 0; target < 3; ++target) {
        if (::dup2(slave.get(), target) < 0)
            return sysError(errno, "dup2 pty to %d", target);
    }
    return {};
}

Status setUpStdio(const int stdio[3])
{
    if (::setsid() < 0)
        return sysError(errno, "setsid");
    for (int target = 0; target < 3; ++target) {
        if (::dup2(stdio[target], target) < 0)
            return sysError(errno, "dup2 %d to %d", stdio[target], target);
    }
    return {};
}

Status setLimits()
{
    struct Limit { int resource; rlim_t soft; rlim_t hard; };
    static const Limit limits[] = {{RLIMIT_NOFILE, 1024, 524288}};
    for (const Limit &l : limits) {
        rlimit host{};
        if (::getrlimit(l.resource, &host) < 0)
            return sysError(errno, "getrlimit %d", l.resource);
        rlimit wanted{std::min(l.soft, host.rlim_max), std::min(l.hard, host.rlim_max)};
        if (::setrlimit(l.resource, &wanted) < 0)
            return sysError(errno, "setrlimit %d", l.resource);
    }
    return {};
}

Status becomeUser(const ResolvedUser &user, bool privileged)
{
    if (!privileged) {
        if (auto dropped = dropBoundingCapabilities(); !dropped)
            return dropped;
    }
    if (::setgroups(user.groups.size(), user.groups.data()) < 0)
        return sysError(errno, "setgroups");
    if (::setresgid(user.gid, user.gid, user.gid) < 0)
        return sysError(errno, "setgid %u", user.gid);
    if (::setresuid(user.uid, user.uid, user.uid) < 0)
        return sysError(errno, "setuid %u", user.uid);
    if (user.uid == 0)
        return privileged ? applyAllCapabilities() : applyDefaultCapabilities();
    return {};
}

std::vector<std::string> processEnvironment(std::vector<std::string> env, const ResolvedUser &user,
                                            const std::string &hostname, bool tty)
{
    if (!hasVariable(env, "PATH"))
        env.push_back("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    if (!hasVariable(env, "HOSTNAME"))
        env.push_back("HOSTNAME=" + hostname);
    if (!hasVariable(env, "HOME"))
        env.push_back("HOME=" + user.home);
    if (tty && !hasVariable(env, "TERM"))
        env.push_back("TERM=xterm");
    return env;
}

void resetSignals()
{
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    for (int signal = 1; signal < NSIG; ++signal) {
        if (signal != SIGKILL && signal != SIGSTOP)
            ::signal(signal, SIG_DFL);
    }
}

void executeCommand(const std::vector<std::string> &args, const std::vector<std::string> &env, int errorFd)
{
    if (args.empty())
        dieWith(errorFd, kSetupFailed, "no command specified");
    std::vector<char *> argv, envp;
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    for (const std::string &e : env)
        envp.push_back(const_cast<char *>(e.c_str()));
    envp.push_back(nullptr);
    ::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC);
    ::fcntl(errorFd, F_SETFD, FD_CLOEXEC);
    ::umask(0022);
    if (args[0].find('/') != std::string::npos) {
        ::execve(args[0].c_str(), argv.data(), envp.data());
        const int err = errno;
        dieWith(errorFd, err == ENOENT ? kNotFound : kNotExecutable, "exec " + args[0] + ": " + std::strerror(err));
    }
    int denied = 0;
    std::string path = variable(env, "PATH");
    for (std::size_t start = 0; start <= path.size();) {
        std::size_t end = path.find(':', start);
        if (end == std::string::npos)
            end = path.size();
        const std::string candidate = (end > start ? path.substr(start, end - start) : ".") + "/" + args[0];
        ::execve(candidate.c_str(), argv.data(), envp.data());
        if (errno == EACCES || errno == ENOEXEC)
            denied = errno;
        start = end + 1;
    }
    if (denied)
        dieWith(errorFd, kNotExecutable, "exec " + args[0] + ": " + std::strerror(denied));
    dieWith(errorFd, kNotFound, "exec: \"" + args[0] + "\": executable file not found in $PATH");
}

} // namespace ponton::helper
