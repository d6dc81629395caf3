#include "terminal/ptysession.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace Ponton::Gui {

PtySession::PtySession(Runtime::FileDescriptor master, QObject *parent)
    : QObject(parent)
    , m_master(std::move(master))
{
    if (!m_master.isValid())
        return;
    const int flags = ::fcntl(m_master.get(), F_GETFL);
    if (flags >= 0)
        ::fcntl(m_master.get(), F_SETFL, flags | O_NONBLOCK);
    m_readNotifier = new QSocketNotifier(m_master.get(), QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(m_master.get(), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &PtySession::readAvailable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &PtySession::writePending);
}

PtySession::~PtySession()
{
    delete m_readNotifier;   // before the descriptor they watch is closed
    delete m_writeNotifier;
}

void PtySession::readAvailable()
{
    char buffer[16384];
    // A bounded number of reads per wake-up, so that a flood of output cannot hold the event loop.
    for (int round = 0; round < 8 && m_master.isValid(); ++round) {
        const ssize_t got = ::read(m_master.get(), buffer, sizeof buffer);
        if (got > 0) {
            emit received(QByteArray(buffer, qsizetype(got)));
            continue;
        }
        if (got < 0 && (errno == EAGAIN || errno == EINTR))
            return;
        close();   // 0 or EIO: the last process holding the PTY's other side has gone
        return;
    }
}

void PtySession::write(const QByteArray &bytes)
{
    if (!m_master.isValid())
        return;
    m_pending.append(bytes);
    writePending();
}

void PtySession::writePending()
{
    while (!m_pending.isEmpty() && m_master.isValid()) {
        const ssize_t written = ::write(m_master.get(), m_pending.constData(), size_t(m_pending.size()));
        if (written > 0) {
            m_pending.remove(0, qsizetype(written));
            continue;
        }
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0 && errno != EAGAIN) {
            close();
            return;
        }
        break;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_pending.isEmpty());
}

void PtySession::resize(int rows, int columns)
{
    if (!m_master.isValid() || rows <= 0 || columns <= 0)
        return;
    struct winsize size = {};
    size.ws_row = static_cast<unsigned short>(rows);
    size.ws_col = static_cast<unsigned short>(columns);
    ::ioctl(m_master.get(), TIOCSWINSZ, &size);
}

void PtySession::close()
{
    if (!m_master.isValid())
        return;
    // The notifiers may be the ones whose signal is being handled: disabled now, deleted later.
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        notifier->setEnabled(false);
        notifier->deleteLater();
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_master.reset();
    m_pending.clear();
    emit closed();
}

} // namespace Ponton::Gui
