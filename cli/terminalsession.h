#pragma once

#include <termios.h>

namespace Ponton::Cli {

// Relays the CLI's terminal and a container's PTY master, as `docker run -it`, `start -i`, `attach` and
// `exec -t` do: the local terminal in raw mode (restored on every way out), window size copied to the PTY
// at start and on each SIGWINCH, Ctrl-P Ctrl-Q detaches. Blocking; for the command line only.
class TerminalSession
{
public:
    enum class Outcome { Ended, Detached, Failed };

    struct Options {
        bool forwardInput = true;   // -i: what is typed goes to the container
        int input = 0;              // the CLI's terminal
        int output = 1;
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
    // Forwards typed bytes, holding a Ctrl-P to see whether Ctrl-Q follows. True on detach.
    bool forward(const char *data, long size);
    bool writeAll(int fd, const char *data, long size);

    int m_master = -1;
    Options m_options;
    bool m_raw = false;
    bool m_heldEscape = false;
    struct termios m_saved {};
};

} // namespace Ponton::Cli
