#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

namespace Ponton::Runtime {

// Where the system helper keeps its state (packaging/systemd/ponton-helper.service).
inline constexpr char kSystemHelperStateDir[] = "/var/lib/ponton/helper";
inline constexpr char kSystemHelperGroup[] = "ponton";

// Starts the system helper for a user who is not root when nothing answers on its socket and no systemd
// socket unit would: through pkexec, whose polkit action (packaging/polkit, io.ponton.helper) names the
// installed helper. pkexec asks the session's polkit agent for an administrator's password.
class SystemHelperLauncher
{
public:
    enum class Decision {
        Pkexec,         // start it with pkexec
        UseSocketUnit,  // systemd runs here: its socket unit starts the helper, pkexec is not the way
        NoPkexec,       // no systemd and no pkexec: say how to start it by hand
    };
    struct Environment {
        bool systemdRunning = false;  // /run/systemd/system exists (sd_booted)
        QString pkexecPath;           // pkexec found on PATH, empty when missing
    };

    static Environment current();
    static Decision decide(const Environment &environment);
    // pkexec's arguments: the helper (an absolute path, as the polkit action names it) and its options.
    static QStringList pkexecArguments(const QString &helperPath, const QString &socketPath);
    // Decides, runs pkexec and waits until the helper answers at socketPath; a clear error otherwise
    // (no pkexec, authentication refused or dismissed, the helper failing). Blocks while pkexec asks.
    static Status start(const QString &helperPath, const QString &socketPath);
};

} // namespace Ponton::Runtime
