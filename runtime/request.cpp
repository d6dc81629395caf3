#include "request.h"

namespace ponton::helper {

Result<UniqueFd> Request::takeFd(const char *key)
{
    if (!params.contains(key) || !params[key].is_number_unsigned())
        return fail("InvalidArgument", "parameter %s: expected the index of a passed file descriptor", key);
    const auto index = params[key].get<std::size_t>();
    if (index >= fds.size() || !fds[index].valid())
        return fail("InvalidArgument", "parameter %s: no file descriptor %zu came with the request", key, index);
    return std::move(fds[index]);
}

Result<std::string> Request::string(const char *key) const
{
    if (!params.contains(key) || !params[key].is_string())
        return fail("InvalidArgument", "parameter %s: expected a string", key);
    return params[key].get<std::string>();
}

std::string Request::stringOr(const char *key, const std::string &fallback) const
{
    if (!params.contains(key) || !params[key].is_string())
        return fallback;
    return params[key].get<std::string>();
}

bool Request::boolOr(const char *key, bool fallback) const
{
    if (!params.contains(key) || !params[key].is_boolean())
        return fallback;
    return params[key].get<bool>();
}

} // namespace ponton::helper
