#include "containerinit.h"

#include "fsutil.h"
#include "processsetup.h"
#include "userlookup.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ponton::helper {

namespace {

Status setUp(const InitPlan &plan, ResolvedUser &user)
{
    const ContainerConfig &config = *plan.config;
    if (auto root = prepareRootfs(plan.rootfs); !root)
        return root;
    if (::sethostname(config.hostname.data(), config.hostname.size()) < 0)
        return sysError(errno, "sethostname %s", config.hostname.c_str());
    if (auto io = config.tty ? setUpTerminal(plan.consoleFd) : setUpStdio(plan.stdio); !io)
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
    if (auto switched = becomeUser(user, config.privileged); !switched)
        return switched;
    if (::chdir(config.cwd.c_str()) < 0)
        return sysError(errno, "chdir to working directory %s", config.cwd.c_str());
    return {};
}

} // namespace

void runContainerInit(const InitPlan &plan)
{
    resetSignals();
    if (plan.cgroups) {
        if (auto entered = enterCgroups(*plan.cgroups); !entered)
            dieWith(plan.errorFd, kSetupFailed, entered.error().message);
    }
    char go = 0;
    if (::read(plan.goFd, &go, 1) != 1)
        ::_exit(kSetupFailed);
    ::close(plan.goFd);
    ::umask(0);
    ResolvedUser user;
    if (auto ready = setUp(plan, user); !ready)
        dieWith(plan.errorFd, kSetupFailed, ready.error().message);
    executeCommand(plan.config->args, processEnvironment(plan.config->env, user, plan.config->hostname, plan.config->tty),
                   plan.errorFd);
}

} // namespace ponton::helper
