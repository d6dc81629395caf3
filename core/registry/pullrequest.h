#pragma once

#include "image/platform.h"
#include "reference/digest.h"
#include "reference/reference.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <optional>

namespace Ponton::Registry {

struct PullRequest {
    Reference reference;              // "alpine" is pulled as docker.io/library/alpine:latest
    std::optional<Image::Platform> platform; // empty: the host's
    // Polled about ten times a second on the network thread; true stops the pull (partial downloads stay
    // resumable). Must be thread-safe (Job::isCanceled is).
    std::function<bool()> isCanceled;
};

struct PullResult {
    Reference reference;      // what was pulled, with its tag (or digest)
    Digest manifestDigest;    // the platform manifest's digest ("Digest: sha256:..." in Docker's output)
    Digest indexDigest;       // the index's, when the reference named an index
    Digest imageId;           // the config's digest
    bool upToDate = false;    // the store already had this manifest under this reference
    QString repoDigest;       // "docker.io/library/alpine@sha256:..."
    QList<Digest> layers;
};

} // namespace Ponton::Registry

Q_DECLARE_METATYPE(Ponton::Registry::PullResult)
