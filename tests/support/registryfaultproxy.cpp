#include "support/registryfaultproxy.h"

#include <QTcpSocket>
#include <QDateTime>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ponton::Test {

// The storage listener: serves /storage/ID by forwarding the request the proxy remembered under ID.
class RegistryFaultProxy::Storage : public RegistryTestServer
{
public:
    explicit Storage(RegistryFaultProxy &proxy) : m_proxy(proxy) {}
    ~Storage() override { stop(); }

protected:
    bool serve(QTcpSocket &client, const RegistryHttpMessage &request) override
    {
        return m_proxy.serveStorage(client, request);
    }

private:
    RegistryFaultProxy &m_proxy;
};

RegistryFaultProxy::RegistryFaultProxy(quint16 upstreamPort)
    : m_upstreamPort(upstreamPort), m_storage(std::make_unique<Storage>(*this))
{
}

RegistryFaultProxy::~RegistryFaultProxy()
{
    stop();
    m_storage->stop();
}

bool RegistryFaultProxy::start()
{
    return m_storage->start() && RegistryTestServer::start();
}

void RegistryFaultProxy::inject(Fault fault, const QByteArray &method, const QString &pathPattern, int times,
                                int retryAfterSeconds)
{
    QMutexLocker lock(&m_stateMutex);
    m_faults.append({fault, method, QRegularExpression(pathPattern), times, retryAfterSeconds});
}

void RegistryFaultProxy::clearFaults()
{
    QMutexLocker lock(&m_stateMutex);
    m_faults.clear();
}

QList<RegistryFaultProxy::Seen> RegistryFaultProxy::requests() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_seen;
}

QList<RegistryFaultProxy::Seen> RegistryFaultProxy::requestsFor(const QString &fragment, const QByteArray &method) const
{
    QList<Seen> matching;
    for (const Seen &seen : requests()) {
        if (seen.target.contains(fragment.toLatin1()) && (method.isEmpty() || seen.method == method))
            matching.append(seen);
    }
    return matching;
}

std::optional<RegistryFaultProxy::Fault> RegistryFaultProxy::takeFault(const RegistryHttpMessage &request,
                                                                        int *retryAfter)
{
    QMutexLocker lock(&m_stateMutex);
    const QString path = QUrl(QString::fromLatin1(request.target())).path();
    for (Injected &injected : m_faults) {
        if (injected.remaining <= 0 || (!injected.method.isEmpty() && injected.method != request.method()))
            continue;
        if (!injected.path.match(path).hasMatch())
            continue;
        --injected.remaining;
        *retryAfter = injected.retryAfter;
        return injected.fault;
    }
    return std::nullopt;
}

void RegistryFaultProxy::log(const RegistryHttpMessage &request, bool storage, bool faulted)
{
    QMutexLocker lock(&m_stateMutex);
    if (qEnvironmentVariableIsSet("PONTON_PROXY_TRACE"))
        qInfo("%lld %s", QDateTime::currentMSecsSinceEpoch() % 100000, request.startLine.constData());
    m_seen.append({request.method(), request.target(), request.header("Range"),
                   !request.header("Authorization").isEmpty(), storage, faulted});
}

bool RegistryFaultProxy::serve(QTcpSocket &client, const RegistryHttpMessage &request)
{
    int retryAfter = 1;
    const std::optional<Fault> fault = takeFault(request, &retryAfter);
    log(request, false, fault.has_value());
    if (fault == Fault::ServiceUnavailable) {
        RegistryHttpMessage::writeResponse(client, 503, "Service Unavailable", {{"Content-Type", "application/json"}},
                                           R"({"errors":[{"code":"UNAVAILABLE","message":"injected"}]})");
        return false;
    }
    if (fault == Fault::TooManyRequests) {
        RegistryHttpMessage::writeResponse(client, 429, "Too Many Requests",
                                           {{"Retry-After", QByteArray::number(retryAfter)}},
                                           R"({"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]})");
        return false;
    }
    if (fault == Fault::RedirectToStorage)
        return redirect(client, request);
    RegistryHttpMessage forwarded = request;
    if (fault == Fault::StripAuthorization)
        forwarded.removeHeader("Authorization");
    return forward(client, forwarded, fault);
}

bool RegistryFaultProxy::redirect(QTcpSocket &client, const RegistryHttpMessage &request)
{
    QByteArray id;
    {
        QMutexLocker lock(&m_stateMutex);
        id = QByteArray::number(++m_nextId);
        m_presigned.insert(id, request);
    }
    const QByteArray location = m_storage->origin().toLatin1() + "/storage/" + id + "?signature=test";
    RegistryHttpMessage::writeResponse(client, 307, "Temporary Redirect", {{"Location", location}}, {});
    return false;
}

bool RegistryFaultProxy::serveStorage(QTcpSocket &client, const RegistryHttpMessage &request)
{
    log(request, true, false);
    const QByteArray id = QUrl(QString::fromLatin1(request.target())).path().section(u'/', 2, 2).toLatin1();
    RegistryHttpMessage original;
    {
        QMutexLocker lock(&m_stateMutex);
        original = m_presigned.value(id);
    }
    if (original.startLine.isEmpty()) {
        RegistryHttpMessage::writeResponse(client, 404, "Not Found", {}, "no such object");
        return false;
    }
    // The storage honours the client's own Range, with the credentials the presigned URL stands for.
    original.removeHeader("Range");
    if (const QByteArray range = request.header("Range"); !range.isEmpty())
        original.setHeader("Range", range);
    return forward(client, original, std::nullopt);
}

bool RegistryFaultProxy::forward(QTcpSocket &client, RegistryHttpMessage request, std::optional<Fault> fault)
{
    QTcpSocket upstream;
    upstream.connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    if (!upstream.waitForConnected(5000))
        return false;
    request.setHeader("Connection", "close");
    if (!RegistryHttpMessage::writeAll(upstream, request.serializeHead() + request.body))
        return false;
    RegistryHttpMessage response;
    QByteArray body;
    if (!RegistryHttpMessage::readHead(upstream, response, body, stopping(), 30000))
        return false;
    if (fault == Fault::WrongContentDigest && !response.header("Docker-Content-Digest").isEmpty())
        response.setHeader("Docker-Content-Digest", "sha256:" + QByteArray(64, 'e'));
    response.setHeader("Connection", "close");
    if (!RegistryHttpMessage::writeAll(client, response.serializeHead()))
        return false;
    const bool hasBody = request.method() != "HEAD" && response.status() != 204 && response.status() != 304;
    if (hasBody)
        streamBody(client, upstream, body, response.contentLength(), fault);
    return false;
}

void RegistryFaultProxy::streamBody(QTcpSocket &client, QTcpSocket &upstream, QByteArray body, qint64 length,
                                    std::optional<Fault> fault)
{
    qint64 sent = 0;
    while (length < 0 || sent < length) {
        if (body.isEmpty()) {
            if (!upstream.waitForReadyRead(30000) && upstream.bytesAvailable() == 0)
                return;
            body = upstream.readAll();
            continue;
        }
        if (length > 0 && sent + body.size() > length)
            body.truncate(length - sent);
        const qint64 middle = length / 2;
        if (fault == Fault::CorruptByte && length > 0 && sent <= middle && middle < sent + body.size())
            body[middle - sent] = char(body[middle - sent] ^ 0x5a);
        if (fault == Fault::DropMidBody && length > 0 && sent + body.size() >= middle) {
            RegistryHttpMessage::writeAll(client, body.left(middle - sent));
            client.abort();
            return;
        }
        const QByteArray piece = fault == Fault::Throttle ? body.left(64 * 1024) : body;
        body.remove(0, piece.size());
        if (!RegistryHttpMessage::writeAll(client, piece) || stopping().load())
            return;
        sent += piece.size();
        if (fault == Fault::Throttle)
            QThread::msleep(50);
    }
}

} // namespace Ponton::Test
