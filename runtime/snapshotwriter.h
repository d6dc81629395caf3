#pragma once

// Writes tar entries into a snapshot directory without ever leaving it: entry paths are relative
// (leading '/' stripped, '..' refused), parents are resolved with openat2(RESOLVE_IN_ROOT) from the
// snapshot's root fd, the last component is never followed (an existing one is removed first), and
// hardlink targets resolve inside the snapshot too. OCI whiteouts become overlay whiteouts.

#include "result.h"
#include "uniquefd.h"

#include <string>
#include <vector>

struct archive;
struct archive_entry;

namespace ponton::helper {

class SnapshotWriter
{
public:
    explicit SnapshotWriter(int rootFd) : m_root(rootFd) {}
    Status apply(archive *tar, archive_entry *entry);
    // Sets directory times last (writing children changes them).
    Status finish();

private:
    struct DeferredTimes {
        std::string path;
        long long seconds;
        long nanoseconds;
    };
    struct Target {
        int parent;          // borrowed from m_parent
        std::string name;    // last component, never "" / "." / ".."
        std::string path;    // whole relative path, for messages
    };

    Result<Target> target(const char *entryPath);
    Status removeExisting(const Target &t, bool keepDirectory);
    Status writeWhiteout(const Target &t);
    Status writeOpaque(const Target &t);
    Status writeDirectory(archive_entry *entry, const Target &t);
    Status writeFile(archive *tar, archive_entry *entry, const Target &t);
    Status writeSymlink(archive_entry *entry, const Target &t);
    Status writeHardlink(archive_entry *entry, const Target &t);
    Status writeNode(archive_entry *entry, const Target &t);
    Status setMetadata(int fd, archive_entry *entry, const std::string &path);

    int m_root;
    std::string m_parentPath = "\x01";  // cache key of m_parent; never a real path
    UniqueFd m_parent;
    std::vector<DeferredTimes> m_directoryTimes;
};

} // namespace ponton::helper
