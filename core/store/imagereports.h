#pragma once

#include "common/error.h"
#include "reference/digest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <functional>
#include <optional>

namespace Ponton::Store {

// `images`: which rows to list.
struct ImageListRequest {
    bool all = false;                 // -a: intermediate images too
    std::optional<bool> dangling;     // -f dangling=true|false
    QStringList referencePatterns;    // -f reference=PATTERN (globs on the familiar name[:tag])
};

// One row of `images`: one per tag, or one row for an untagged image: with the repository of its repo
// digest (a pull by digest) or of the tagged image it is another platform of, else `<none>`.
struct ImageRow {
    Digest id;
    QString repository;   // familiar name, or "<none>"
    QString tag;          // or "<none>"
    QString digest;       // the repo digest of this repository ("sha256:..."), or "<none>"
    QDateTime created;
    qint64 size = 0;
    bool intermediate = false;
    QString platform;     // "linux/arm64", from the config
    QString platformOf;   // an untagged platform of a tagged image: that image ("alpine:multi"); else empty

    bool isDangling() const { return tag == u"<none>" && repository == u"<none>" && !intermediate; }
};

// One row of `history`, newest first.
struct HistoryRow {
    QString image;        // an image ID ("sha256:...") or "<missing>"
    QDateTime created;
    QString createdBy;
    qint64 size = 0;
    QString comment;
};

// What `rmi` did, line by line, and what it refused.
struct RemovalLine {
    enum class Kind { Untagged, Deleted };
    Kind kind = Kind::Untagged;
    QString subject;      // "alpine:latest", "alpine@sha256:...", "sha256:..."
};
struct RemovalResult {
    QList<RemovalLine> lines;
    QList<Error> errors;  // one per argument that could not be removed
};

// A container that holds an image (the runtime tells; rmi refuses or needs -f).
struct ContainerUse {
    QString id;           // 64 hex
    bool running = false;
};
using ContainerUsage = std::function<QList<ContainerUse>(const Digest &imageId)>;

struct InspectResult {
    QJsonArray objects;   // `docker image inspect`-shaped objects
    QList<Error> errors;  // one per argument that was not found
};

// `system check`.
struct CheckReport {
    QStringList problems;  // inconsistencies (exit status 1)
    QStringList notes;     // harmless leftovers (interrupted writes...)
    int imagesChecked = 0;
    int blobsChecked = 0;
};

// `system df`.
struct DiskUsage {
    int images = 0;
    int activeImages = 0;
    qint64 imagesSize = 0;     // bytes of blobs reached from the index
    qint64 reclaimable = 0;    // bytes of blobs only dangling images (or nothing) reach
    int containers = 0;
    qint64 containersSize = 0;
};

// `system prune`.
struct PruneResult {
    QStringList deletedImages;  // image IDs
    int blobsRemoved = 0;
    qint64 bytesFreed = 0;
};

} // namespace Ponton::Store

Q_DECLARE_METATYPE(Ponton::Store::ImageRow)
Q_DECLARE_METATYPE(Ponton::Store::HistoryRow)
Q_DECLARE_METATYPE(Ponton::Store::RemovalResult)
Q_DECLARE_METATYPE(Ponton::Store::InspectResult)
Q_DECLARE_METATYPE(Ponton::Store::CheckReport)
Q_DECLARE_METATYPE(Ponton::Store::DiskUsage)
Q_DECLARE_METATYPE(Ponton::Store::PruneResult)
