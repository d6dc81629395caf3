#pragma once

#include "common/error.h"
#include "registry/httpresponse.h"
#include "registry/registryrequest.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace Ponton::Registry {

class RegistrySession;

// One logical registry request, on the session's thread: resolves the endpoint, authorizes (Basic, or
// a Bearer token for the request's scopes; once more after a 401, with a fresh token), follows redirects
// itself so that Authorization never goes to another origin, and resends on 429 (after Retry-After)
// and 5xx with exponential backoff. Non-2xx answers are results, not errors; errors are transport
// failures, refused authentication and cancellation. The call deletes itself after `done`.
class RegistryCall : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<HttpResponse>)>;

    static RegistryCall *start(RegistrySession *session, RegistryRequest request, Done done);
    // Stops the request; `done` receives Canceled.
    void cancel();
    // Bytes given to onData so far.
    qint64 streamedBytes() const { return m_streamed; }

private:
    RegistryCall(RegistrySession *session, RegistryRequest request, Done done);
    void begin();
    void send();
    void sendAuthorized(const QByteArray &authorization);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onReadyReadFrom(QNetworkReply *reply);
    bool handleAuthChallenge(const HttpResponse &response);
    bool handleRedirect(const HttpResponse &response);
    bool handleRetry(int status, const QByteArray &retryAfter);
    void finish(Result<HttpResponse> result);
    bool sameOrigin(const QUrl &url) const;
    HttpResponse headOf(QNetworkReply *reply) const;

    RegistrySession *m_session;
    RegistryRequest m_request;
    Done m_done;
    QUrl m_base;
    QUrl m_url;
    QByteArray m_method;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    Error m_abortError;
    bool m_aborted = false;
    bool m_streaming = false;
    bool m_reauthorized = false;
    bool m_finished = false;
    int m_attempt = 0;
    int m_redirects = 0;
    qint64 m_streamed = 0;
};

} // namespace Ponton::Registry
