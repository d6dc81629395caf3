#include "log.h"

#include <cstdarg>
#include <cstdio>

namespace ponton::helper {

namespace {

void logLine(const char *level, const char *format, va_list args)
{
    char buffer[2048];
    std::vsnprintf(buffer, sizeof buffer, format, args);
    std::fprintf(stderr, "ponton-helper: %s%s\n", level, buffer);
}

} // namespace

void logInfo(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    logLine("", format, args);
    va_end(args);
}

void logError(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    logLine("error: ", format, args);
    va_end(args);
}

} // namespace ponton::helper
