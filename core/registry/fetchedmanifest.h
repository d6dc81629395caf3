#pragma once

#include "reference/digest.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Ponton::Registry {

// Manifest bytes exactly as the registry sent them, with their digest (computed over those bytes).
struct FetchedManifest {
    QByteArray bytes;
    QString mediaType;   // the Content-Type the registry declared, parameters removed
    Digest digest;
};

} // namespace Ponton::Registry

Q_DECLARE_METATYPE(Ponton::Registry::FetchedManifest)
