#pragma once

#include "request.h"
#include "statedir.h"
#include "wire.h"

#include <sys/types.h>

#include <map>
#include <string>

namespace ponton::helper {

struct ServerOptions {
    std::string socketPath;
    gid_t socketGroup = 0;  // besides root, members of this group may connect
    int readyFd = -1;       // written to ("ready\n") and closed once the socket listens
    int idleExitSeconds = 0;  // > 0: leave after this long without any connection; 0: serve until stopped
};

// Serves the helper socket: one thread per connection, requests on a connection handled in order.
class Server
{
public:
    Server(ServerOptions options, StateDir &state);
    void addHandler(const std::string &method, Handler handler);
    // Takes the listening socket: the service manager's, or a new one bound at socketPath.
    Status listen();
    // True when the socket came from the service manager.
    bool activated() const { return m_activated; }
    // Serves until SIGTERM, SIGINT, a `shutdown` request or the idle time; returns the exit code.
    int run();

private:
    void accept();
    void stopListening();
    bool idleExpired() const;
    void waitForConnections(int timeoutMs) const;
    Result<Reply> shutdown(Request &request);
    void serveConnection(int socket, bool tooMany);
    bool peerAllowed(int socket, Peer &peer, std::string &why) const;
    nlohmann::json dispatch(Message &message, const Peer &peer, int connection, std::vector<UniqueFd> &replyFds);

    ServerOptions m_options;
    StateDir &m_state;
    UniqueFd m_listener;
    bool m_activated = false;  // the listener came from the service manager, which owns its path
    UniqueFd m_stopEvent;      // an eventfd the `shutdown` method signals
    std::map<std::string, Handler> m_handlers;
};

nlohmann::json errorReply(const nlohmann::json &id, const Error &error);

} // namespace ponton::helper
