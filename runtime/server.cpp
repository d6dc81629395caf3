#include "server.h"

#include "log.h"
#include "wire.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <thread>

namespace ponton::helper {

namespace {

constexpr int kMaxConnections = 256;
constexpr int kStopGraceMs = 2000;  // how long a stopping helper lets open connections finish
std::atomic<int> g_connections{0};
std::atomic<std::int64_t> g_lastActivityMs{0};  // when the last connection ended (or was accepted)

std::int64_t monotonicMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

// The listening socket a service manager passed (socket activation, as systemd does it: LISTEN_PID is
// this process, LISTEN_FDS is 1, the socket is fd 3), or -1 when the helper must bind its own.
int activatedSocket()
{
    const char *pid = std::getenv("LISTEN_PID");
    const char *count = std::getenv("LISTEN_FDS");
    if (!pid || !count || std::strtol(pid, nullptr, 10) != ::getpid() || std::strcmp(count, "1") != 0)
        return -1;
    ::unsetenv("LISTEN_PID");
    ::unsetenv("LISTEN_FDS");
    ::unsetenv("LISTEN_FDNAMES");
    ::fcntl(3, F_SETFD, FD_CLOEXEC);
    return 3;
}

bool peerInGroup(int socket, const ucred &credentials, gid_t group)
{
    if (credentials.gid == group)
        return true;
    gid_t groups[256];
    socklen_t length = sizeof groups;
    if (::getsockopt(socket, SOL_SOCKET, SO_PEERGROUPS, groups, &length) < 0)
        return false;
    for (std::size_t i = 0; i < length / sizeof(gid_t); ++i) {
        if (groups[i] == group)
            return true;
    }
    return false;
}

Result<Reply> callHandler(const Handler &handler, Request &request)
{
    try {
        return handler(request);
    } catch (const nlohmann::json::exception &e) {
        return fail("InvalidArgument", "malformed parameters for %s: %s", request.method.c_str(), e.what());
    } catch (const std::exception &e) {
        return fail("Internal", "%s failed: %s", request.method.c_str(), e.what());
    }
}

// Sends a last error and lets the client read it: closing a Unix socket that still holds unread
// requests would reset the connection and drop the reply, so drain the requests first (briefly).
void refuse(int socket, const Error &error)
{
    (void)sendMessage(socket, errorReply(nullptr, error));
    ::shutdown(socket, SHUT_WR);
    char discard[4096];
    for (int round = 0; round < 64; ++round) {
        pollfd p{socket, POLLIN, 0};
        if (::poll(&p, 1, 1000) <= 0 || ::recv(socket, discard, sizeof discard, 0) <= 0)
            break;
    }
}

} // namespace

nlohmann::json errorReply(const nlohmann::json &id, const Error &error)
{
    return {{"id", id}, {"ok", false},
            {"error", {{"code", error.code.empty() ? "Internal" : error.code}, {"message", error.message},
                       {"errno", error.err}}}};
}

Server::Server(ServerOptions options, StateDir &state)
    : m_options(std::move(options)), m_state(state), m_stopEvent(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    addHandler("shutdown", [this](Request &request) { return shutdown(request); });
}

void Server::addHandler(const std::string &method, Handler handler)
{
    m_handlers[method] = std::move(handler);
}

Status Server::listen()
{
    if (const int inherited = activatedSocket(); inherited >= 0) {
        m_listener.reset(inherited);
        m_activated = true;
        int type = 0;
        socklen_t length = sizeof type;
        if (::getsockopt(inherited, SOL_SOCKET, SO_TYPE, &type, &length) < 0 || type != SOCK_SEQPACKET)
            return fail("InvalidArgument", "the socket passed by the service manager (fd 3) is not a SOCK_SEQPACKET socket");
        return {};
    }
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (m_options.socketPath.size() >= sizeof address.sun_path)
        return fail("InvalidArgument", "socket path too long: %s", m_options.socketPath.c_str());
    std::strcpy(address.sun_path, m_options.socketPath.c_str());
    m_listener.reset(::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0));
    if (!m_listener)
        return sysError(errno, "socket AF_UNIX SOCK_SEQPACKET");
    // Its folder, where no service manager made it (started by pkexec or by hand), as the socket unit's DirectoryMode.
    if (const std::size_t slash = m_options.socketPath.rfind('/'); slash != std::string::npos && slash > 0)
        ::mkdir(m_options.socketPath.substr(0, slash).c_str(), 0755);
    ::unlink(m_options.socketPath.c_str());
    const mode_t old = ::umask(0177);
    const int bound = ::bind(m_listener.get(), reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::umask(old);
    if (bound < 0)
        return sysError(errno, "bind %s", m_options.socketPath.c_str());
    if (::chown(m_options.socketPath.c_str(), 0, m_options.socketGroup) < 0)
        return sysError(errno, "chown %s", m_options.socketPath.c_str());
    if (::chmod(m_options.socketPath.c_str(), 0660) < 0)
        return sysError(errno, "chmod %s", m_options.socketPath.c_str());
    if (::listen(m_listener.get(), 64) < 0)
        return sysError(errno, "listen on %s", m_options.socketPath.c_str());
    return {};
}

int Server::run()
{
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    UniqueFd signals(::signalfd(-1, &stop, SFD_CLOEXEC));
    if (m_options.readyFd >= 0) {
        (void)!::write(m_options.readyFd, "ready\n", 6);
        ::close(m_options.readyFd);
    }
    g_lastActivityMs = monotonicMs();
    const int timeoutMs = m_options.idleExitSeconds > 0 ? 1000 : -1;
    bool idle = false;
    for (;;) {
        pollfd fds[3] = {{m_listener.get(), POLLIN, 0}, {signals.get(), POLLIN, 0}, {m_stopEvent.get(), POLLIN, 0}};
        if (::poll(fds, 3, timeoutMs) < 0 && errno != EINTR)
            break;
        if (fds[1].revents || fds[2].revents)
            break;
        if (fds[0].revents & POLLIN) {
            accept();
        } else if (idleExpired()) {
            logInfo("no client for %d s, leaving", m_options.idleExitSeconds);
            idle = true;
            break;
        }
    }
    stopListening();
    // Leaving when idle, the connections that were still queued are served to their end.
    waitForConnections(idle ? -1 : kStopGraceMs);
    return 0;
}

void Server::accept()
{
    const int connection = ::accept4(m_listener.get(), nullptr, nullptr, SOCK_CLOEXEC);
    if (connection < 0)
        return;
    g_lastActivityMs = monotonicMs();
    const bool tooMany = ++g_connections > kMaxConnections;
    std::thread([this, connection, tooMany] { serveConnection(connection, tooMany); }).detach();
}

bool Server::idleExpired() const
{
    return m_options.idleExitSeconds > 0 && g_connections == 0
           && monotonicMs() - g_lastActivityMs >= std::int64_t(m_options.idleExitSeconds) * 1000;
}

// A bound socket is unlinked first, so that no client can queue behind it any more, then the
// connections already queued are taken and served. A service manager's socket keeps its queue for the
// next helper it starts.
void Server::stopListening()
{
    if (!m_activated) {
        ::unlink(m_options.socketPath.c_str());
        ::fcntl(m_listener.get(), F_SETFL, ::fcntl(m_listener.get(), F_GETFL) | O_NONBLOCK);
        pollfd pending{m_listener.get(), POLLIN, 0};
        while (::poll(&pending, 1, 0) > 0 && (pending.revents & POLLIN))
            accept();
    }
    m_listener.reset();
}

void Server::waitForConnections(int timeoutMs) const
{
    const std::int64_t deadline = monotonicMs() + timeoutMs;
    while (g_connections > 0 && (timeoutMs < 0 || monotonicMs() < deadline)) {
        const timespec pause{0, 10 * 1000000L};
        ::nanosleep(&pause, nullptr);
    }
}

Result<Reply> Server::shutdown(Request &request)
{
    if (request.peer.uid != 0)
        return fail("PermissionDenied", "only root may stop the helper (peer uid %u)", request.peer.uid);
    const std::uint64_t one = 1;
    if (::write(m_stopEvent.get(), &one, sizeof one) < 0)
        return sysError(errno, "signal the helper to stop");
    logInfo("stopping at the request of pid %d", int(request.peer.pid));
    return Reply{{{"pid", ::getpid()}}, {}};
}

bool Server::peerAllowed(int socket, Peer &peer, std::string &why) const
{
    ucred credentials{};
    socklen_t length = sizeof credentials;
    if (::getsockopt(socket, SOL_SOCKET, SO_PEERCRED, &credentials, &length) < 0) {
        why = std::string("getsockopt SO_PEERCRED: ") + std::strerror(errno);
        return false;
    }
    peer = {credentials.pid, credentials.uid, credentials.gid};
    if (credentials.uid == 0 || peerInGroup(socket, credentials, m_options.socketGroup))
        return true;
    why = "uid " + std::to_string(credentials.uid) + " is neither root nor in group "
          + std::to_string(m_options.socketGroup);
    return false;
}

void Server::serveConnection(int socket, bool tooMany)
{
    UniqueFd connection(socket);
    Peer peer;
    std::string why;
    if (tooMany) {
        refuse(socket, Error{EAGAIN, "too many connections", "Unavailable"});
    } else if (!peerAllowed(socket, peer, why)) {
        logInfo("refused connection: %s", why.c_str());
        refuse(socket, Error{EACCES, "permission denied: " + why, "PermissionDenied"});
    } else {
        for (;;) {
            auto received = receiveMessage(socket);
            if (received && received->closed)
                break;
            std::vector<UniqueFd> replyFds;
            nlohmann::json reply = received ? dispatch(received->message, peer, socket, replyFds)
                                            : errorReply(nullptr, received.error());
            std::vector<int> raw;
            for (const UniqueFd &fd : replyFds)
                raw.push_back(fd.get());
            if (!sendMessage(socket, reply, raw))
                break;
            if (!received && received.error().err != 0)
                break;
        }
    }
    connection.reset();
    g_lastActivityMs = monotonicMs();
    --g_connections;
}

nlohmann::json Server::dispatch(Message &message, const Peer &peer, int connection,
                                std::vector<UniqueFd> &replyFds)
{
    const nlohmann::json id = message.body.value("id", nlohmann::json());
    const nlohmann::json method = message.body.value("method", nlohmann::json());
    if (!method.is_string())
        return errorReply(id, Error{0, "malformed request: 'method' must be a string", "InvalidArgument"});
    const auto handler = m_handlers.find(method.get<std::string>());
    if (handler == m_handlers.end())
        return errorReply(id, Error{0, "unknown method '" + method.get<std::string>() + "'", "InvalidArgument"});
    Request request{method.get<std::string>(), message.body.value("params", nlohmann::json::object()),
                    std::move(message.fds), peer, &m_state, connection};
    if (!request.params.is_object())
        return errorReply(id, Error{0, "malformed request: 'params' must be an object", "InvalidArgument"});
    Result<Reply> reply = callHandler(handler->second, request);
    if (!reply)
        return errorReply(id, reply.error());
    replyFds = std::move(reply->fds);
    return {{"id", id}, {"ok", true}, {"result", std::move(reply->result)}};
}

} // namespace ponton::helper
