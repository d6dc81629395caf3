// The commit chapter's terminal panel on a real PTY pair: the shell's side is the test's, which reads what
// the panel's buttons type and writes what the terminal must show; once that side is closed the panel
// says the shell has exited and its buttons no longer type.
#include "terminal/ptysession.h"
#include "tutorial/tutorialterminalpanel.h"

#include <QPushButton>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

// What the shell's side of the PTY has received so far (non-blocking reads).
QByteArray readAvailable(int fd)
{
    QByteArray bytes;
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got <= 0)
            return bytes;
        bytes.append(buffer, qsizetype(got));
    }
}

} // namespace

class TestTutorialTerminalPanel : public QObject
{
    Q_OBJECT
private slots:
    void buttonsTypeIntoTheShellUntilItExits();
};

void TestTutorialTerminalPanel::buttonsTypeIntoTheShellUntilItExits()
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    QVERIFY2(master >= 0, strerror(errno));
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const int shell = ::open(::ptsname(master), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    QVERIFY2(shell >= 0, strerror(errno));
    Gui::PtySession session(Runtime::FileDescriptor{master});
    Gui::TutorialTerminalPanel panel;
    panel.resize(700, 400);
    panel.show();
    auto *install = panel.findChild<QPushButton *>(u"typeInstallButton"_s);
    auto *exitButton = panel.findChild<QPushButton *>(u"typeExitButton"_s);
    QVERIFY(install && exitButton);
    QVERIFY(!install->isEnabled());   // no shell yet

    const QString id = u"4b109104642b5f10da09d5429dcac609cb2e8159204511e772478b52a8680000"_s;
    panel.attach(id, &session);
    QVERIFY(panel.isShellRunning());
    QVERIFY(install->isEnabled() && exitButton->isEnabled());
    QVERIFY(panel.findChild<QWidget *>(u"terminalHint"_s)->property("text").toString().contains(id.left(12)));

    // "Type it for me": the shell reads the command line, and the PTY's echo shows it on the terminal.
    install->click();
    QByteArray typed;
    QTRY_VERIFY_WITH_TIMEOUT((typed += readAvailable(shell)).contains("apk add curl\n"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.screenText().contains(u"apk add curl"_s), 5000);
    // The shell's output is painted as it comes.
    const QByteArray output = "Installing curl\r\nOK: 2 packages\r\n/ # ";
    QCOMPARE(::write(shell, output.constData(), size_t(output.size())), ssize_t(output.size()));
    QTRY_VERIFY_WITH_TIMEOUT(panel.screenText().contains(u"OK: 2 packages"_s), 5000);

    exitButton->click();
    typed.clear();
    QTRY_VERIFY_WITH_TIMEOUT((typed += readAvailable(shell)).contains("exit\n"), 5000);

    // The shell's side goes: the panel keeps the screen, says so, and its buttons are off.
    ::close(shell);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isShellRunning(), 5000);
    QVERIFY(!install->isEnabled() && !exitButton->isEnabled());
    QVERIFY(panel.screenText().contains(u"Installing curl"_s));
    QVERIFY(panel.findChild<QWidget *>(u"terminalHint"_s)->property("text").toString().contains(u"exited"_s));
}

QTEST_MAIN(TestTutorialTerminalPanel)
#include "tst_tutorialterminalpanel.moc"
