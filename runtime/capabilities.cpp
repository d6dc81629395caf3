#include "capabilities.h"

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdint>
#include <initializer_list>

namespace ponton::helper {

namespace {

// Docker's default capabilities.
constexpr std::initializer_list<int> kDefaults = {
    CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_FSETID, CAP_FOWNER, CAP_MKNOD, CAP_NET_RAW, CAP_SETGID, CAP_SETUID,
    CAP_SETFCAP, CAP_SETPCAP, CAP_NET_BIND_SERVICE, CAP_SYS_CHROOT, CAP_KILL, CAP_AUDIT_WRITE,
};

bool isDefault(int capability)
{
    for (int c : kDefaults)
        if (c == capability)
            return true;
    return false;
}

int lastCapability()
{
    int last = CAP_LAST_CAP;
    while (::prctl(PR_CAPBSET_READ, last + 1, 0, 0, 0) >= 0)
        ++last;
    return last;
}

Status setCapabilities(std::uint64_t mask)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    for (auto &d : data) {
        const std::uint32_t word = std::uint32_t(&d == &data[0] ? mask : mask >> 32);
        d.effective = d.permitted = d.inheritable = word;
    }
    if (::syscall(SYS_capset, &header, data) < 0)
        return sysError(errno, "capset");
    return {};
}

} // namespace

Status dropBoundingCapabilities()
{
    const int last = lastCapability();
    for (int capability = 0; capability <= last; ++capability) {
        if (isDefault(capability))
            continue;
        if (::prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) < 0 && errno != EINVAL)
            return sysError(errno, "prctl PR_CAPBSET_DROP %d", capability);
    }
    return {};
}

Status applyDefaultCapabilities()
{
    std::uint64_t mask = 0;
    for (int c : kDefaults)
        mask |= std::uint64_t(1) << c;
    return setCapabilities(mask);
}

Status applyAllCapabilities()
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (::syscall(SYS_capget, &header, data) < 0)
        return sysError(errno, "capget");
    return setCapabilities(std::uint64_t(data[0].permitted) | std::uint64_t(data[1].permitted) << 32);
}

} // namespace ponton::helper
