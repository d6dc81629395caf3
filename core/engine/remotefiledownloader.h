#pragma once

#include "build/remotesource.h"
#include "common/error.h"

#include <QString>

#include <functional>

namespace Ponton {

// Downloads the URL of an ADD (http or https, redirects followed unless they go from https to http)
// into a temporary file, hashed on the way, with its Last-Modified and Content-Disposition file name. Blocking, with its own event
// loop: call it from a worker thread. `canceled` is polled; a canceled download fails with Canceled.
class RemoteFileDownloader
{
public:
    static Result<Build::RemoteFile> download(const QString &url, const std::function<bool()> &canceled);
};

} // namespace Ponton
