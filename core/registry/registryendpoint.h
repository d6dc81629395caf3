#pragma once

#include <QString>
#include <QUrl>

namespace Ponton::Registry {

// Where requests for one registry domain go: the registry itself or a mirror of it.
struct RegistryEndpoint {
    QString domain;        // the reference's domain: "docker.io", "127.0.0.1:5000"
    QString host;          // host[:port] the requests go to: "registry-1.docker.io", a mirror's
    bool mirror = false;
    bool plainHttpAllowed = false; // loopback, or listed as insecure
    QString forcedScheme;  // "http" / "https" when the configuration says so (mirror URLs); else probed

    friend bool operator==(const RegistryEndpoint &, const RegistryEndpoint &) = default;
};

} // namespace Ponton::Registry
