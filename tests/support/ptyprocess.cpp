#include "support/ptyprocess.h"

#include <QElapsedTimer>

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace Ponton::Test {

PtyProcess::PtyProcess(const QString &program, const QStringList &arguments, const QStringList &environment)
{
    std::vector<QByteArray> args{program.toLocal8Bit()};
    for (const QString &a : arguments)
        args.push_back(a.toLocal8Bit());
    std::vector<QByteArray> env;
    for (const QString &e : environment)
        env.push_back(e.toLocal8Bit());
    struct winsize size {};
    size.ws_row = 24;
    size.ws_col = 80;
    m_pid = ::forkpty(&m_master, nullptr, nullptr, &size);
    if (m_pid == 0) {
        std::vector<char *> argv, envp;
        for (QByteArray &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        for (QByteArray &e : env)
            envp.push_back(e.data());
        envp.push_back(nullptr);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(126);
    }
}

PtyProcess::~PtyProcess()
{
    if (m_pid > 0 && !m_reaped) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
    if (m_master >= 0)
        ::close(m_master);
}

void PtyProcess::send(const QByteArray &bytes)
{
    (void)!::write(m_master, bytes.constData(), size_t(bytes.size()));
}

bool PtyProcess::expect(const QByteArray &pattern, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const qsizetype at = m_output.indexOf(pattern, m_consumed);
        if (at >= 0) {
            m_consumed = at + pattern.size();
            return true;
        }
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0 || !readSome(left))
            return false;
    }
}

int PtyProcess::finish(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        readSome(50);
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_reaped = true;
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
    }
    return -1;
}

bool PtyProcess::readSome(int timeoutMs)
{
    pollfd p{m_master, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0)
        return false;
    char buffer[4096];
    const ssize_t n = ::read(m_master, buffer, sizeof buffer);
    if (n <= 0)
        return false;
    m_output.append(buffer, n);
    return true;
}

} // namespace Ponton::Test
