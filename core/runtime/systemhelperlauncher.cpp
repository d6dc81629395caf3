#include "runtime/systemhelperlauncher.h"

#include "common/tr.h"
#include "runtime/helperconnection.h"

#include <QFileInfo>
#include <QStandardPaths>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

extern char **environ;

namespace Ponton::Runtime {

namespace {

constexpr int kAnswerTimeoutMs = 10000;
constexpr int kPollMs = 50;
// pkexec(1): 126 when authorization could not be obtained (the dialog dismissed), 127 when not authorized.
constexpr int kPkexecDismissed = 126;
constexpr int kPkexecNotAuthorized = 127;

QString byHand(const QString &helperPath, const QString &socketPath)
{
    return u"sudo "_s + SystemHelperLauncher::pkexecArguments(helperPath, socketPath).join(u' ');
}

} // namespace

SystemHelperLauncher::Environment SystemHelperLauncher::current()
{
    return {QFileInfo(u"/run/systemd/system"_s).isDir(), QStandardPaths::findExecutable(u"pkexec"_s)};
}

SystemHelperLauncher::Decision SystemHelperLauncher::decide(const Environment &environment)
{
    if (environment.systemdRunning)
        return Decision::UseSocketUnit;
    return environment.pkexecPath.isEmpty() ? Decision::NoPkexec : Decision::Pkexec;
}

QStringList SystemHelperLauncher::pkexecArguments(const QString &helperPath, const QString &socketPath)
{
    return {helperPath, u"--state-dir"_s, QString::fromLatin1(kSystemHelperStateDir), u"--socket"_s, socketPath,
            u"--group"_s, QString::fromLatin1(kSystemHelperGroup), u"--detach"_s};
}

Status SystemHelperLauncher::start(const QString &helperPath, const QString &socketPath)
{
    const Environment environment = current();
    switch (decide(environment)) {
    case Decision::UseSocketUnit:
        return fail(ErrorCode::Unavailable,
                    Tr::tr("The Ponton runtime helper is not running (no answer at %1). Start it with "
                           "\"sudo systemctl enable --now ponton-helper.socket\".").arg(socketPath));
    case Decision::NoPkexec:
        return fail(ErrorCode::Unavailable,
                    Tr::tr("The Ponton runtime helper is not running (no answer at %1), and pkexec, which would start "
                           "it, is not installed. Install pkexec, or start the helper as root: %2")
                        .arg(socketPath, byHand(helperPath, socketPath)));
    case Decision::Pkexec:
        break;
    }
    if (!QFileInfo(helperPath).isAbsolute())
        return fail(ErrorCode::Unavailable, Tr::tr("The Ponton runtime helper is not running (no answer at %1) and cannot be started: "
                                                   "its program is unknown.").arg(socketPath));
    QList<QByteArray> encoded{QFile::encodeName(environment.pkexecPath)};
    for (const QString &argument : pkexecArguments(helperPath, socketPath))
        encoded.append(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (const int spawned = posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ); spawned != 0)
        return fail(ErrorCode::Unavailable, Tr::tr("Cannot run pkexec to start the Ponton runtime helper."),
                    u"posix_spawn %1: %2"_s.arg(environment.pkexecPath, QString::fromLocal8Bit(std::strerror(spawned))));
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (code == kPkexecDismissed || code == kPkexecNotAuthorized)
        return fail(ErrorCode::PermissionDenied,
                    Tr::tr("pkexec did not start the Ponton runtime helper: the authentication was refused or dismissed "
                           "(pkexec exit code %1). A polkit authentication agent must run in your session; or start the "
                           "helper as root: %2").arg(code).arg(byHand(helperPath, socketPath)));
    if (code != 0)
        return fail(ErrorCode::Unavailable, Tr::tr("The Ponton runtime helper started with pkexec failed (exit code %1); "
                                                   "see %2/helper.log.").arg(code).arg(QString::fromLatin1(kSystemHelperStateDir)));
    for (int waited = 0; waited < kAnswerTimeoutMs; waited += kPollMs) {
        if (HelperConnection::connectTo(socketPath))
            return {};
        ::usleep(kPollMs * 1000);
    }
    return fail(ErrorCode::Unavailable, Tr::tr("The Ponton runtime helper started with pkexec does not answer at %1; see %2/helper.log.")
                                            .arg(socketPath, QString::fromLatin1(kSystemHelperStateDir)));
}

} // namespace Ponton::Runtime
