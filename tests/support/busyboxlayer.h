#pragma once

#include "common/error.h"
#include "reference/digest.h"

#include <QByteArray>
#include <QStringList>

namespace Ponton::Test {

// A one-layer "alpine-like" root file system made offline from Debian's busybox-static:
// /bin/busybox plus applet symlinks (sh, ls, cat, echo, ...), /etc/passwd, /etc/group (root, nobody,
// a user "ponton" 1000:1000), /tmp (1777), /root. Deterministic: fixed times, root-owned.
class BusyboxLayer
{
public:
    // True when /bin/busybox is installed (tests skip otherwise).
    static bool isAvailable();
    static QStringList applets();

    // The layer as an uncompressed tar, and its diff_id.
    static Result<QByteArray> tar();
    static Result<Digest> diffId();
    // The same tar gzip-compressed (media type application/vnd.oci.image.layer.v1.tar+gzip).
    static Result<QByteArray> gzipTar();
};

} // namespace Ponton::Test
