#pragma once

#include "common/error.h"
#include "registry/httpresponse.h"
#include "registry/registryendpoint.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <functional>

class QIODevice;

namespace Ponton::Registry {

// One request to a registry, as RegistryCall sends it.
struct RegistryRequest {
    QByteArray method = "GET";
    RegistryEndpoint endpoint;
    QString path;          // "/v2/library/alpine/manifests/latest" (relative to the endpoint)
    QUrl url;              // or an absolute/relative URL the registry gave (an upload Location)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QIODevice *bodyDevice = nullptr; // streamed body (a blob upload); such requests are never resent
    QStringList scopes;    // "repository:library/alpine:pull"
    qint64 maxBodySize = 4 * 1024 * 1024;
    bool retryable = true; // resend on 429/5xx and connection errors (before any byte was streamed)

    // Streaming: when set, the body of a 2xx answer goes to onData chunk by chunk (never buffered);
    // onStreamStarted sees the status and headers first. An error from either aborts the request.
    std::function<Status(const HttpResponse &head)> onStreamStarted;
    std::function<Status(QByteArrayView chunk)> onData;
    // Uploads: bytes of the body sent so far.
    std::function<void(qint64 sent, qint64 total)> onUploadProgress;
};

} // namespace Ponton::Registry
