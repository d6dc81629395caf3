#include "common/detachkeys.h"

#include "common/tr.h"

namespace Ponton {

namespace {

// The control character of `ctrl-<key>`, or -1: ctrl-@ is 0, ctrl-a 1 … ctrl-z 26, then [ \ ] ^ _.
int controlCode(QStringView key)
{
    if (!key.startsWith(u"ctrl-") || key.size() != 6)
        return -1;
    const char16_t c = key.at(5).unicode();
    if (c >= u'a' && c <= u'z')
        return c - u'a' + 1;
    if (c == u'@' || (c >= u'[' && c <= u'_'))
        return c - u'@';
    return -1;
}

} // namespace

QByteArray DetachKeys::defaultSequence()
{
    return QByteArray("\x10\x11", 2);
}

Result<QByteArray> DetachKeys::parse(const QString &specification)
{
    if (specification.isEmpty())
        return defaultSequence();
    QByteArray sequence;
    for (QStringView key : QStringView(specification).split(u',')) {
        if (key.size() == 1 && key.at(0).unicode() < 0x80) {
            sequence.append(char(key.at(0).unicode()));
            continue;
        }
        const int code = controlCode(key);
        if (code < 0)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("invalid detach keys (%1): unknown key '%2'; use a character or ctrl-<a-z, @, [, \\, ], ^ or _>, separated by commas")
                            .arg(specification, key.toString()));
        sequence.append(char(code));
    }
    return sequence;
}

} // namespace Ponton
