#include "snapshots.h"

#include "fsutil.h"
#include "layerreader.h"
#include "snapshotwriter.h"
#include "treesync.h"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/xattr.h>

namespace ponton::helper {

namespace {

std::string randomSuffix()
{
    unsigned char bytes[8] = {};
    (void)!::getrandom(bytes, sizeof bytes, 0);
    static const char digits[] = "0123456789abcdef";
    std::string text;
    for (unsigned char b : bytes) {
        text += digits[b >> 4];
        text += digits[b & 15];
    }
    return text;
}

Status unpackInto(int rootFd, int blobFd, const std::string &mediaType, const std::string &hex,
                  std::uint64_t &bytes)
{
    auto reader = LayerReader::open(blobFd, mediaType);
    if (!reader)
        return std::unexpected(reader.error());
    SnapshotWriter writer(rootFd);
    for (;;) {
        auto entry = (*reader)->next();
        if (!entry)
            return std::unexpected(entry.error());
        if (!*entry)
            break;
        if (auto applied = writer.apply((*reader)->tar(), *entry); !applied)
            return applied;
    }
    auto diffId = (*reader)->finish();
    if (!diffId)
        return std::unexpected(diffId.error());
    if (*diffId != hex)
        return fail("DigestMismatch", "layer content has diff_id sha256:%s, expected sha256:%s",
                    diffId->c_str(), hex.c_str());
    bytes = (*reader)->uncompressedBytes();
    return writer.finish();
}

} // namespace

bool snapshotExists(const StateDir &state, const std::string &hex)
{
    struct stat st{};
    return ::fstatat(state.snapshotsFd(), hex.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
}

bool snapshotRootOpaque(const StateDir &state, const std::string &hex)
{
    char value[4] = {};
    const std::string path = state.snapshotPath(hex);
    return ::lgetxattr(path.c_str(), "trusted.overlay.opaque", value, sizeof value) == 1 && value[0] == 'y';
}

Result<std::string> makeTemporarySnapshot(const StateDir &state, const std::string &hex)
{
    const std::string name = ".tmp-" + hex + "-" + randomSuffix();
    if (::mkdirat(state.snapshotsFd(), name.c_str(), 0755) < 0)
        return sysError(errno, "mkdir snapshot %s", name.c_str());
    return name;
}

Result<bool> publishSnapshot(const StateDir &state, const std::string &temporary, const std::string &hex)
{
    UniqueFd root(::openat(state.snapshotsFd(), temporary.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root)
        return sysError(errno, "open snapshot %s", temporary.c_str());
    if (auto synced = syncTree(root.get()); !synced)
        return std::unexpected(withContext(synced.error(), "sync snapshot " + temporary));
    if (::renameat(state.snapshotsFd(), temporary.c_str(), state.snapshotsFd(), hex.c_str()) == 0) {
        ::fsync(state.snapshotsFd());
        return false;
    }
    if (errno != EEXIST && errno != ENOTEMPTY)
        return sysError(errno, "rename snapshot %s to %s", temporary.c_str(), hex.c_str());
    (void)removeTree(state.snapshotsFd(), temporary);
    return true;
}

Result<UnpackOutcome> unpackSnapshot(const StateDir &state, const std::string &hex, int blobFd,
                                     const std::string &mediaType)
{
    if (snapshotExists(state, hex))
        return UnpackOutcome{true, 0};
    auto temporary = makeTemporarySnapshot(state, hex);
    if (!temporary)
        return std::unexpected(temporary.error());
    UniqueFd root(::openat(state.snapshotsFd(), temporary->c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    UnpackOutcome outcome;
    Status unpacked = root ? unpackInto(root.get(), blobFd, mediaType, hex, outcome.uncompressedBytes)
                           : sysError(errno, "open snapshot %s", temporary->c_str());
    if (!unpacked) {
        (void)removeTree(state.snapshotsFd(), *temporary);
        return std::unexpected(withContext(unpacked.error(), "unpack sha256:" + hex));
    }
    auto existed = publishSnapshot(state, *temporary, hex);
    if (!existed)
        return std::unexpected(existed.error());
    outcome.existed = *existed;
    return outcome;
}

} // namespace ponton::helper
