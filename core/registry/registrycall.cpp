#include "registry/registrycall.h"

#include "common/tr.h"
#include "registry/authchallenge.h"
#include "registry/registrysession.h"

#include <QDateTime>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

namespace {

constexpr int MaxRedirects = 10;
constexpr qint64 ReadChunk = 256 * 1024;
constexpr qint64 ReadBufferSize = 1024 * 1024;
constexpr int MaxRetryAfterMs = 60000;

// Retry-After: delay-seconds or an HTTP date; -1 when absent or unreadable.
int retryAfterMs(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qBound(0, seconds * 1000, MaxRetryAfterMs);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(when), qint64(MaxRetryAfterMs)));
}

} // namespace

RegistryCall *RegistryCall::start(RegistrySession *session, RegistryRequest request, Done done)
{
    auto *call = new RegistryCall(session, std::move(request), std::move(done));
    call->begin();
    return call;
}

RegistryCall::RegistryCall(RegistrySession *session, RegistryRequest request, Done done)
    : QObject(session), m_session(session), m_request(std::move(request)), m_done(std::move(done)),
      m_method(m_request.method)
{
}

void RegistryCall::cancel()
{
    if (m_finished)
        return;
    m_aborted = true;
    m_abortError = Error{ErrorCode::Canceled, Tr::tr("Canceled."), {}};
    if (m_reply)
        m_reply->abort();
    else
        finish(std::unexpected(m_abortError));
}

void RegistryCall::begin()
{
    m_session->resolve(m_request.endpoint, [self = QPointer(this)](Result<QUrl> base) {
        if (!self || self->m_finished)
            return;
        if (!base) {
            self->finish(std::unexpected(base.error()));
            return;
        }
        self->m_base = *base;
        self->m_url = self->m_request.url.isEmpty() ? base->resolved(QUrl(self->m_request.path))
                                                    : base->resolved(self->m_request.url);
        self->send();
    });
}

bool RegistryCall::sameOrigin(const QUrl &url) const
{
    return url.scheme() == m_base.scheme() && url.host() == m_base.host()
        && url.port(url.scheme() == u"https" ? 443 : 80) == m_base.port(m_base.scheme() == u"https" ? 443 : 80);
}

void RegistryCall::send()
{
    if (m_finished)
        return;
    if (!sameOrigin(m_url)) {
        sendAuthorized({}); // object storage and other hosts never see the registry's credentials
        return;
    }
    TokenAuthenticator *authenticator = m_session->authenticator();
    const QString host = m_request.endpoint.host;
    const QByteArray authorization = authenticator->authorization(host, m_request.scopes);
    if (!authorization.isEmpty() || !authenticator->hasChallenge(host)) {
        sendAuthorized(authorization);
        return;
    }
    authenticator->authorize(host, m_request.scopes, [self = QPointer(this), host](Status status) {
        if (!self || self->m_finished)
            return;
        if (!status) {
            self->finish(std::unexpected(status.error()));
            return;
        }
        self->sendAuthorized(self->m_session->authenticator()->authorization(host, self->m_request.scopes));
    });
}

void RegistryCall::sendAuthorized(const QByteArray &authorization)
{
    QNetworkRequest request(m_url);
    if (m_url.scheme() == u"https") // (building the TLS settings loads the TLS backend: not for plain HTTP)
        request.setSslConfiguration(m_session->tlsFor(m_request.endpoint.host));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(120000);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"ponton/" PONTON_VERSION ""_s);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    m_buffer.clear();
    m_streaming = false;
    if (m_request.bodyDevice)
        m_reply = m_session->network()->sendCustomRequest(request, m_method, m_request.bodyDevice);
    else if (m_method == "GET")
        m_reply = m_session->network()->get(request);
    else if (m_method == "HEAD")
        m_reply = m_session->network()->head(request);
    else
        m_reply = m_session->network()->sendCustomRequest(request, m_method, m_request.body);
    if (m_request.onData)
        m_reply->setReadBufferSize(ReadBufferSize);
    if (m_request.onUploadProgress)
        connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) { m_request.onUploadProgress(sent, total); });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RegistryCall::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &RegistryCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RegistryCall::onFinished);
}

HttpResponse RegistryCall::headOf(QNetworkReply *reply) const
{
    HttpResponse head;
    head.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    head.headers = reply->rawHeaderPairs();
    head.url = reply->url();
    return head;
}

void RegistryCall::onMetaData()
{
    // A reply that was already finished or replaced (a retry) can still deliver a late signal.
    if (!m_reply || (sender() && sender() != m_reply))
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_request.onData || status < 200 || status >= 300 || m_streaming)
        return;
    m_streaming = true;
    if (m_request.onStreamStarted) {
        if (Status ok = m_request.onStreamStarted(headOf(m_reply)); !ok) {
            m_aborted = true;
            m_abortError = ok.error();
            m_reply->abort();
        }
    }
}

void RegistryCall::onReadyRead()
{
    if (!m_reply || (sender() && sender() != m_reply))
        return;
    if (m_aborted)
        return;
    if (m_streaming) {
        while (m_reply->bytesAvailable() > 0) {
            const QByteArray chunk = m_reply->read(ReadChunk);
            m_streamed += chunk.size();
            if (Status ok = m_request.onData(chunk); !ok) {
                m_aborted = true;
                m_abortError = ok.error();
                m_reply->abort();
                return;
            }
        }
        return;
    }
    m_buffer += m_reply->readAll();
    if (m_buffer.size() > m_request.maxBodySize) {
        m_aborted = true;
        m_abortError = Error{ErrorCode::InvalidArgument, Tr::tr("The registry sent more data than expected."),
                             u"%1 %2: body over %3 bytes"_s.arg(QString::fromLatin1(m_method), m_url.toString())
                                 .arg(m_request.maxBodySize)};
        m_reply->abort();
    }
}

void RegistryCall::onFinished()
{
    if (!m_reply || (sender() && sender() != m_reply))
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_aborted) {
        finish(std::unexpected(m_abortError));
        return;
    }
    onReadyReadFrom(reply);
    if (m_aborted) {
        finish(std::unexpected(m_abortError));
        return;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool transportError = reply->error() != QNetworkReply::NoError
        && (!statusAttribute.isValid() || reply->error() < QNetworkReply::ContentAccessDenied);
    if (transportError) {
        const QString detail = u"%1 %2: %3"_s.arg(QString::fromLatin1(m_method), m_url.toString(), reply->errorString());
        if (m_streamed == 0 && !m_streaming && handleRetry(0, {}))
            return;
        finish(fail(ErrorCode::Unavailable, Tr::tr("The connection to %1 failed.").arg(m_url.host()), detail));
        return;
    }
    HttpResponse response = headOf(reply);
    response.body = m_buffer;
    if (response.status == 401 && handleAuthChallenge(response))
        return;
    if (handleRedirect(response))
        return;
    if (!m_streaming && handleRetry(response.status, response.header("Retry-After")))
        return;
    finish(response);
}

void RegistryCall::onReadyReadFrom(QNetworkReply *reply)
{
    if (reply->bytesAvailable() <= 0)
        return;
    QPointer<QNetworkReply> previous = m_reply;
    m_reply = reply;
    onReadyRead();
    m_reply = previous;
}

bool RegistryCall::handleAuthChallenge(const HttpResponse &response)
{
    if (m_reauthorized || !sameOrigin(response.url))
        return false;
    const AuthChallenge challenge = AuthChallenge::preferred(AuthChallenge::parse(response.header("WWW-Authenticate")));
    if (challenge.scheme.isEmpty())
        return false;
    m_reauthorized = true;
    TokenAuthenticator *authenticator = m_session->authenticator();
    const QString host = m_request.endpoint.host;
    authenticator->invalidate(host, m_request.scopes);
    authenticator->learnChallenge(host, challenge);
    const QString asked = challenge.scope();
    for (const QString &scope : asked.split(u' ', Qt::SkipEmptyParts)) {
        if (!m_request.scopes.contains(scope))
            m_request.scopes.append(scope);
    }
    if (m_request.bodyDevice && !m_request.bodyDevice->seek(0))
        return false;
    authenticator->authorize(host, m_request.scopes, [self = QPointer(this), host, response](Status status) {
        if (!self || self->m_finished)
            return;
        if (!status) {
            self->finish(std::unexpected(status.error()));
            return;
        }
        self->sendAuthorized(self->m_session->authenticator()->authorization(host, self->m_request.scopes));
    });
    return true;
}

bool RegistryCall::handleRedirect(const HttpResponse &response)
{
    const int status = response.status;
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return false;
    const QByteArray location = response.header("Location");
    if (location.isEmpty() || ++m_redirects > MaxRedirects)
        return false;
    if (m_request.bodyDevice && (status < 307 || !m_request.bodyDevice->seek(0)))
        return false;
    m_url = response.url.resolved(QUrl::fromEncoded(location));
    if (status == 303 || ((status == 301 || status == 302) && m_method == "POST"))
        m_method = "GET";
    send();
    return true;
}

bool RegistryCall::handleRetry(int status, const QByteArray &retryAfter)
{
    const bool retriable = status == 0 || status == 429 || status == 500 || status == 502 || status == 503
        || status == 504;
    if (!retriable || !m_request.retryable || m_request.bodyDevice)
        return false;
    if (m_attempt + 1 >= m_session->config().maxDownloadAttempts)
        return false;
    int delay = retryAfterMs(retryAfter);
    if (delay < 0)
        delay = m_session->config().retryDelayMs << qMin(m_attempt, 6);
    ++m_attempt;
    QTimer::singleShot(delay, this, [this] { send(); });
    return true;
}

void RegistryCall::finish(Result<HttpResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    const Done done = std::move(m_done);
    deleteLater();
    done(std::move(result));
}

} // namespace Ponton::Registry
