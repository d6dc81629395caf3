#pragma once

#include "build/dockerignore.h"
#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Ponton::Build {

// The files a build may read: a folder used in place, or an archive (tar, tar.gz, zip, a tar on
// standard input) unpacked safely into a private temporary folder. The .dockerignore rules apply to
// every lookup: an excluded file does not exist for COPY and ADD.
class BuildContext
{
public:
    // `source`: a folder, "*.tar", "*.tar.gz", "*.tgz", "*.zip", or "-" for a tar on standard input.
    // `dockerfile`: empty for "Dockerfile" in the context; "-" for standard input; otherwise a path
    // (an existing file, else a path inside the context).
    static Result<std::unique_ptr<BuildContext>> open(const QString &source, const QString &dockerfile);

    QString root() const { return m_root; }
    QByteArray dockerfile() const { return m_dockerfile; }
    QString dockerfileName() const { return m_dockerfileName; }
    const DockerIgnore &ignore() const { return m_ignore; }
    // Size of the context as the tar Docker's client would send: 512-byte headers and padded contents.
    qint64 tarSize() const { return m_tarSize; }

    // A path relative to the context root ("src/a.c") that is not excluded.
    bool isIncluded(const QString &relativePath) const;

private:
    BuildContext() = default;
    Status extractTar(int fd, const QString &what);
    Status extractZip(const QString &path);
    Status readDockerfile(const QString &dockerfile);
    void measure(const QString &relative);

    std::unique_ptr<QTemporaryDir> m_extracted;
    QString m_root;
    QByteArray m_dockerfile;
    QString m_dockerfileName;
    DockerIgnore m_ignore;
    qint64 m_tarSize = 0;
};

} // namespace Ponton::Build
