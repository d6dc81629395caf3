#include "support/registryhttpmessage.h"

#include <QTcpSocket>

namespace Ponton::Test {

QByteArray RegistryHttpMessage::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void RegistryHttpMessage::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
}

void RegistryHttpMessage::removeHeader(const QByteArray &name)
{
    headers.removeIf([&](const auto &pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray RegistryHttpMessage::method() const
{
    return startLine.split(' ').value(0);
}

QByteArray RegistryHttpMessage::target() const
{
    return startLine.split(' ').value(1);
}

int RegistryHttpMessage::status() const
{
    return startLine.split(' ').value(1).toInt();
}

qint64 RegistryHttpMessage::contentLength() const
{
    const QByteArray value = header("Content-Length");
    bool ok = false;
    const qint64 length = value.trimmed().toLongLong(&ok);
    return ok ? length : -1;
}

QByteArray RegistryHttpMessage::serializeHead() const
{
    QByteArray out = startLine + "\r\n";
    for (const auto &[key, value] : headers)
        out += key + ": " + value + "\r\n";
    return out + "\r\n";
}

static bool waitForMore(QTcpSocket &socket, const std::atomic<bool> &stop, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs && !stop.load(); waited += 50) {
        if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(50))
            return true;
        if (socket.state() != QAbstractSocket::ConnectedState)
            return socket.bytesAvailable() > 0;
    }
    return false;
}

bool RegistryHttpMessage::readHead(QTcpSocket &socket, RegistryHttpMessage &message, QByteArray &buffered,
                                   const std::atomic<bool> &stop, int timeoutMs)
{
    qsizetype end = buffered.indexOf("\r\n\r\n");
    while (end < 0) {
        if (!waitForMore(socket, stop, timeoutMs))
            return false;
        buffered += socket.readAll();
        // Not HTTP (a TLS ClientHello from a client probing HTTPS): refuse at once, as Go's server does.
        if (!buffered.isEmpty() && (buffered.at(0) < 'A' || buffered.at(0) > 'Z'))
            return false;
        end = buffered.indexOf("\r\n\r\n");
    }
    const QList<QByteArray> lines = buffered.left(end).split('\n');
    buffered.remove(0, end + 4);
    message = {};
    message.startLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            message.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    return true;
}

bool RegistryHttpMessage::readRequest(QTcpSocket &socket, RegistryHttpMessage &message, QByteArray &buffered,
                                      const std::atomic<bool> &stop)
{
    if (!readHead(socket, message, buffered, stop))
        return false;
    const qint64 length = qMax<qint64>(0, message.contentLength());
    while (buffered.size() < length) {
        if (!waitForMore(socket, stop, 10000))
            return false;
        buffered += socket.readAll();
    }
    message.body = buffered.left(length);
    buffered.remove(0, length);
    return true;
}

void RegistryHttpMessage::writeResponse(QTcpSocket &socket, int status, const QByteArray &reason,
                                        const QList<QPair<QByteArray, QByteArray>> &headers,
                                        const QByteArray &body)
{
    RegistryHttpMessage response;
    response.startLine = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason;
    response.headers = headers;
    response.setHeader("Content-Length", QByteArray::number(body.size()));
    response.setHeader("Connection", "close");
    writeAll(socket, response.serializeHead() + body);
}

bool RegistryHttpMessage::writeAll(QTcpSocket &socket, const QByteArray &data)
{
    socket.write(data);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(10000))
            return false;
    }
    return true;
}

} // namespace Ponton::Test
