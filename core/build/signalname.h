#pragma once

#include <QString>

#include <optional>

namespace Ponton::Build {

// Linux signal names and numbers as STOPSIGNAL accepts them: "SIGKILL", "kill", "9", "SIGRTMIN+3".
class SignalName
{
public:
    // The signal number, or nullopt when the text is not a signal.
    static std::optional<int> parse(const QString &text);
};

} // namespace Ponton::Build
