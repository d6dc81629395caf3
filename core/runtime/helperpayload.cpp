#include "runtime/helperpayload.h"

#include "common/atomicfile.h"
#include "common/tr.h"

#include <QJsonDocument>

#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Runtime {

Result<QJsonObject> readPayload(const HelperConnection::Reply &reply)
{
    const int index = reply.result.value(u"payload"_s).toInt(-1);
    if (index < 0 || std::size_t(index) >= reply.fds.size())
        return fail(ErrorCode::Internal, Tr::tr("The runtime helper sent no result."), u"no payload descriptor"_s);
    QByteArray text;
    text.reserve(qsizetype(reply.result.value(u"bytes"_s).toInteger()));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(reply.fds[std::size_t(index)].get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(ErrorCode::Internal, Tr::tr("The runtime helper sent no result."), errnoText(errno));
        if (n == 0)
            break;
        text.append(buffer, n);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (!document.isObject())
        return fail(ErrorCode::Internal, Tr::tr("The runtime helper sent no result."), parseError.errorString());
    return document.object();
}

} // namespace Ponton::Runtime
