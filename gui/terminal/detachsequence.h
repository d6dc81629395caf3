#pragma once

#include <QByteArray>

namespace Ponton::Gui {

// Docker's detach keys, Ctrl-P then Ctrl-Q: watches the bytes typed by the user. A Ctrl-P is held
// back until the next key shows whether it starts the sequence; anything else releases it.
class DetachSequence
{
public:
    struct Outcome {
        QByteArray forward;   // bytes to send to the PTY now
        bool detach = false;  // the sequence was completed
    };

    Outcome process(const QByteArray &typed);
    bool isPending() const { return m_pending; }
    // Releases a held Ctrl-P (e.g. when the terminal loses focus).
    QByteArray flush();

private:
    bool m_pending = false;
};

} // namespace Ponton::Gui
