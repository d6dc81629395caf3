#pragma once

#include "runtime/filedescriptor.h"

#include <QWidget>

namespace Ponton::Gui {

class PtySession;
class TerminalWidget;

// One attached container: the terminal widget on the container's PTY master. Output is painted as it
// comes, key presses go to the PTY, the widget's size is forwarded (TIOCSWINSZ); Ctrl-P Ctrl-Q detaches
// and leaves the container running; when the container's shell exits the session ends.
class ContainerTerminalTab : public QWidget
{
    Q_OBJECT
public:
    ContainerTerminalTab(const QString &containerId, Runtime::FileDescriptor master, QWidget *parent = nullptr);

    QString containerId() const { return m_containerId; }
    TerminalWidget *terminal() const { return m_terminal; }
    PtySession *session() const { return m_session; }
    bool isEnded() const { return m_ended; }

signals:
    void detached(const QString &containerId);
    void ended(const QString &containerId);

private:
    QString m_containerId;
    TerminalWidget *m_terminal;
    PtySession *m_session;
    bool m_ended = false;
};

} // namespace Ponton::Gui
