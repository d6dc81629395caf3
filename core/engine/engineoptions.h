#pragma once

#include <QString>

namespace Ponton {

struct EngineOptions {
    // Store root (an OCI image layout). Empty: $PONTON_ROOT, else $XDG_DATA_HOME/ponton
    // (~/.local/share/ponton), or /var/lib/ponton for root.
    QString root;

    // The ponton-helper binary. Empty: $PONTON_HELPER, else ponton-helper next to the running executable.
    QString helperPath;

    static QString defaultRoot();
    static QString defaultHelperPath();
    QString resolvedRoot() const { return root.isEmpty() ? defaultRoot() : root; }
    QString resolvedHelperPath() const { return helperPath.isEmpty() ? defaultHelperPath() : helperPath; }
};

} // namespace Ponton
