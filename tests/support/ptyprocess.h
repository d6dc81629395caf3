#pragma once

#include <QByteArray>
#include <QStringList>

#include <sys/types.h>

namespace Ponton::Test {

// A program on a real terminal (forkpty, 24x80): what it writes is read back from the master, what the
// test sends is typed on it. The process is killed if it is still running when this goes away.
class PtyProcess
{
public:
    PtyProcess(const QString &program, const QStringList &arguments, const QStringList &environment);
    ~PtyProcess();
    PtyProcess(const PtyProcess &) = delete;
    PtyProcess &operator=(const PtyProcess &) = delete;

    bool started() const { return m_pid > 0; }
    void send(const QByteArray &bytes);
    // Reads until `pattern` appears in the output after what earlier calls consumed.
    bool expect(const QByteArray &pattern, int timeoutMs = 15000);
    // Exit status after the process ends (-1 on timeout).
    int finish(int timeoutMs = 15000);
    QByteArray output() const { return m_output; }

private:
    bool readSome(int timeoutMs);

    pid_t m_pid = -1;
    int m_master = -1;
    bool m_reaped = false;
    QByteArray m_output;
    qsizetype m_consumed = 0;
};

} // namespace Ponton::Test
