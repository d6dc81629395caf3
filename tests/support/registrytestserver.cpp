#include "support/registrytestserver.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace Ponton::Test {

namespace {

// Hands every accepted socket descriptor to a callback instead of queueing a QTcpSocket.
class DescriptorServer : public QTcpServer
{
public:
    explicit DescriptorServer(std::function<void(qintptr)> onConnection) : m_onConnection(std::move(onConnection)) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onConnection(descriptor); }

private:
    std::function<void(qintptr)> m_onConnection;
};

} // namespace

RegistryTestServer::~RegistryTestServer()
{
    stop();
}

bool RegistryTestServer::start()
{
    std::atomic<bool> ready{false};
    m_stop.store(false);
    m_acceptor = std::thread([this, &ready] { acceptLoop(ready); });
    while (!ready.load())
        std::this_thread::yield();
    return m_port.load() != 0;
}

void RegistryTestServer::stop()
{
    m_stop.store(true);
    if (m_acceptor.joinable())
        m_acceptor.join();
    std::list<std::thread> workers;
    {
        QMutexLocker lock(&m_mutex);
        workers.swap(m_workers);
    }
    for (std::thread &worker : workers)
        worker.join();
}

void RegistryTestServer::acceptLoop(std::atomic<bool> &ready)
{
    DescriptorServer server([this](qintptr descriptor) {
        QMutexLocker lock(&m_mutex);
        m_workers.emplace_back([this, descriptor] { serveConnection(descriptor); });
    });
    if (server.listen(QHostAddress::LocalHost, 0))
        m_port.store(server.serverPort());
    ready.store(true);
    if (!server.isListening())
        return;
    while (!m_stop.load())
        server.waitForNewConnection(50);
}

void RegistryTestServer::serveConnection(qintptr descriptor)
{
    QTcpSocket client;
    if (!client.setSocketDescriptor(descriptor))
        return;
    QByteArray buffered;
    RegistryHttpMessage request;
    while (!m_stop.load() && RegistryHttpMessage::readRequest(client, request, buffered, m_stop)) {
        if (!serve(client, request))
            break;
    }
    client.disconnectFromHost();
    if (client.state() != QAbstractSocket::UnconnectedState)
        client.waitForDisconnected(1000);
}

} // namespace Ponton::Test
