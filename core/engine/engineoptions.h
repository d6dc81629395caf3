#pragma once

#include <QString>

namespace Ponton {

struct EngineOptions {
    // Store root (an OCI image layout). Empty: $PONTON_ROOT, else $XDG_DATA_HOME/ponton
    // (~/.local/share/ponton), or /var/lib/ponton for root.
    QString root;

    static QString defaultRoot();
    QString resolvedRoot() const { return root.isEmpty() ? defaultRoot() : root; }
};

} // namespace Ponton
