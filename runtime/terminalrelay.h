#pragma once

// The monitor's side of a TTY container's terminal. The monitor alone reads the container's PTY master:
// everything the container writes is appended to output.log (so `logs` shows a TTY container's session,
// as Docker records it) and copied to every attached client. A client never gets the container's master
// itself but the master of a PTY of its own, a relay, whose slave the monitor holds in raw mode: what the
// client writes is read from the slave and written to the container's terminal; the window size the
// client sets on its master (TIOCSWINSZ, as on any PTY) is copied to the container's terminal before each
// input the monitor forwards and at every poll. Clients close their master to leave (a detach).

#include "result.h"
#include "uniquefd.h"

#include <sys/ioctl.h>

#include <vector>

namespace ponton::helper {

class TerminalRelay
{
public:
    TerminalRelay() = default;
    TerminalRelay(UniqueFd master, UniqueFd log);

    bool active() const { return m_master.valid(); }
    bool hasClients() const { return !m_clients.empty(); }
    // A new client's relay: the master to give it, raw, at the container terminal's size.
    Result<UniqueFd> attachClient();
    // What to poll for input: the container's terminal (while it is open), then the clients' relays.
    std::vector<int> watched() const;
    // Moves what is readable on fd, one of watched(); a client whose relay has closed is dropped.
    void readable(int fd);
    // Copies a window size a client set to the container's terminal (the last to change it wins).
    void syncWindowSize();
    // Once the container has ended: the output still buffered, then every relay closed.
    void drain();

private:
    struct Client {
        UniqueFd slave;
        winsize size{};
        bool stalled = false;  // the last output did not fit: it lost bytes
    };
    void fromContainer();
    void fromClient(std::size_t index);
    void broadcast(const char *data, std::size_t size);

    UniqueFd m_master;
    UniqueFd m_log;
    bool m_masterOpen = false;
    std::vector<Client> m_clients;
};

} // namespace ponton::helper
