#pragma once

// The "alpine" of the tutorial tests: Debian's busybox-static (tests/support's BusyboxLayer) plus a second
// layer with /sbin/apk, a small shell script standing in for Alpine's package manager offline:
// `apk update` writes an index, `apk add NAME` installs an executable /usr/bin/NAME. The tutorial's real
// commands (RUN apk update, apk add curl) then run for real in containers without the Internet.

#include "support/busyboxlayer.h"
#include "support/imagefixture.h"

#include "store/imagestore.h"

namespace Ponton::Test {

// A ustar archive of regular files (name, content, mode), owner root, time 0.
inline QByteArray ustarFiles(const QList<std::tuple<QByteArray, QByteArray, int>> &files)
{
    QByteArray tar;
    for (const auto &[name, content, mode] : files) {
        QByteArray header(512, '\0');
        const auto put = [&header](int offset, const QByteArray &value) {
            header.replace(offset, value.size(), value);
        };
        put(0, name);
        put(100, QByteArray::number(mode, 8).rightJustified(7, '0'));
        put(108, "0000000");
        put(116, "0000000");
        put(124, QByteArray::number(content.size(), 8).rightJustified(11, '0'));
        put(136, "00000000000");
        put(148, "        ");
        header[156] = '0';
        put(257, QByteArray("ustar\0", 6));
        put(263, "00");
        unsigned sum = 0;
        for (const char c : header)
            sum += static_cast<unsigned char>(c);
        put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
        tar += header;
        tar += content;
        tar += QByteArray((512 - content.size() % 512) % 512, '\0');
    }
    tar += QByteArray(1024, '\0');
    return tar;
}

inline QByteArray offlineApkScript()
{
    return "#!/bin/sh\n"
           "# Offline stand-in of Alpine's apk for Ponton's tests.\n"
           "case \"$1\" in\n"
           "update) mkdir -p /var/cache/apk && echo 'offline index' > /var/cache/apk/APKINDEX"
           " && echo 'OK: 1 distinct packages available' ;;\n"
           "add) shift; mkdir -p /usr/bin; for p in \"$@\"; do"
           " printf '#!/bin/sh\\necho %s (offline stand-in)\\n' \"$p\" > \"/usr/bin/$p\";"
           " chmod 755 \"/usr/bin/$p\"; echo \"Installing $p\"; done; echo 'OK: 2 packages' ;;\n"
           "*) echo \"apk: $1: not in the offline stand-in\" >&2; exit 1 ;;\n"
           "esac\n";
}

inline Result<Store::ImageRecord> createOfflineAlpine(const Store::ImageStore &store, const QStringList &tags)
{
    using namespace Qt::StringLiterals;
    Result<QByteArray> baseTar = BusyboxLayer::tar();
    if (!baseTar)
        return std::unexpected(baseTar.error());
    return ImageFixture::createFromLayers(store,
                                          {{*baseTar, u"/bin/sh -c #(nop) ADD file:busybox in / "_s},
                                           {ustarFiles({{"sbin/apk", offlineApkScript(), 0755}}),
                                            u"/bin/sh -c #(nop) ADD file:apk in /sbin/apk "_s}},
                                          tags);
}

} // namespace Ponton::Test
