#pragma once

// The helper's small result type: an errno value and a message naming the syscall and the object
// ("mount overlay on /x: Permission denied"). Qt-free.

#include <cerrno>
#include <expected>
#include <string>

namespace ponton::helper {

struct Error {
    int err = 0;          // errno value, 0 when the failure is not a system error
    std::string message;  // for logs and for the client's detail
    std::string code;     // protocol error code (PROTOCOL.md), "Internal" when empty
};

template<typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

// printf-style message; the errno text is appended as ": <strerror>".
[[gnu::format(printf, 2, 3)]] std::unexpected<Error> sysError(int err, const char *format, ...);
// printf-style message with a protocol error code and no errno text.
[[gnu::format(printf, 2, 3)]] std::unexpected<Error> fail(const char *code, const char *format, ...);
// The protocol error code matching an errno value (ENOENT → NotFound, EEXIST → AlreadyExists, ...).
std::string codeForErrno(int err);
// Prefixes the message with context: "unpack sha256:...: <message>".
Error withContext(Error error, const std::string &context);

} // namespace ponton::helper
