#include "support/clirunner.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Ponton::Test {

namespace {

// The words of a command as a shell would need them: quoted where empty or holding a space or quote.
QString quotedCommand(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words) {
        const bool plain = !word.isEmpty() && !word.contains(u' ') && !word.contains(u'\'') && !word.contains(u'"')
                           && !word.contains(u'\n');
        quoted << (plain ? word : u'\'' + QString(word).replace(u"'"_s, u"'\\''"_s) + u'\'');
    }
    return quoted.join(u' ');
}

// A run that went wrong before its program could answer fails the test function that asked for it.
void failRunningTest(const CliRun &run)
{
    if (QTest::currentTestFunction())
        QTest::qFail(qPrintable(run.failure()), __FILE__, __LINE__);
    else
        qWarning("%s", qPrintable(run.failure()));
}

} // namespace

QString CliRun::failure() const
{
    QString what;
    if (timedOut)
        what = u"did not finish in time"_s;
    else if (exitCode < 0)
        what = u"crashed or did not start"_s;
    else
        what = u"exited with %1"_s.arg(exitCode);
    QString message = u"`%1` %2"_s.arg(commandLine, what);
    if (!err.isEmpty())
        message += u"; standard error:\n"_s + err;
    return message;
}

CliRunner::CliRunner() : CliRunner(QStringLiteral(PONTON_CLI_PATH)) {}

CliRunner::CliRunner(const QString &program, const QString &root)
    : m_program(program), m_root(root), m_environment(QProcessEnvironment::systemEnvironment())
{
}

CliRun CliRunner::run(const QStringList &arguments, const QByteArray &input) const
{
    const QStringList callArguments = m_root.isEmpty() ? arguments : QStringList{u"--root"_s, m_root} + arguments;
    CliRun run;
    run.commandLine = quotedCommand(QStringList{QFileInfo(m_program).fileName()} + callArguments);

    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);
    if (m_mergedChannels)
        process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_program, callArguments);
    if (!process.waitForStarted()) {
        run.err = process.errorString();
        failRunningTest(run);
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(m_timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (!finished) {
        run.timedOut = true;
        const QString killed = u"(killed after %1 ms)"_s.arg(m_timeoutMs);
        run.err = run.err.isEmpty() ? killed : run.err + u'\n' + killed;
        failRunningTest(run);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace Ponton::Test
