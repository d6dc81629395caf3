#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Ponton::Registry {

// The final answer to one registry request (after authentication, retries and redirects).
struct HttpResponse {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;   // empty when the body was streamed to a sink
    QUrl url;          // the URL that answered (after redirects)

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace Ponton::Registry
