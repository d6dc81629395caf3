#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Ponton::Test {

// What one run of a command-line program left behind.
struct CliRun {
    int exitCode = -1;  // -1: it crashed, did not start or did not finish in time
    QString out;        // standard output (with the errors too when the channels are merged)
    QString err;        // standard error
    bool timedOut = false;
    QString commandLine;  // the program's file name and its arguments, for messages

    // "`ponton --root S pull x` exited with 1; standard error: …", for QVERIFY2.
    QString failure() const;
};

// Runs a command-line program to its end with QProcess: the `ponton` binary built with the tests unless
// told otherwise, with `--root ROOT` before each call's arguments when a root is set, the test's own
// environment with the changes asked for, and optional bytes on standard input (closed after them).
// A program that does not start or does not finish in time is killed and fails the running test.
class CliRunner
{
public:
    CliRunner();
    explicit CliRunner(const QString &program, const QString &root = {});

    void setRoot(const QString &root) { m_root = root; }
    QString root() const { return m_root; }
    void setEnvironmentValue(const QString &name, const QString &value) { m_environment.insert(name, value); }
    void removeEnvironmentValue(const QString &name) { m_environment.remove(name); }
    // The system environment with the changes above, as each run gets it.
    const QProcessEnvironment &environment() const { return m_environment; }
    void setWorkingDirectory(const QString &dir) { m_workingDirectory = dir; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Standard error into `out`, in the order the program wrote.
    void setMergedChannels(bool merged) { m_mergedChannels = merged; }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;

private:
    QString m_program;
    QString m_root;
    QProcessEnvironment m_environment;
    QString m_workingDirectory;
    int m_timeoutMs = 120000;
    bool m_mergedChannels = false;
};

} // namespace Ponton::Test
