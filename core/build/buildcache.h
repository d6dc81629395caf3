#pragma once

#include "build/buildevent.h"
#include "common/error.h"
#include "reference/digest.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace Ponton::Store { class ImageStore; }

namespace Ponton::Build {

// What identifies one step for the cache: the parent image, the instruction as the classic builder
// records it (expanded), the build arguments in its environment, and for COPY/ADD the digest of each
// source file's content and metadata (path → digest).
struct CacheProbe {
    Digest parent;
    QString instruction;
    QMap<QString, QString> args;
    QMap<QString, QString> sources;

    QString key() const;
};

struct CacheLookup {
    Digest image;                 // valid on a hit
    CacheMissReason reason = CacheMissReason::None;
    QString detail;               // the changed file or argument, the other parent
};

// The build cache: a JSON index file under the store root (build-cache.json), each entry a probe and the
// image its step made. The file is replaced atomically under a lock, so builds in several processes
// share it and a crash leaves the previous version. A hit counts only while the image is in the store.
class BuildCache
{
public:
    explicit BuildCache(const Store::ImageStore &store);

    Result<CacheLookup> lookup(const CacheProbe &probe) const;
    Status record(const CacheProbe &probe, const Digest &image) const;

private:
    struct Entry {
        CacheProbe probe;
        Digest image;
    };
    Result<QList<Entry>> read() const;
    static CacheLookup whyMissed(const CacheProbe &probe, const QList<Entry> &sameParent, const QList<Entry> &all);

    const Store::ImageStore &m_store;
    QString m_path;
    QString m_lockPath;
};

} // namespace Ponton::Build
