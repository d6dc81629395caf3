#include "statedir.h"

#include "fsutil.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>

#include <thread>
#include <vector>

namespace ponton::helper {

namespace {

Result<UniqueFd> openOrCreateDir(const std::string &path)
{
    if (::mkdir(path.c_str(), 0700) < 0 && errno != EEXIST)
        return sysError(errno, "mkdir %s", path.c_str());
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW));
    if (!fd)
        return sysError(errno, "open %s", path.c_str());
    return fd;
}

} // namespace

Result<StateDir> StateDir::open(const std::string &path)
{
    if (path.empty() || path[0] != '/')
        return fail("InvalidArgument", "state directory must be an absolute path: '%s'", path.c_str());
    StateDir dir;
    dir.m_path = path;
    auto root = openOrCreateDir(path);
    if (!root)
        return std::unexpected(root.error());
    auto snapshots = openOrCreateDir(dir.snapshotsPath());
    if (!snapshots)
        return std::unexpected(snapshots.error());
    auto containers = openOrCreateDir(dir.containersPath());
    if (!containers)
        return std::unexpected(containers.error());
    dir.m_snapshots = std::move(*snapshots);
    dir.m_containers = std::move(*containers);
    return dir;
}

void StateDir::moveStaleTemporaries() const
{
    for (const std::string &name : listDirectory(m_snapshots.get())) {
        if (name.rfind(".tmp-", 0) == 0)
            (void)::renameat(m_snapshots.get(), name.c_str(), m_snapshots.get(), (".trash" + name).c_str());
    }
}

void StateDir::emptyTrash() const
{
    for (const int dir : {m_snapshots.get(), m_containers.get()}) {
        for (const std::string &name : listDirectory(dir)) {
            if (name.rfind(".trash", 0) == 0)
                (void)removeTree(dir, name);
        }
    }
}

Status StateDir::discardContainer(const std::string &id) const
{
    const std::string trash = ".trash-" + id + "-" + randomHex64().substr(0, 16);
    if (::renameat(m_containers.get(), id.c_str(), m_containers.get(), trash.c_str()) < 0)
        return errno == ENOENT ? Status{} : sysError(errno, "rename container %s", id.c_str());
    const int containers = m_containers.get();
    std::thread([containers, trash] { (void)removeTree(containers, trash); }).detach();
    return {};
}

std::string randomHex64()
{
    unsigned char bytes[32] = {};
    (void)!::getrandom(bytes, sizeof bytes, 0);
    static const char digits[] = "0123456789abcdef";
    std::string id;
    for (unsigned char b : bytes) {
        id += digits[b >> 4];
        id += digits[b & 15];
    }
    return id;
}

bool isHex64(const std::string &text)
{
    if (text.size() != 64)
        return false;
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

Result<std::string> sha256Hex(const std::string &digest)
{
    const std::string prefix = "sha256:";
    if (digest.rfind(prefix, 0) != 0 || !isHex64(digest.substr(prefix.size())))
        return fail("InvalidArgument", "not a sha256 digest: '%.80s'", digest.c_str());
    return digest.substr(prefix.size());
}

} // namespace ponton::helper
