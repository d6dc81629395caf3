#pragma once

#include "archive/bytesink.h"
#include "common/error.h"

#include <QString>

#include <functional>
#include <memory>

class QuaZip;
class QuaZipFile;

namespace Ponton::Archive {

// Writes a .zip file (deflated entries) through QuaZip. The file appears under its name only when
// finish() succeeded: it is written beside it under a temporary name, then renamed.
class ZipWriter
{
public:
    using Producer = std::function<Status(const ByteSink &sink)>;

    static Result<std::unique_ptr<ZipWriter>> open(const QString &path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // One entry named `name` ("etc/passwd"); `produce` pushes its bytes.
    Status addFile(const QString &name, const Producer &produce);
    Status finish();

private:
    explicit ZipWriter(QString path);

    QString m_path;
    QString m_partial;
    std::unique_ptr<QuaZip> m_zip;
    bool m_finished = false;
};

} // namespace Ponton::Archive
