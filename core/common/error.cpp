#include "common/error.h"

using namespace Qt::StringLiterals;

namespace Ponton {

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + u" (" + detail + u')';
}

Error &&Error::withContext(const QString &context) &&
{
    detail = detail.isEmpty() ? context : context + u": " + detail;
    return std::move(*this);
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound: return u"not found"_s;
    case ErrorCode::AlreadyExists: return u"already exists"_s;
    case ErrorCode::InvalidArgument: return u"invalid argument"_s;
    case ErrorCode::Unauthorized: return u"unauthorized"_s;
    case ErrorCode::Unavailable: return u"unavailable"_s;
    case ErrorCode::DigestMismatch: return u"digest mismatch"_s;
    case ErrorCode::Conflict: return u"conflict"_s;
    case ErrorCode::Canceled: return u"canceled"_s;
    case ErrorCode::PermissionDenied: return u"permission denied"_s;
    case ErrorCode::Internal: return u"internal"_s;
    }
    return u"internal"_s;
}

} // namespace Ponton
