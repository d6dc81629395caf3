#pragma once

#include "support/registrytestserver.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

namespace Ponton::Test {

// A proxy in front of the fixture's registry (plain HTTP on both sides) that misbehaves on request:
// each injected fault applies to the next `times` requests whose method and path match. It also runs a
// second listener, the "object storage", that blob GETs can be redirected to (a presigned-URL style
// redirect: the storage forwards with the registry credentials the proxy remembered, so it must never
// receive an Authorization header itself). Every request is logged for the tests' assertions.
class RegistryFaultProxy : public RegistryTestServer
{
public:
    enum class Fault {
        DropMidBody,        // send half of the body, then close the connection
        CorruptByte,        // flip one byte in the middle of the body
        ServiceUnavailable, // 503 without asking the registry
        TooManyRequests,    // 429 with Retry-After: `retryAfterSeconds`
        RedirectToStorage,  // 307 to the storage listener
        WrongContentDigest, // replace Docker-Content-Digest with another digest
        StripAuthorization, // forward without Authorization (the registry answers 401 with its challenge)
        Throttle,           // send the body slowly (64 KiB every 50 ms)
    };
    struct Seen {
        QByteArray method;
        QByteArray target;
        QByteArray range;
        bool authorization = false;
        bool storage = false;   // received by the storage listener
        bool faulted = false;
    };

    explicit RegistryFaultProxy(quint16 upstreamPort);
    ~RegistryFaultProxy() override;

    bool start();
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }
    void inject(Fault fault, const QByteArray &method, const QString &pathPattern, int times = 1,
                int retryAfterSeconds = 1);
    void clearFaults();
    QList<Seen> requests() const;
    // Requests whose target contains `fragment` (e.g. a digest), optionally of one method.
    QList<Seen> requestsFor(const QString &fragment, const QByteArray &method = {}) const;

protected:
    bool serve(QTcpSocket &client, const RegistryHttpMessage &request) override;

private:
    class Storage;
    struct Injected { Fault fault; QByteArray method; QRegularExpression path; int remaining; int retryAfter; };
    std::optional<Fault> takeFault(const RegistryHttpMessage &request, int *retryAfter);
    void log(const RegistryHttpMessage &request, bool storage, bool faulted);
    bool forward(QTcpSocket &client, RegistryHttpMessage request, std::optional<Fault> fault);
    void streamBody(QTcpSocket &client, QTcpSocket &upstream, QByteArray body, qint64 length,
                    std::optional<Fault> fault);
    bool redirect(QTcpSocket &client, const RegistryHttpMessage &request);
    bool serveStorage(QTcpSocket &client, const RegistryHttpMessage &request);

    quint16 m_upstreamPort;
    std::unique_ptr<Storage> m_storage;
    mutable QMutex m_stateMutex;
    QList<Injected> m_faults;
    QList<Seen> m_seen;
    QHash<QByteArray, RegistryHttpMessage> m_presigned;
    int m_nextId = 0;
};

} // namespace Ponton::Test
