#pragma once

#include "build/copyplanner.h"
#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryFile>

#include <functional>
#include <memory>
#include <optional>

namespace Ponton::Build {

// What the engine's downloader returns for an ADD source that is a URL.
struct RemoteFile {
    std::shared_ptr<QTemporaryFile> file;  // the downloaded bytes, removed with the last holder
    QString sha256;                        // "sha256:<hex>" of them
    std::optional<qint64> lastModified;  // the Last-Modified header, seconds since the epoch
    QString dispositionName;             // the file name of a Content-Disposition header, if any
};

using RemoteFetch = std::function<Result<RemoteFile>(const QString &url)>;

// An ADD source that is an http:// or https:// URL, as the classic builder handles it: downloaded on
// every build (the cache key is the content's digest), written with mode 0600 and the mtime of
// Last-Modified, never extracted; the name in a folder destination is the Content-Disposition file
// name or the last segment of the URL's path. `--checksum=sha256:HEX` (BuildKit) is checked.
class RemoteSource
{
public:
    static bool isUrl(const QString &source);
    static Result<InlineFile> fetch(const RemoteFetch &fetch, const QString &url, const QString &checksum);
    // BuildKit's rule: --checksum only with URL sources.
    static Status checkChecksumUse(const QStringList &sources, const QString &checksum);
};

} // namespace Ponton::Build
