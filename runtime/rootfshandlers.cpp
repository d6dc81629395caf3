// Read-only methods for clients that cannot read the helper's state folder (an ordinary user of the
// system helper): a chain of snapshots listed and opened as one file system, and a container's
// changes. Large results travel in a memfd (`payload`), not in the 128 KiB record.
#include "containerrecord.h"
#include "fsutil.h"
#include "handlers.h"
#include "layerstack.h"
#include "server.h"
#include "wire.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <algorithm>

namespace ponton::helper {

namespace {

Result<Reply> payloadReply(const nlohmann::json &payload)
{
    UniqueFd memory(::memfd_create("ponton-payload", MFD_CLOEXEC));
    if (!memory)
        return sysError(errno, "memfd_create");
    const std::string text = payload.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    for (std::size_t written = 0; written < text.size();) {
        const ssize_t n = ::write(memory.get(), text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return sysError(errno, "write the payload");
        written += std::size_t(n);
    }
    if (::lseek(memory.get(), 0, SEEK_SET) < 0)
        return sysError(errno, "lseek the payload");
    Reply reply{{{"payload", 0}, {"bytes", text.size()}}, {}};
    reply.fds.push_back(std::move(memory));
    return reply;
}

// The chain of snapshots (`snapshots`, bottom first) and the `path` inside it a request names.
struct PathInStack {
    LayerStack stack;
    std::string path;
};

Result<PathInStack> pathParams(const Request &request)
{
    if (!request.params.contains("snapshots") || !request.params["snapshots"].is_array())
        return fail("InvalidArgument", "parameter snapshots: expected an array of diff_ids");
    std::vector<std::string> diffIds;
    for (const nlohmann::json &item : request.params["snapshots"]) {
        if (!item.is_string())
            return fail("InvalidArgument", "parameter snapshots: expected an array of diff_ids");
        diffIds.push_back(item.get<std::string>());
    }
    auto path = request.string("path");
    if (!path)
        return std::unexpected(path.error());
    auto stack = LayerStack::open(*request.state, diffIds);
    if (!stack)
        return std::unexpected(stack.error());
    return PathInStack{std::move(*stack), *path};
}

Result<Reply> listRootfs(Request &request)
{
    auto target = pathParams(request);
    if (!target)
        return std::unexpected(target.error());
    auto listing = target->stack.list(target->path);
    if (!listing)
        return std::unexpected(listing.error());
    return payloadReply(*listing);
}

Result<Reply> openRootfsFile(Request &request)
{
    auto target = pathParams(request);
    if (!target)
        return std::unexpected(target.error());
    auto file = target->stack.openFile(target->path);
    if (!file)
        return std::unexpected(file.error());
    struct stat st {};
    ::fstat(file->get(), &st);
    Reply reply{{{"file", 0}, {"size", st.st_size}}, {}};
    reply.fds.push_back(std::move(*file));
    // More files opened in the same round trip (COPY --from reads a folder's files one after the other).
    if (request.params.contains("also") && request.params["also"].is_array()) {
        nlohmann::json also = nlohmann::json::array();
        for (const nlohmann::json &path : request.params["also"]) {
            auto more = path.is_string() && reply.fds.size() < kMaxMessageFds ? target->stack.openFile(path.get<std::string>())
                                                                                : fail("InvalidArgument", "not opened");
            if (!more) {
                also.push_back(nullptr);
                continue;
            }
            also.push_back(reply.fds.size());
            reply.fds.push_back(std::move(*more));
        }
        reply.result["also"] = std::move(also);
    }
    return reply;
}

// The directories below `name` of the lower layers that show through, top first.
std::vector<UniqueFd> lowerChildren(const std::vector<UniqueFd> &lowers, const std::string &name)
{
    std::vector<UniqueFd> children;
    for (const UniqueFd &lower : lowers) {
        struct stat st {};
        if (::fstatat(lower.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (!S_ISDIR(st.st_mode))
            break;
        UniqueFd child(::openat(lower.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!appendShowingFolder(children, std::move(child)))
            break;
    }
    return children;
}

bool existsBelow(const std::vector<UniqueFd> &lowers, const std::string &name)
{
    for (const UniqueFd &lower : lowers) {
        struct stat st {};
        if (::fstatat(lower.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0)
            return !isWhiteout(st);
    }
    return false;
}

// Docker's diff of an upper dir: a whiteout is D, an entry a lower layer shows is C, anything else A.
void walkUpper(int upperDir, const std::string &relative, const std::vector<UniqueFd> &lowers, nlohmann::json &changes)
{
    for (const std::string &name : listDirectory(upperDir)) {
        struct stat st {};
        if (::fstatat(upperDir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        const std::string path = relative + "/" + name;
        if (isWhiteout(st)) {
            changes.push_back({{"kind", "D"}, {"path", path}});
            continue;
        }
        nlohmann::json change{{"kind", existsBelow(lowers, name) ? "C" : "A"}, {"path", path}};
        if (S_ISREG(st.st_mode))
            change["size"] = static_cast<std::int64_t>(st.st_size);
        changes.push_back(std::move(change));
        if (!S_ISDIR(st.st_mode))
            continue;
        UniqueFd child(::openat(upperDir, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!child)
            continue;
        const std::vector<UniqueFd> below = isOpaqueDirectory(child.get()) ? std::vector<UniqueFd>() : lowerChildren(lowers, name);
        walkUpper(child.get(), path, below, changes);
    }
}

Result<Reply> containerChanges(Request &request)
{
    auto id = request.string("id");
    if (!id)
        return std::unexpected(id.error());
    if (!isHex64(*id))
        return fail("InvalidArgument", "not a container ID: '%.80s'", id->c_str());
    auto config = loadConfig(*request.state, *id);
    if (!config)
        return std::unexpected(config.error());
    auto stack = LayerStack::fromHex(*request.state, config->snapshots);
    if (!stack)
        return std::unexpected(stack.error());
    nlohmann::json changes = nlohmann::json::array();
    UniqueFd dir(::openat(request.state->containersFd(), id->c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir)
        return sysError(errno, "open container directory %.12s", id->c_str());
    UniqueFd upper(::openat(dir.get(), "upper", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (upper) {
        walkUpper(upper.get(), "", stack->directories({}), changes);
    } else if (errno != ENOENT) {
        return sysError(errno, "open the upper dir of %.12s", id->c_str());
    }
    std::sort(changes.begin(), changes.end(), [](const nlohmann::json &a, const nlohmann::json &b) {
        return a["path"].get_ref<const std::string &>() < b["path"].get_ref<const std::string &>();
    });
    return payloadReply({{"changes", std::move(changes)}});
}

} // namespace

void registerRootfsHandlers(Server &server)
{
    server.addHandler("rootfs.list", listRootfs);
    server.addHandler("rootfs.open", openRootfsFile);
    server.addHandler("container.changes", containerChanges);
}

} // namespace ponton::helper
