#include "engine/remotefiledownloader.h"

#include "common/tr.h"
#include "registry/environmentproxy.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Ponton {

namespace {

constexpr int TransferTimeoutMs = 120000;

// filename="a b.txt" or filename=a.txt of a Content-Disposition header.
QString dispositionName(const QByteArray &header)
{
    static const QRegularExpression name(uR"re(filename\s*=\s*(?:"([^"]*)"|([^;\s]+)))re"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = name.match(QString::fromUtf8(header));
    if (!match.hasMatch())
        return {};
    return match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
}

} // namespace

Result<Build::RemoteFile> RemoteFileDownloader::download(const QString &url, const std::function<bool()> &canceled)
{
    // Through the proxies of the environment, as Docker's builder.
    const Registry::EnvironmentProxy proxy;
    if (const Result<QNetworkProxy> usable = proxy.proxyFor(QUrl(url)); !usable)
        return std::unexpected(usable.error());
    QNetworkAccessManager manager;
    manager.setProxyFactory(new Registry::EnvironmentProxyFactory(proxy));
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ponton/" PONTON_VERSION));
    Build::RemoteFile file;
    file.file = std::make_shared<QTemporaryFile>();
    if (!file.file->open())
        return fail(ErrorCode::Internal, Tr::tr("cannot create a file for the download of %1").arg(url), file.file->errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool writeFailed = false;
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    auto store = [&] {
        const QByteArray chunk = reply->readAll();
        hash.addData(chunk);
        writeFailed = writeFailed || file.file->write(chunk) != chunk.size();
    };
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, store);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    bool wasCanceled = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (canceled && canceled()) {
            wasCanceled = true;
            reply->abort();
        }
    });
    poll.start(100);
    if (!reply->isFinished())
        loop.exec();
    if (wasCanceled)
        return fail(ErrorCode::Canceled, Tr::tr("canceled"));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        if (status >= 400)
            return fail(ErrorCode::NotFound, Tr::tr("invalid response status %1").arg(status));
        if (const QString through = proxy.describe(QUrl(url)); !through.isEmpty())
            return fail(ErrorCode::Unavailable, Tr::tr("%1 (through the proxy %2)").arg(reply->errorString(), through));
        return fail(ErrorCode::Unavailable, reply->errorString());
    }
    store();
    if (writeFailed || !file.file->flush())
        return fail(ErrorCode::Internal, Tr::tr("cannot write the download of %1").arg(url), file.file->errorString());
    file.sha256 = u"sha256:"_s + QString::fromLatin1(hash.result().toHex());
    const QDateTime modified = reply->header(QNetworkRequest::LastModifiedHeader).toDateTime();
    if (modified.isValid())
        file.lastModified = modified.toSecsSinceEpoch();
    file.dispositionName = dispositionName(reply->rawHeader("Content-Disposition"));
    return file;
}

} // namespace Ponton
