#pragma once

#include "common/error.h"
#include "runtime/filedescriptor.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace Ponton::Runtime {

// The client side of runtime/PROTOCOL.md: one SOCK_SEQPACKET connection to ponton-helper, one
// request at a time (requests block; call them from worker threads, never the GUI thread).
class HelperConnection
{
public:
    struct Reply {
        QJsonObject result;
        std::vector<FileDescriptor> fds;
    };

    static Result<HelperConnection> connectTo(const QString &socketPath);

    // Sends {"id", "method", "params"} with fds (params refer to them by index) and waits for the reply.
    Result<Reply> call(const QString &method, const QJsonObject &params, const std::vector<int> &fds = {});
    int socket() const { return m_socket.get(); }

private:
    FileDescriptor m_socket;
    quint64 m_nextId = 1;
};

// The protocol's error codes (PROTOCOL.md) as Ponton's.
ErrorCode errorCodeFromProtocol(const QString &code);

} // namespace Ponton::Runtime
