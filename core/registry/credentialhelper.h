#pragma once

#include "common/error.h"
#include "registry/credentials.h"

#include <QString>

namespace Ponton::Registry {

// A docker-credential-NAME program, spoken to as Docker does:
//   get    stdin: server URL            stdout: {"ServerURL","Username","Secret"}
//   store  stdin: {"ServerURL","Username","Secret"}
//   erase  stdin: server URL
// "credentials not found" on `get` is an empty result, not an error. Blocking: call it from a worker.
class CredentialHelper
{
public:
    explicit CredentialHelper(const QString &name) : m_name(name) {}

    QString program() const { return QStringLiteral("docker-credential-") + m_name; }
    Result<Credentials> get(const QString &serverUrl) const;
    Status store(const QString &serverUrl, const Credentials &credentials) const;
    Status erase(const QString &serverUrl) const;

private:
    Result<QByteArray> run(const QString &verb, const QByteArray &input) const;

    QString m_name;
};

} // namespace Ponton::Registry
