#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Ponton::Gui {

class PtySession;
class TerminalWidget;

// The commit chapter's terminal, inside the tutorial page: a hint, the terminal widget on the PTY of the
// step's shell, and two buttons that type for the user, "apk add curl" and "exit". The session belongs
// to the tutorial's actions; the panel only shows it and writes to it, and keeps the screen once it ends.
class TutorialTerminalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TutorialTerminalPanel(QWidget *parent = nullptr);

    // Shows the shell of container `containerId`: output painted as it comes, keys sent to the PTY.
    void attach(const QString &containerId, PtySession *session);
    QString containerId() const { return m_containerId; }
    bool isShellRunning() const;
    // The user left the shell with Ctrl-P Ctrl-Q (its container still runs).
    bool isDetached() const { return m_detached; }
    TerminalWidget *terminal() const { return m_terminal; }
    // The terminal's screen and scrollback as text.
    QString screenText() const;

    static QByteArray installCommand() { return "apk add curl\n"; }
    static QByteArray exitCommand() { return "exit\n"; }

signals:
    // Ctrl-P Ctrl-Q was typed in the terminal: the user detaches from the shell of `containerId`.
    void detachRequested(const QString &containerId);

public slots:
    void typeInstall();
    void typeExit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    QVBoxLayout *m_layout;
    QLabel *m_hint;
    TerminalWidget *m_terminal = nullptr;
    QPushButton *m_typeInstall;
    QPushButton *m_typeExit;
    QString m_containerId;
    QPointer<PtySession> m_session;
    bool m_detached = false;
};

} // namespace Ponton::Gui
