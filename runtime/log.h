#pragma once

// The helper logs to stderr, one line per event, prefixed "ponton-helper:".

namespace ponton::helper {

[[gnu::format(printf, 1, 2)]] void logInfo(const char *format, ...);
[[gnu::format(printf, 1, 2)]] void logError(const char *format, ...);

} // namespace ponton::helper
