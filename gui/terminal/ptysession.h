#pragma once

#include "runtime/filedescriptor.h"

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace Ponton::Gui {

// The bytes part of the terminal: a PTY master (a container's), read when the event loop says it is
// readable (QSocketNotifier, non-blocking, never a wait on the GUI thread), written with a queue for what
// the PTY cannot take at once, resized with TIOCSWINSZ. closed() comes once, when the other side is gone.
class PtySession : public QObject
{
    Q_OBJECT
public:
    explicit PtySession(Runtime::FileDescriptor master, QObject *parent = nullptr);
    ~PtySession() override;

    bool isOpen() const { return m_master.isValid(); }
    int descriptor() const { return m_master.get(); }

public slots:
    void write(const QByteArray &bytes);
    void resize(int rows, int columns);
    void close();

signals:
    void received(const QByteArray &bytes);
    void closed();

private:
    void readAvailable();
    void writePending();

    Runtime::FileDescriptor m_master;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_pending;
};

} // namespace Ponton::Gui
