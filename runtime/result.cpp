#include "result.h"

#include <cstdarg>
#include <cstdio>
#include <cstring>

namespace ponton::helper {

namespace {

std::string vformat(const char *format, va_list args)
{
    char buffer[1024];
    std::vsnprintf(buffer, sizeof buffer, format, args);
    return buffer;
}

} // namespace

std::unexpected<Error> sysError(int err, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::string message = vformat(format, args);
    va_end(args);
    message += ": ";
    message += std::strerror(err);
    return std::unexpected(Error{err, std::move(message), codeForErrno(err)});
}

std::unexpected<Error> fail(const char *code, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::string message = vformat(format, args);
    va_end(args);
    return std::unexpected(Error{0, std::move(message), code});
}

std::string codeForErrno(int err)
{
    switch (err) {
    case ENOENT: return "NotFound";
    case EEXIST: case ENOTEMPTY: return "AlreadyExists";
    case EINVAL: case ENAMETOOLONG: case ELOOP: case EXDEV: return "InvalidArgument";
    case EPERM: case EACCES: return "PermissionDenied";
    case EBUSY: return "Conflict";
    case EAGAIN: case ENOSPC: return "Unavailable";
    default: return "Internal";
    }
}

Error withContext(Error error, const std::string &context)
{
    error.message = context + ": " + error.message;
    return error;
}

} // namespace ponton::helper
