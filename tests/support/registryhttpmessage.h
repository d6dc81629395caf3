#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <atomic>

class QTcpSocket;

namespace Ponton::Test {

// One HTTP/1.1 request or response head, as the test servers of the registry fixture read and write it
// over blocking sockets (they run on their own threads, without an event loop).
struct RegistryHttpMessage {
    QByteArray startLine;                       // "GET /v2/ HTTP/1.1" or "HTTP/1.1 200 OK"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;                            // requests: the whole body (Content-Length)

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(const QByteArray &name);
    QByteArray method() const;
    QByteArray target() const;                  // request target: "/v2/x/blobs/sha256:..."
    int status() const;                         // responses
    qint64 contentLength() const;               // -1 when absent
    QByteArray serializeHead() const;

    // Reads a head (up to the blank line) from `socket`; `buffered` holds bytes read past it.
    // Returns false on timeout, close, or when `stop` becomes true.
    static bool readHead(QTcpSocket &socket, RegistryHttpMessage &message, QByteArray &buffered,
                         const std::atomic<bool> &stop, int timeoutMs = 10000);
    // Reads a request: head, then Content-Length bytes of body.
    static bool readRequest(QTcpSocket &socket, RegistryHttpMessage &message, QByteArray &buffered,
                            const std::atomic<bool> &stop);
    // Writes `data` and waits until the socket has sent it all (or the peer went away).
    static bool writeAll(QTcpSocket &socket, const QByteArray &data);
    static void writeResponse(QTcpSocket &socket, int status, const QByteArray &reason,
                              const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);
};

} // namespace Ponton::Test
