#pragma once

#include "common/error.h"
#include "registry/credentials.h"

#include <QJsonObject>
#include <QString>

namespace Ponton::Registry {

// Docker's client configuration, `$DOCKER_CONFIG/config.json` (default `~/.docker/config.json`):
//   "auths": {"HOST": {"auth": base64("user:password"), "identitytoken": "..."}}
//   "credsStore": "NAME"               a docker-credential-NAME for every registry
//   "credHelpers": {"HOST": "NAME"}    a helper for one registry (wins over credsStore)
//   "detachKeys": "ctrl-x,x"           the keys that detach from a container's terminal (read only)
// Docker Hub's key is "https://index.docker.io/v1/". Keys Ponton does not know are kept on save.
class DockerConfig
{
public:
    static QString defaultDirectory();
    // The key Docker files a registry domain under ("docker.io" -> "https://index.docker.io/v1/").
    static QString serverKey(const QString &registryDomain);
    // The registry domain a user names on `login`/`logout` ("https://host:5000/", "index.docker.io" ->
    // "host:5000", "docker.io"); empty names Docker Hub.
    static QString registryDomainOf(const QString &serverAddress);
    // Reads DIR/config.json; a missing file is an empty configuration.
    static Result<DockerConfig> load(const QString &directory = defaultDirectory());

    QString path() const;
    // The helper name for `registryDomain` (credHelpers, then credsStore), or empty.
    QString helperFor(const QString &registryDomain) const;
    // "detachKeys", or empty.
    QString detachKeys() const;
    // Empty Credentials when nothing is configured for the registry.
    Result<Credentials> credentials(const QString &registryDomain) const;
    // Stores in the helper when one is configured (and files an empty "auths" entry, as Docker does),
    // else base64 in "auths"; the file is written atomically with mode 0600.
    Status storeCredentials(const QString &registryDomain, const Credentials &credentials);
    // NotFound when nothing was stored for the registry.
    Status eraseCredentials(const QString &registryDomain);

private:
    QString authsKeyFor(const QString &registryDomain) const;
    Status save() const;

    QString m_directory;
    QJsonObject m_root;
};

} // namespace Ponton::Registry
