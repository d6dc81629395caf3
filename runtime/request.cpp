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

Result<Request::Stdio> Request::takeStdio()
{
    Stdio stdio;
    const char *keys[3] = {"stdin", "stdout", "stderr"};
    for (int i = 0; i < 3; ++i) {
        if (!params.contains(keys[i]))
            continue;
        auto fd = takeFd(keys[i]);
        if (!fd)
            return std::unexpected(fd.error());
        stdio.fds[i] = fd->get();
        stdio.owned.push_back(std::move(*fd));
    }
    return stdio;
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
