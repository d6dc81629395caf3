#include "rootfs.h"

#include "fsutil.h"
#include "uniquefd.h"

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>

namespace ponton::helper {

namespace {

std::string fdPath(int fd)
{
    return "/proc/self/fd/" + std::to_string(fd);
}

// The mount target at path inside the rootfs, created (directory or empty file) when missing.
Result<UniqueFd> target(int rootFd, const std::string &path, bool file)
{
    if (!file)
        return openOrCreateDirInRoot(rootFd, path);
    auto existing = openInRoot(rootFd, path, O_PATH);
    if (existing || existing.error().err != ENOENT)
        return existing;
    const std::size_t slash = path.rfind('/');
    auto parent = openOrCreateDirInRoot(rootFd, slash == std::string::npos ? "" : path.substr(0, slash));
    if (!parent)
        return parent;
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    UniqueFd created(::openat(parent->get(), name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!created && errno != EEXIST)
        return sysError(errno, "create mount point %s", path.c_str());
    return openInRoot(rootFd, path, O_PATH);
}

Status mountIn(int rootFd, const std::string &path, const char *source, const char *type, unsigned long flags,
               const char *data, bool file = false)
{
    auto where = target(rootFd, path, file);
    if (!where)
        return std::unexpected(withContext(where.error(), std::string("mount ") + type + " on " + path));
    if (::mount(source, fdPath(where->get()).c_str(), type, flags, data) < 0)
        return sysError(errno, "mount %s on %s", type, path.c_str());
    return {};
}

Status mountOverlay(const RootfsPlan &plan)
{
    std::string options = "lowerdir=";
    for (std::size_t i = 0; i < plan.lowers.size(); ++i)
        options += (i ? ":" : "") + plan.lowers[i];
    options += ",upperdir=" + plan.upper + ",workdir=" + plan.work + ",redirect_dir=off,index=off,metacopy=off";
    if (::chdir(plan.stateDir.c_str()) < 0)
        return sysError(errno, "chdir %s", plan.stateDir.c_str());
    if (::mount("overlay", plan.rootfs.c_str(), "overlay", 0, options.c_str()) < 0)
        return sysError(errno, "mount overlay on %s", plan.rootfs.c_str());
    return {};
}

Status makeDevices(int rootFd)
{
    struct Node { const char *name; unsigned major, minor; };
    static const Node nodes[] = {{"null", 1, 3}, {"zero", 1, 5}, {"full", 1, 7}, {"random", 1, 8},
                                 {"urandom", 1, 9}, {"tty", 5, 0}};
    auto dev = openInRoot(rootFd, "dev", O_RDONLY | O_DIRECTORY);
    if (!dev)
        return std::unexpected(dev.error());
    for (const Node &n : nodes) {
        if (::mknodat(dev->get(), n.name, S_IFCHR | 0666, makedev(n.major, n.minor)) < 0)
            return sysError(errno, "mknod /dev/%s", n.name);
    }
    static const char *const links[][2] = {{"fd", "/proc/self/fd"}, {"stdin", "/proc/self/fd/0"},
                                           {"stdout", "/proc/self/fd/1"}, {"stderr", "/proc/self/fd/2"},
                                           {"ptmx", "pts/ptmx"}, {"core", "/proc/kcore"}};
    for (const auto &link : links) {
        if (::symlinkat(link[1], dev->get(), link[0]) < 0)
            return sysError(errno, "symlink /dev/%s", link[0]);
    }
    for (const char *dir : {"pts", "shm", "mqueue"}) {
        if (::mkdirat(dev->get(), dir, 0755) < 0)
            return sysError(errno, "mkdir /dev/%s", dir);
    }
    return {};
}

// --privileged, as Docker: the host's device nodes of /dev (its top level) in the container's /dev,
// where the minimal set has none of that name.
Status copyHostDevices(int rootFd)
{
    auto dev = openInRoot(rootFd, "dev", O_RDONLY | O_DIRECTORY);
    if (!dev)
        return std::unexpected(dev.error());
    UniqueFd host(::open("/dev", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!host)
        return sysError(errno, "open the host's /dev");
    for (const std::string &name : listDirectory(host.get())) {
        struct stat st{};
        if (name == "console" || name == "ptmx" || ::fstatat(host.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0
            || !(S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)))
            continue;
        if (::mknodat(dev->get(), name.c_str(), st.st_mode & (S_IFMT | 0777), st.st_rdev) < 0 && errno != EEXIST)
            return sysError(errno, "mknod /dev/%s", name.c_str());
        (void)!::fchownat(dev->get(), name.c_str(), st.st_uid, st.st_gid, AT_SYMLINK_NOFOLLOW);
    }
    return {};
}

Status mountDev(int rootFd, bool privileged)
{
    const unsigned long common = MS_NOSUID | MS_NOEXEC;
    if (auto m = mountIn(rootFd, "dev", "tmpfs", "tmpfs", MS_NOSUID | MS_STRICTATIME, "mode=755,size=65536k"); !m)
        return m;
    if (auto nodes = makeDevices(rootFd); !nodes)
        return nodes;
    if (privileged) {
        if (auto nodes = copyHostDevices(rootFd); !nodes)
            return nodes;
    }
    if (auto m = mountIn(rootFd, "dev/pts", "devpts", "devpts", common, "newinstance,ptmxmode=0666,mode=0620,gid=5"); !m)
        return m;
    if (auto m = mountIn(rootFd, "dev/shm", "shm", "tmpfs", common | MS_NODEV, "mode=1777,size=65536k"); !m)
        return m;
    return mountIn(rootFd, "dev/mqueue", "mqueue", "mqueue", common | MS_NODEV, nullptr);
}

Status bindIn(int rootFd, const BindSource &bind)
{
    const std::string path = bind.destination.substr(bind.destination.find_first_not_of('/') == std::string::npos
                                                         ? bind.destination.size()
                                                         : bind.destination.find_first_not_of('/'));
    UniqueFd source(::open(bind.source.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
    if (!source)
        return sysError(errno, "open bind source %s", bind.source.c_str());
    if (auto m = mountIn(rootFd, path, fdPath(source.get()).c_str(), "bind", MS_BIND | MS_REC, nullptr, bind.file); !m)
        return m;
    if (!bind.readOnly)
        return {};
    auto mounted = openInRoot(rootFd, path, O_PATH);
    if (!mounted)
        return std::unexpected(mounted.error());
    if (::mount(nullptr, fdPath(mounted->get()).c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) < 0)
        return sysError(errno, "remount %s read-only", bind.destination.c_str());
    return {};
}

Status attachTree(int rootFd, const TreeMount &tree)
{
    const std::size_t start = tree.destination.find_first_not_of('/');
    const std::string path = start == std::string::npos ? std::string() : tree.destination.substr(start);
    auto where = target(rootFd, path, tree.file);
    if (!where)
        return std::unexpected(withContext(where.error(), "bind mount on " + tree.destination));
    if (::move_mount(tree.treeFd, "", where->get(), "", MOVE_MOUNT_F_EMPTY_PATH | MOVE_MOUNT_T_EMPTY_PATH) < 0)
        return sysError(errno, "move_mount bind mount on %s", tree.destination.c_str());
    return {};
}

Status pivotInto(int rootFd)
{
    UniqueFd oldRoot(::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!oldRoot || ::fchdir(rootFd) < 0)
        return sysError(errno, "chdir into the rootfs");
    if (::syscall(SYS_pivot_root, ".", ".") < 0)
        return sysError(errno, "pivot_root");
    if (::fchdir(oldRoot.get()) < 0)
        return sysError(errno, "fchdir old root");
    if (::mount(nullptr, ".", nullptr, MS_SLAVE | MS_REC, nullptr) < 0)
        return sysError(errno, "make old root rslave");
    if (::umount2(".", MNT_DETACH) < 0)
        return sysError(errno, "umount old root");
    if (::chdir("/") < 0)
        return sysError(errno, "chdir /");
    return {};
}

// runc's defaults: paths hidden (tmpfs or /dev/null over them) and paths made read-only.
Status maskAndProtect()
{
    static const char *const masked[] = {"/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys",
                                         "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats",
                                         "/proc/sched_debug", "/proc/scsi", "/sys/firmware",
                                         "/sys/devices/virtual/powercap"};
    static const char *const readOnly[] = {"/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"};
    for (const char *path : masked) {
        struct stat st{};
        if (::lstat(path, &st) < 0)
            continue;
        const int done = S_ISDIR(st.st_mode) ? ::mount("tmpfs", path, "tmpfs", MS_RDONLY, "size=0")
                                             : ::mount("/dev/null", path, nullptr, MS_BIND, nullptr);
        if (done < 0)
            return sysError(errno, "mask %s", path);
    }
    for (const char *path : readOnly) {
        if (::mount(path, path, nullptr, MS_BIND | MS_REC, nullptr) < 0) {
            if (errno == ENOENT)
                continue;
            return sysError(errno, "bind %s", path);
        }
        const unsigned long flags = MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC;
        if (::mount(nullptr, path, nullptr, flags, nullptr) < 0)
            return sysError(errno, "remount %s read-only", path);
    }
    return {};
}

} // namespace

Status prepareRootfs(const RootfsPlan &plan)
{
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) < 0)
        return sysError(errno, "make / rprivate");
    if (auto overlay = mountOverlay(plan); !overlay)
        return overlay;
    UniqueFd root(::open(plan.rootfs.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!root)
        return sysError(errno, "open rootfs %s", plan.rootfs.c_str());
    const unsigned long hardened = MS_NOSUID | MS_NODEV | MS_NOEXEC;
    if (auto m = mountIn(root.get(), "proc", "proc", "proc", hardened, nullptr); !m)
        return m;
    if (auto m = mountIn(root.get(), "sys", "sysfs", "sysfs", plan.privileged ? hardened : hardened | MS_RDONLY, nullptr); !m)
        return m;
    if (auto dev = mountDev(root.get(), plan.privileged); !dev)
        return dev;
    for (const BindSource &bind : plan.binds) {
        if (auto bound = bindIn(root.get(), bind); !bound)
            return bound;
    }
    for (const TreeMount &tree : plan.trees) {
        if (auto attached = attachTree(root.get(), tree); !attached)
            return attached;
    }
    if (auto pivoted = pivotInto(root.get()); !pivoted)
        return pivoted;
    return plan.privileged ? Status{} : maskAndProtect();
}

} // namespace ponton::helper
