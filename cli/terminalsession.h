#pragma once

#include <termios.h>

#include <string>

namespace Ponton::Cli {

// Relays the CLI's terminal and a container's PTY master, as `docker run -it`, `start -i`, `attach` and
// `exec -t` do: the local terminal in raw mode (restored on every way out), window size copied to the PTY
// at start and on each SIGWINCH, the detach keys (Ctrl-P Ctrl-Q unless told) detach. Blocking; for the
// command line only.
class TerminalSession
{
public:
    enum class Outcome { Ended, Detached, Failed };

    struct Options {
        bool forwardInput = true;   // -i: what is typed goes to the container
        int input = 0;              // the CLI's terminal
        int output = 1;
        std::string detachKeys = std::string("\x10\x11", 2);  // the bytes of DetachKeys::parse
    };

    explicit TerminalSession(int master) : m_master(master) {}
    TerminalSession(int master, Options options) : m_master(master), m_options(options) {}
    ~TerminalSession();
    TerminalSession(const TerminalSession &) = delete;
    TerminalSession &operator=(const TerminalSession &) = delete;

    // Until the container closes its terminal (Ended) or the user detaches.
    Outcome run();

private:
    void enterRawMode();
    void restoreMode();
    void copyWindowSize();
    // Forwards typed bytes, holding those that begin the detach keys until they differ. True on detach.
    bool forward(const char *data, long size);
    bool writeAll(int fd, const char *data, long size);

    int m_master = -1;
    Options m_options;
    bool m_raw = false;
    std::size_t m_matched = 0;  // how many of the detach keys were typed last, held back
    struct termios m_saved {};
};

} // namespace Ponton::Cli
