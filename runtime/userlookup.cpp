#include "userlookup.h"

#include <cstdlib>
#include <sstream>

namespace ponton::helper {

namespace {

std::vector<std::string> fields(const std::string &line)
{
    std::vector<std::string> parts;
    std::stringstream stream(line);
    for (std::string part; std::getline(stream, part, ':');)
        parts.push_back(part);
    if (!line.empty() && line.back() == ':')
        parts.emplace_back();
    return parts;
}

bool numeric(const std::string &text, unsigned long &value)
{
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
        return false;
    value = std::strtoul(text.c_str(), nullptr, 10);
    return true;
}

// The passwd (7 fields) or group (4 fields) line whose name or number matches.
std::vector<std::string> findEntry(const std::string &database, const std::string &key, std::size_t minFields)
{
    std::stringstream stream(database);
    for (std::string line; std::getline(stream, line);) {
        std::vector<std::string> f = fields(line);
        if (f.size() >= minFields && (f[0] == key || f[2] == key))
            return f;
    }
    return {};
}

std::vector<gid_t> supplementaryGroups(const std::string &group, const std::string &userName, gid_t primary)
{
    std::vector<gid_t> groups{primary};
    std::stringstream stream(group);
    for (std::string line; std::getline(stream, line);) {
        std::vector<std::string> f = fields(line);
        unsigned long gid = 0;
        if (f.size() < 4 || !numeric(f[2], gid))
            continue;
        std::stringstream members(f[3]);
        for (std::string member; std::getline(members, member, ',');) {
            if (member == userName && gid != primary)
                groups.push_back(gid_t(gid));
        }
    }
    return groups;
}

Result<gid_t> resolveGroup(const std::string &spec, const std::string &group)
{
    unsigned long number = 0;
    const std::vector<std::string> entry = findEntry(group, spec, 3);
    if (!entry.empty() && numeric(entry[2], number))
        return gid_t(number);
    if (numeric(spec, number))
        return gid_t(number);
    return fail("NotFound", "unable to find group %s: no matching entries in group file", spec.c_str());
}

} // namespace

Result<ResolvedUser> resolveUser(const std::string &spec, const std::string &passwd, const std::string &group)
{
    const std::size_t colon = spec.find(':');
    const std::string userPart = spec.substr(0, colon);
    const std::string groupPart = colon == std::string::npos ? std::string() : spec.substr(colon + 1);
    ResolvedUser user;
    unsigned long number = 0;
    const std::vector<std::string> entry = findEntry(passwd, userPart.empty() ? "0" : userPart, 7);
    if (!entry.empty() && numeric(entry[2], number)) {
        user.uid = uid_t(number);
        numeric(entry[3], number);
        user.gid = gid_t(number);
        user.home = entry[5].empty() ? "/" : entry[5];
    } else if (userPart.empty() || numeric(userPart, number)) {
        user.uid = userPart.empty() ? 0 : uid_t(number);
        user.gid = 0;  // as Docker: a numeric uid without a passwd entry gets gid 0
    } else {
        return fail("NotFound", "unable to find user %s: no matching entries in passwd file", userPart.c_str());
    }
    if (!groupPart.empty()) {
        auto gid = resolveGroup(groupPart, group);
        if (!gid)
            return std::unexpected(gid.error());
        user.gid = *gid;
    }
    user.groups = supplementaryGroups(group, entry.empty() ? std::string() : entry[0], user.gid);
    return user;
}

} // namespace ponton::helper
