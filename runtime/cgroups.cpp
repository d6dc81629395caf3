#include "cgroups.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

namespace ponton::helper {

namespace {

struct Hierarchy {
    std::string key;         // "unified", or the v1 controllers "cpu,cpuacct"
    std::string mountPoint;
    std::string mountRoot;   // the cgroup the mount shows as its root
};

std::vector<std::string> split(const std::string &text, char separator)
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    for (std::string part; std::getline(stream, part, separator);)
        parts.push_back(part);
    return parts;
}

// Controllers of a v1 mount, from its super options ("rw,cpu,cpuacct" → "cpu,cpuacct").
std::string controllersOf(const std::string &superOptions)
{
    std::string controllers;
    for (const std::string &option : split(superOptions, ',')) {
        const bool named = option.rfind("name=", 0) == 0;
        if (!named && option.find('=') != std::string::npos)
            continue;
        if (option == "rw" || option == "ro" || option == "noprefix" || option == "clone_children" || option == "xattr")
            continue;
        controllers += (controllers.empty() ? "" : ",") + option;
    }
    return controllers;
}

std::vector<Hierarchy> mountedHierarchies()
{
    std::vector<Hierarchy> found;
    std::ifstream mountinfo("/proc/self/mountinfo");
    for (std::string line; std::getline(mountinfo, line);) {
        const std::size_t dash = line.find(" - ");
        if (dash == std::string::npos)
            continue;
        const std::vector<std::string> head = split(line.substr(0, dash), ' ');
        const std::vector<std::string> tail = split(line.substr(dash + 3), ' ');
        if (head.size() < 5 || tail.size() < 3)
            continue;
        if (tail[0] == "cgroup2")
            found.push_back({"unified", head[4], head[3]});
        else if (tail[0] == "cgroup")
            found.push_back({controllersOf(tail[2]), head[4], head[3]});
    }
    return found;
}

// The helper's own cgroup in each hierarchy, from /proc/self/cgroup ("4:memory:/a/b", "0::/x").
std::map<std::string, std::string> ownCgroups()
{
    std::map<std::string, std::string> own;
    std::ifstream file("/proc/self/cgroup");
    for (std::string line; std::getline(file, line);) {
        const std::size_t first = line.find(':');
        const std::size_t second = line.find(':', first + 1);
        if (first == std::string::npos || second == std::string::npos)
            continue;
        const std::string controllers = line.substr(first + 1, second - first - 1);
        own[controllers.empty() ? "unified" : controllers] = line.substr(second + 1);
    }
    return own;
}

Status writeFile(const std::string &path, const std::string &value)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return sysError(errno, "open %s", path.c_str());
    const ssize_t n = ::write(fd, value.data(), value.size());
    const int err = errno;
    ::close(fd);
    if (n < 0)
        return sysError(err, "write '%s' to %s", value.c_str(), path.c_str());
    return {};
}

std::string readFile(const std::string &path)
{
    std::ifstream file(path);
    std::stringstream content;
    content << file.rdbuf();
    return content.str();
}

// mkdir of one level; a new v1 cpuset needs its parent's cpus and mems before it takes tasks.
Status makeLevel(const std::string &path, bool cpuset)
{
    if (::mkdir(path.c_str(), 0755) < 0 && errno != EEXIST)
        return sysError(errno, "mkdir cgroup %s", path.c_str());
    if (!cpuset)
        return {};
    const std::string parent = path.substr(0, path.rfind('/'));
    for (const char *file : {"/cpuset.cpus", "/cpuset.mems"}) {
        if (readFile(path + file).find_first_not_of(" \n") != std::string::npos)
            continue;
        if (auto written = writeFile(path + file, readFile(parent + file)); !written)
            return written;
    }
    return {};
}

// Privileged: every device, as Docker's --privileged.
Status applyDeviceRules(const std::string &path, bool privileged)
{
    if (privileged)
        return writeFile(path + "/devices.allow", "a");
    // Docker's default device rules: nothing but mknod and the usual character devices.
    static const char *const rules[] = {"c *:* m", "b *:* m", "c 1:3 rwm", "c 1:5 rwm", "c 1:7 rwm", "c 1:8 rwm",
                                        "c 1:9 rwm", "c 5:0 rwm", "c 5:1 rwm", "c 5:2 rwm", "c 136:* rwm",
                                        "c 10:200 rwm"};
    if (auto denied = writeFile(path + "/devices.deny", "a"); !denied)
        return denied;
    for (const char *rule : rules) {
        if (auto allowed = writeFile(path + "/devices.allow", rule); !allowed)
            return allowed;
    }
    return {};
}

bool hasController(const std::string &key, const std::string &controller)
{
    for (const std::string &c : split(key, ','))
        if (c == controller)
            return true;
    return false;
}

} // namespace

Result<CgroupPaths> createCgroups(const std::string &id, bool privileged)
{
    const std::map<std::string, std::string> own = ownCgroups();
    CgroupPaths paths;
    for (const Hierarchy &h : mountedHierarchies()) {
        const auto mine = own.find(h.key);
        if (h.key.empty() || h.key.rfind("name=", 0) == 0 || mine == own.end() || paths.count(h.key))
            continue;
        std::string relative = mine->second;
        if (h.mountRoot != "/" && relative.rfind(h.mountRoot, 0) == 0)
            relative = relative.substr(h.mountRoot.size());
        std::string base = h.mountPoint + (relative == "/" ? "" : relative);
        const bool cpuset = hasController(h.key, "cpuset");
        if (auto level = makeLevel(base + "/ponton", cpuset); !level)
            return std::unexpected(level.error());
        if (auto level = makeLevel(base + "/ponton/" + id, cpuset); !level)
            return std::unexpected(level.error());
        paths[h.key] = base + "/ponton/" + id;
        if (hasController(h.key, "devices")) {
            if (auto rules = applyDeviceRules(paths[h.key], privileged); !rules)
                return std::unexpected(rules.error());
        }
    }
    return paths;
}

Status joinCgroups(const CgroupPaths &paths, pid_t pid)
{
    for (const auto &[key, path] : paths) {
        if (auto joined = writeFile(path + "/cgroup.procs", std::to_string(pid)); !joined)
            return joined;
    }
    return {};
}

Result<CgroupEntry> openCgroupEntry(const CgroupPaths &paths)
{
    CgroupEntry entry;
    for (const auto &[key, path] : paths) {
        const bool v2 = key == "unified";
        const std::string target = v2 ? path : path + "/tasks";
        UniqueFd fd(::open(target.c_str(), (v2 ? O_RDONLY | O_DIRECTORY : O_WRONLY) | O_CLOEXEC));
        if (!fd)
            return sysError(errno, "open %s", target.c_str());
        if (v2)
            entry.v2Directory = std::move(fd);
        else
            entry.v1Tasks.push_back(std::move(fd));
    }
    return entry;
}

Status enterCgroups(const CgroupEntry &entry)
{
    for (const UniqueFd &tasks : entry.v1Tasks) {
        if (::write(tasks.get(), "0", 1) != 1)
            return sysError(errno, "join the container's cgroups");
    }
    return {};
}

void removeCgroups(const CgroupPaths &paths)
{
    for (const auto &[key, path] : paths) {
        // The last processes leave a cgroup a little after they are reaped: poll often, for up to 1 s.
        for (int attempt = 0; attempt < 1000; ++attempt) {
            if (::rmdir(path.c_str()) == 0 || errno == ENOENT)
                break;
            if (errno != EBUSY)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }
}

namespace {

std::string freezerPath(const CgroupPaths &paths, bool &v1)
{
    for (const auto &[key, path] : paths) {
        if (hasController(key, "freezer")) {
            v1 = true;
            return path;
        }
    }
    v1 = false;
    const auto unified = paths.find("unified");
    return unified == paths.end() ? std::string() : unified->second;
}

} // namespace

Status freeze(const CgroupPaths &paths, bool frozen)
{
    bool v1 = false;
    const std::string path = freezerPath(paths, v1);
    if (path.empty())
        return fail("Unavailable", "no cgroup freezer on this host");
    const std::string file = path + (v1 ? "/freezer.state" : "/cgroup.freeze");
    const std::string value = v1 ? (frozen ? "FROZEN" : "THAWED") : (frozen ? "1" : "0");
    if (auto written = writeFile(file, value); !written)
        return written;
    // A process in uninterruptible sleep (disk I/O under load) freezes only once it wakes: up to 5 s.
    for (int attempt = 0; attempt < 2500; ++attempt) {
        if (isFrozen(paths) == frozen)
            return {};
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    // A freeze that did not complete is taken back: the container must not end up frozen by a failed
    // pause, which nobody would undo.
    if (frozen)
        (void)writeFile(file, v1 ? "THAWED" : "0");
    return fail("Unavailable", "cgroup %s did not become %s", path.c_str(), frozen ? "frozen" : "thawed");
}

bool isFrozen(const CgroupPaths &paths)
{
    bool v1 = false;
    const std::string path = freezerPath(paths, v1);
    if (path.empty())
        return false;
    if (v1)
        return readFile(path + "/freezer.state").rfind("FROZEN", 0) == 0;
    return readFile(path + "/cgroup.events").find("frozen 1") != std::string::npos;
}

} // namespace ponton::helper
