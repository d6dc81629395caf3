#include "reference/digest.h"

#include "common/tr.h"
#include "reference/sha256hasher.h"

namespace Ponton {

bool Digest::isSha256Hex(QStringView hex)
{
    if (hex.size() != 64)
        return false;
    for (QChar c : hex) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool lower = c >= u'a' && c <= u'f';
        if (!digit && !lower)
            return false;
    }
    return true;
}

Result<Digest> Digest::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("invalid digest \"%1\": missing algorithm").arg(text));
    const QStringView algorithm = QStringView(text).left(colon);
    const QStringView hex = QStringView(text).mid(colon + 1);
    if (algorithm != u"sha256")
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("unsupported digest algorithm \"%1\" in \"%2\"").arg(algorithm.toString(), text));
    if (!isSha256Hex(hex))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("invalid digest \"%1\": expected 64 lower-case hex characters").arg(text));
    return Digest(hex.toString());
}

Digest Digest::fromSha256Bytes(const QByteArray &raw)
{
    return Digest(QString::fromLatin1(raw.toHex()));
}

Digest Digest::ofData(const QByteArray &data)
{
    Sha256Hasher hasher;
    hasher.addData(data);
    return hasher.finish();
}

} // namespace Ponton
