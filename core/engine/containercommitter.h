#pragma once

#include "common/error.h"
#include "engine/containerrequests.h"

#include <functional>

namespace Ponton::Store { class ImageStore; }
namespace Ponton::Runtime { class RuntimeClient; }

namespace Ponton {

// `commit`: the container frozen (when running, unless --pause=false) while its upper dir becomes a layer blob and a snapshot
// (Runtime::LayerCapture), then a config (the base image's, with the container's command, environment
// and the -c changes), a history entry with the comment, a manifest in the base image's format, the
// image registered with its tag. A running container is resumed, whatever happened.
class ContainerCommitter
{
public:
    ContainerCommitter(Runtime::RuntimeClient &client, const Store::ImageStore &store);
    void setCanceled(std::function<bool()> canceled) { m_canceled = std::move(canceled); }

    Result<CommitResult> commit(const ContainerRecord &container, const CommitRequest &request);

private:
    // live: the container runs unfrozen (commit --pause=false).
    Result<CommitResult> captureAndWrite(const ContainerRecord &container, const CommitRequest &request, bool live);

    Runtime::RuntimeClient &m_client;
    const Store::ImageStore &m_store;
    std::function<bool()> m_canceled;
};

} // namespace Ponton
