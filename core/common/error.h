#pragma once

#include <QMetaType>
#include <QString>

#include <expected>

namespace Ponton {

// The few categories callers switch on (containerd's errdefs, in Ponton's words).
enum class ErrorCode {
    NotFound,
    AlreadyExists,
    InvalidArgument,
    Unauthorized,
    Unavailable,
    DigestMismatch,
    Conflict,
    Canceled,
    PermissionDenied,
    Internal,
};

// message: for people, translated, already with its %1 arguments filled in.
// detail: technical context (errno text, HTTP status, what was being done); English.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;

    // "message (detail)" or just the message when there is no detail.
    QString toString() const;
    // Adds context in front of the detail: "rename temporary blob: <old detail>".
    Error &&withContext(const QString &context) &&;
};

QString errorCodeName(ErrorCode code);

template<typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, const QString &message, const QString &detail = {})
{
    return std::unexpected(Error{code, message, detail});
}

} // namespace Ponton

Q_DECLARE_METATYPE(Ponton::Error)
