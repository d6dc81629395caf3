#include "fsutil.h"
#include "handlers.h"
#include "server.h"
#include "snapshots.h"

#include <fcntl.h>
#include <sys/stat.h>

namespace ponton::helper {

namespace {

Result<std::string> diffIdParam(const Request &request)
{
    auto digest = request.string("diffId");
    if (!digest)
        return digest;
    return sha256Hex(*digest);
}

Result<Reply> unpack(Request &request)
{
    auto hex = diffIdParam(request);
    if (!hex)
        return std::unexpected(hex.error());
    auto mediaType = request.string("mediaType");
    if (!mediaType)
        return std::unexpected(mediaType.error());
    if (snapshotExists(*request.state, *hex))
        return Reply{{{"existed", true}, {"size", 0}}, {}};
    auto blob = request.takeFd("blob");
    if (!blob)
        return std::unexpected(blob.error());
    auto outcome = unpackSnapshot(*request.state, *hex, blob->get(), *mediaType);
    if (!outcome)
        return std::unexpected(outcome.error());
    return Reply{{{"existed", outcome->existed}, {"size", outcome->uncompressedBytes}}, {}};
}

Result<Reply> stat(Request &request)
{
    auto hex = diffIdParam(request);
    if (!hex)
        return std::unexpected(hex.error());
    if (!snapshotExists(*request.state, *hex))
        return fail("NotFound", "no snapshot sha256:%s", hex->c_str());
    return Reply{{{"diffId", "sha256:" + *hex}, {"rootOpaque", snapshotRootOpaque(*request.state, *hex)}}, {}};
}

Result<Reply> list(Request &request)
{
    nlohmann::json ids = nlohmann::json::array();
    for (const std::string &name : listDirectory(request.state->snapshotsFd())) {
        if (isHex64(name))
            ids.push_back("sha256:" + name);
    }
    return Reply{{{"snapshots", ids}}, {}};
}

} // namespace

Result<Reply> removeSnapshotRequest(Request &request);

void registerSnapshotHandlers(Server &server)
{
    server.addHandler("snapshot.unpack", unpack);
    server.addHandler("snapshot.stat", stat);
    server.addHandler("snapshot.list", list);
    server.addHandler("snapshot.remove", removeSnapshotRequest);
}

} // namespace ponton::helper
