#include "terminal/detachsequence.h"

namespace Ponton::Gui {

namespace {
constexpr char CtrlP = '\x10';
constexpr char CtrlQ = '\x11';
} // namespace

DetachSequence::Outcome DetachSequence::process(const QByteArray &typed)
{
    Outcome outcome;
    for (const char byte : typed) {
        if (m_pending) {
            m_pending = false;
            if (byte == CtrlQ) {
                outcome.detach = true;
                return outcome;
            }
            outcome.forward += CtrlP;
        }
        if (byte == CtrlP)
            m_pending = true;
        else
            outcome.forward += byte;
    }
    return outcome;
}

QByteArray DetachSequence::flush()
{
    if (!m_pending)
        return {};
    m_pending = false;
    return QByteArray(1, CtrlP);
}

} // namespace Ponton::Gui
