#pragma once

#include "reference/digest.h"
#include "reference/reference.h"

#include <QMetaType>
#include <QString>

#include <functional>

namespace Ponton::Registry {

struct PushRequest {
    // The image of the store to push (a tag or an image ID, as ImageStore::resolve reads it)...
    QString source;
    // ...and where ("host:5000/team/app:1.0"); empty: `source` itself, which must then be a reference.
    Reference target;
    std::function<bool()> isCanceled; // polled on the network thread, as PullRequest's
};

struct PushResult {
    Reference reference;   // where the manifest was put
    Digest manifestDigest; // "TAG: digest: sha256:... size: N"
    qint64 manifestSize = 0;
};

} // namespace Ponton::Registry

Q_DECLARE_METATYPE(Ponton::Registry::PushResult)
