#include "containerinit.h"

#include "capabilities.h"
#include "fdpassing.h"
#include "fsutil.h"
#include "userlookup.h"

#include <fcntl.h>
#include <signal.h>
#include <grp.h>
#include <linux/close_range.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

#include <cstring>

namespace ponton::helper {

namespace {

constexpr int kSetupFailed = 125;
constexpr int kNotExecutable = 126;
constexpr int kNotFound = 127;

[[noreturn]] void die(const InitPlan &plan, int code, const std::string &message)
{
    const std::string text = std::to_string(code) + " " + message;
    (void)!::write(plan.errorFd, text.data(), text.size());
    ::_exit(code);
}

Status setUpTerminal(const InitPlan &plan)
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
    if (auto sent = sendFd(plan.consoleFd, master.get()); !sent)
        return sent;
    if (::setsid() < 0 || ::ioctl(slave.get(), TIOCSCTTY, 0) < 0)
        return sysError(errno, "make the pty the controlling terminal");
    for (int target = 0; target < 3; ++target) {
        if (::dup2(slave.get(), target) < 0)
            return sysError(errno, "dup2 pty to %d", target);
    }
    return {};
}

Status setUpStdio(const InitPlan &plan)
{
    if (::setsid() < 0)
        return sysError(errno, "setsid");
    for (int target = 0; target < 3; ++target) {
        if (::dup2(plan.stdio[target], target) < 0)
            return sysError(errno, "dup2 %d to %d", plan.stdio[target], target);
    }
    return {};
}

// Docker's limits, clamped to the host's hard limits (root cannot raise those on every host).
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

Status becomeUser(const ResolvedUser &user)
{
    if (auto dropped = dropBoundingCapabilities(); !dropped)
        return dropped;
    if (::setgroups(user.groups.size(), user.groups.data()) < 0)
        return sysError(errno, "setgroups");
    if (::setresgid(user.gid, user.gid, user.gid) < 0)
        return sysError(errno, "setgid %u", user.gid);
    if (::setresuid(user.uid, user.uid, user.uid) < 0)
        return sysError(errno, "setuid %u", user.uid);
    if (user.uid == 0)
        return applyDefaultCapabilities();
    return {};
}

bool hasVariable(const std::vector<std::string> &env, const std::string &name)
{
    for (const std::string &entry : env)
        if (entry.rfind(name + "=", 0) == 0)
            return true;
    return false;
}

std::vector<std::string> environment(const ContainerConfig &config, const ResolvedUser &user, const std::string &host)
{
    std::vector<std::string> env = config.env;
    if (!hasVariable(env, "PATH"))
        env.push_back("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    if (!hasVariable(env, "HOSTNAME"))
        env.push_back("HOSTNAME=" + host);
    if (!hasVariable(env, "HOME"))
        env.push_back("HOME=" + user.home);
    if (config.tty && !hasVariable(env, "TERM"))
        env.push_back("TERM=xterm");
    return env;
}

std::string variable(const std::vector<std::string> &env, const std::string &name)
{
    for (const std::string &entry : env)
        if (entry.rfind(name + "=", 0) == 0)
            return entry.substr(name.size() + 1);
    return {};
}

[[noreturn]] void execute(const InitPlan &plan, const std::vector<std::string> &env)
{
    const std::vector<std::string> &args = plan.config->args;
    if (args.empty())
        die(plan, kSetupFailed, "no command specified");
    std::vector<char *> argv, envp;
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    for (const std::string &e : env)
        envp.push_back(const_cast<char *>(e.c_str()));
    envp.push_back(nullptr);
    ::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC);
    ::fcntl(plan.errorFd, F_SETFD, FD_CLOEXEC);
    ::umask(0022);
    if (args[0].find('/') != std::string::npos) {
        ::execve(args[0].c_str(), argv.data(), envp.data());
        const int err = errno;
        die(plan, err == ENOENT ? kNotFound : kNotExecutable, "exec " + args[0] + ": " + std::strerror(err));
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
        die(plan, kNotExecutable, "exec " + args[0] + ": " + std::strerror(denied));
    die(plan, kNotFound, "exec: \"" + args[0] + "\": executable file not found in $PATH");
}

Status setUp(const InitPlan &plan, ResolvedUser &user)
{
    const ContainerConfig &config = *plan.config;
    if (auto root = prepareRootfs(plan.rootfs); !root)
        return root;
    if (::sethostname(config.hostname.data(), config.hostname.size()) < 0)
        return sysError(errno, "sethostname %s", config.hostname.c_str());
    if (auto io = config.tty ? setUpTerminal(plan) : setUpStdio(plan); !io)
        return io;
    UniqueFd root(::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    auto resolved = resolveUser(config.user, readFileAt(root.get(), "etc/passwd").value_or(""),
                                readFileAt(root.get(), "etc/group").value_or(""));
    if (!resolved)
        return std::unexpected(resolved.error());
    user = *resolved;
    if (auto cwd = openOrCreateDirInRoot(root.get(), config.cwd); !cwd)
        return std::unexpected(withContext(cwd.error(), "working directory " + config.cwd));
    if (auto limited = setLimits(); !limited)
        return limited;
    if (auto switched = becomeUser(user); !switched)
        return switched;
    if (::chdir(config.cwd.c_str()) < 0)
        return sysError(errno, "chdir to working directory %s", config.cwd.c_str());
    return {};
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

} // namespace

void runContainerInit(const InitPlan &plan)
{
    resetSignals();
    char go = 0;
    if (::read(plan.goFd, &go, 1) != 1)
        ::_exit(kSetupFailed);
    ::close(plan.goFd);
    ::umask(0);
    ResolvedUser user;
    if (auto ready = setUp(plan, user); !ready)
        die(plan, kSetupFailed, ready.error().message);
    execute(plan, environment(*plan.config, user, plan.config->hostname));
}

} // namespace ponton::helper
