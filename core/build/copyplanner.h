#pragma once

#include "build/layerbuilder.h"
#include "build/rootfsview.h"
#include "common/error.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Ponton::Build {

class BuildContext;

// Where COPY and ADD read from: the build context (owner 0:0, .dockerignore applied) or the file system
// of an earlier stage or image (COPY --from: owners kept).
struct CopySourceTree {
    std::function<std::optional<PathInfo>(const QString &path)> locate; // what is at a clean relative path
    std::function<QStringList(const QString &path)> list;              // names in a folder, sorted
    // Opens a regular file that has no host path (an image's file, through the helper).
    std::function<Result<Runtime::FileDescriptor>(const QString &path)> open;
    bool keepOwner = false;
    QString label;                                                     // "" for the context, else "stage:" / image

    static CopySourceTree fromContext(const BuildContext &context);
    static CopySourceTree fromRootfs(const RootfsView &view, const QString &label);
};

// A file COPY/ADD writes from memory: a heredoc body, or what ADD downloaded from a URL.
struct InlineFile {
    QString name;                     // the file name when the destination is a folder
    QByteArray data;
    QString sourcePath;               // instead of data: a host file (a download), kept alive by keepAlive
    std::shared_ptr<void> keepAlive;
    uint mode = 0644;                 // without --chmod (ADD of a URL: 0600)
    std::optional<qint64> mtime;      // nullopt: 0 (or the clamp); ADD of a URL: Last-Modified
    QString key;                      // names it among the step's sources; empty: "<<name"
};

struct CopyRequest {
    bool add = false;
    QStringList sources;              // expanded, relative to the tree's root
    QList<InlineFile> heredocFiles;   // heredoc bodies (already expanded) and downloaded files
    QString destination;              // expanded, absolute (WORKDIR applied), trailing '/' kept
    QString chown;                    // expanded
    QString chmod;
    qint64 mtimeClamp = -1;           // SOURCE_DATE_EPOCH: later times are clamped to it
};

// The layer a COPY/ADD makes and what its cache key needs: the entries to write (parents first,
// incoming entries replacing earlier ones), a digest of each source's content and metadata, and the
// classic builder's `file:…` / `dir:…` / `multi:…` summary for the history.
struct CopyPlan {
    QList<LayerEntry> entries;
    QMap<QString, QString> sourceDigests;
    QString summary;
    QList<std::shared_ptr<void>> keepAlive; // what the entries' host files need until the layer is written
};

class CopyPlanner
{
public:
    // `target` is the file system the layer goes on (existing folders, /etc/passwd for --chown).
    static Result<CopyPlan> plan(const CopyRequest &request, const CopySourceTree &tree, const RootfsView &target);

private:
    static Result<QStringList> expandSource(const CopySourceTree &tree, const QString &source);
};

} // namespace Ponton::Build
