#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace Ponton {

// Docker's detach keys (`--detach-keys`, `detachKeys` of the client configuration): comma-separated keys,
// each one plain character or `ctrl-<a-z|@|[|\|]|^|_>`, e.g. `ctrl-x,x`; the bytes a terminal sends for
// them, in order. Typing them all in a row detaches from a container's terminal.
class DetachKeys
{
public:
    // Ctrl-P Ctrl-Q.
    static QByteArray defaultSequence();
    // An empty specification is the default sequence; an unknown key fails naming the specification.
    static Result<QByteArray> parse(const QString &specification);
};

} // namespace Ponton
