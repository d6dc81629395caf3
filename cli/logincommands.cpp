// login and logout, with Docker's arguments and output. Secrets are never printed.
#include "argumentparser.h"
#include "command.h"

#include "engine/engine.h"
#include "registry/credentials.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

namespace {

// One line typed on the terminal; without echo for a password. The echo is off before the prompt shows
// and what was typed ahead is kept (no TCSAFLUSH): a password typed as soon as the prompt appears is read.
QString promptLine(CommandContext &context, const QString &prompt, bool hidden)
{
    termios saved{};
    const bool restore = hidden && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (restore) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    context.out << prompt;
    context.out.flush();
    QFile input;
    input.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle);
    QString line = QString::fromUtf8(input.readLine()).trimmed();
    if (restore) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        context.out << '\n';
        context.out.flush();
    }
    return line;
}

// Everything on standard input, without its final line break (as Docker reads --password-stdin).
QString readPasswordFromStdin()
{
    QFile input;
    input.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle);
    QString password = QString::fromUtf8(input.readAll());
    if (password.endsWith(u'\n'))
        password.chop(1);
    if (password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

// Fills in what the flags left out, prompting on a terminal. False (with the error printed) when it cannot.
bool completeCredentials(CommandContext &context, const ArgumentParser &parser, Registry::Credentials &credentials,
                         int *exitCode)
{
    credentials.username = parser.value(u"username"_s).trimmed();
    if (parser.isSet(u"password-stdin"_s)) {
        if (parser.isSet(u"password"_s)) {
            *exitCode = reportError(context, {ErrorCode::InvalidArgument, Tr::tr("--password and --password-stdin are mutually exclusive"), {}});
            return false;
        }
        if (credentials.username.isEmpty()) {
            *exitCode = reportError(context, {ErrorCode::InvalidArgument, Tr::tr("Must provide --username with --password-stdin"), {}});
            return false;
        }
        credentials.secret = readPasswordFromStdin();
        return true;
    }
    if (parser.isSet(u"password"_s)) {
        context.err << Tr::tr("WARNING! Using --password via the CLI is insecure. Use --password-stdin.") << '\n';
        context.err.flush();
        credentials.secret = parser.value(u"password"_s);
    }
    if (credentials.username.isEmpty() && credentials.secret.isEmpty() && !isatty(STDIN_FILENO))
        return true; // the stored credentials, if any
    if ((credentials.username.isEmpty() || credentials.secret.isEmpty()) && !isatty(STDIN_FILENO)) {
        *exitCode = reportError(context, {ErrorCode::InvalidArgument, Tr::tr("Cannot perform an interactive login from a non TTY device"), {}});
        return false;
    }
    if (credentials.username.isEmpty()) {
        // As Docker: the stored user name is offered, an empty answer keeps it.
        const JobResult stored = waitFor(context.engine.storedUsername(parser.positional().value(0)));
        const QString known = stored.ok ? stored.value.toString() : QString();
        credentials.username = promptLine(context, known.isEmpty() ? Tr::tr("Username: ") : Tr::tr("Username (%1): ").arg(known), false);
        if (credentials.username.isEmpty())
            credentials.username = known;
    }
    if (credentials.secret.isEmpty())
        credentials.secret = promptLine(context, Tr::tr("Password: "), true);
    if (credentials.username.isEmpty() || credentials.secret.isEmpty()) {
        *exitCode = reportError(context, {ErrorCode::InvalidArgument, Tr::tr("Username and password are required"), {}});
        return false;
    }
    return true;
}

int runLogin(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"login"_s, Tr::tr("[OPTIONS] [SERVER]"),
                          Tr::tr("Log in to a registry.\nIf no server is specified, the default is defined by the daemon."));
    parser.addOption(u'u', u"username"_s, Tr::tr("string"), Tr::tr("Username"));
    parser.addOption(u'p', u"password"_s, Tr::tr("string"), Tr::tr("Password"));
    parser.addFlag(QChar(), u"password-stdin"_s, Tr::tr("Take the password from stdin"));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 0, 1))
        return exitCode;
    Registry::Credentials credentials;
    if (!completeCredentials(context, parser, credentials, &exitCode))
        return exitCode;
    const QString server = parser.positional().value(0);
    const bool reusing = credentials.isEmpty();
    const JobResult result = waitFor(context.engine.login(server, credentials));
    if (!result.ok) {
        if (reusing && result.error.code == ErrorCode::NotFound)
            return reportError(context, {ErrorCode::InvalidArgument, Tr::tr("Cannot perform an interactive login from a non TTY device"), {}});
        return reportError(context, result.error);
    }
    if (reusing)
        context.out << Tr::tr("Authenticating with existing credentials...") << '\n';
    const QString storedIn = result.value.toString();
    if (!reusing && !storedIn.isEmpty()) {
        context.err << Tr::tr("WARNING! Your password will be stored unencrypted in %1.").arg(storedIn) << '\n'
                    << Tr::tr("Configure a credential helper to remove this warning. See") << '\n'
                    << "https://docs.docker.com/engine/reference/commandline/login/#credentials-store" << "\n\n";
        context.err.flush();
    }
    context.out << Tr::tr("Login Succeeded") << '\n';
    context.out.flush();
    return 0;
}

int runLogout(CommandContext &context, const QStringList &arguments)
{
    ArgumentParser parser(u"logout"_s, Tr::tr("[SERVER]"),
                          Tr::tr("Log out from a registry.\nIf no server is specified, the default is defined by the daemon."));
    int exitCode = 0;
    if (!parseArguments(parser, context, arguments, &exitCode, 0, 1))
        return exitCode;
    const QString server = parser.positional().value(0);
    const QString shown = server.isEmpty() ? u"https://index.docker.io/v1/"_s : server;
    const JobResult result = waitFor(context.engine.logout(server));
    if (!result.ok && result.error.code != ErrorCode::NotFound)
        return reportError(context, result.error);
    context.out << (result.ok ? Tr::tr("Removing login credentials for %1") : Tr::tr("Not logged in to %1")).arg(shown) << '\n';
    context.out.flush();
    return 0;
}

const bool registered = [] {
    CommandRegistry::add({"login", Command::Group::Registry, QT_TRANSLATE_NOOP("Ponton::Cli", "Log in to a registry"), &runLogin});
    CommandRegistry::add({"logout", Command::Group::Registry, QT_TRANSLATE_NOOP("Ponton::Cli", "Log out from a registry"), &runLogout});
    return true;
}();

} // namespace

} // namespace Ponton::Cli
