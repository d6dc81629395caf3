#pragma once

#include "support/registryhttpmessage.h"

#include <QMutex>
#include <QString>

#include <atomic>
#include <list>
#include <thread>

class QTcpSocket;

namespace Ponton::Test {

// A small threaded HTTP server on a free loopback port, for the registry fixture's helpers (token issuer,
// fault proxy). One thread accepts; each connection is served on its own thread with blocking sockets,
// so the server answers even while the test's own thread is blocked. Subclasses implement serve() and
// must call stop() in their destructor.
class RegistryTestServer
{
public:
    RegistryTestServer() = default;
    virtual ~RegistryTestServer();
    RegistryTestServer(const RegistryTestServer &) = delete;
    RegistryTestServer &operator=(const RegistryTestServer &) = delete;

    bool start();
    void stop();
    quint16 port() const { return m_port.load(); }
    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

protected:
    // Serves one request read from `client`. Return true to keep reading requests on this connection.
    virtual bool serve(QTcpSocket &client, const RegistryHttpMessage &request) = 0;
    const std::atomic<bool> &stopping() const { return m_stop; }

private:
    void acceptLoop(std::atomic<bool> &ready);
    void serveConnection(qintptr descriptor);

    std::atomic<bool> m_stop{false};
    std::atomic<quint16> m_port{0};
    std::thread m_acceptor;
    QMutex m_mutex;
    std::list<std::thread> m_workers;
};

} // namespace Ponton::Test
