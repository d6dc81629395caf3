#pragma once

#include "reference/digest.h"

#include <QMetaType>
#include <QString>

namespace Ponton::Registry {

// One structured progress event of a pull or a push, per blob (Docker's per-layer lines).
struct LayerProgress {
    enum class State {
        Waiting,          // "Waiting" (pull) / "Waiting" (push)
        Downloading,      // "Downloading  n/m"
        Verifying,        // "Verifying Checksum"
        DownloadComplete, // "Download complete"
        AlreadyExists,    // "Already exists" (pull) / "Layer already exists" (push)
        PullComplete,     // "Pull complete"
        Preparing,        // push: "Preparing"
        Pushing,          // push: "Pushing  n/m"
        Pushed,           // push: "Pushed"
        Mounted,          // push: "Mounted from REPO" (detail holds REPO)
    };

    Digest blob;
    State state = State::Waiting;
    qint64 current = 0;
    qint64 total = 0;
    bool isConfig = false; // the config blob (Docker shows no line for it)
    QString detail;

    // A machine-readable name ("waiting", "downloading", "already-exists"...), as ProgressEvent::state.
    static QString stateName(State state);
};

} // namespace Ponton::Registry

Q_DECLARE_METATYPE(Ponton::Registry::LayerProgress)
