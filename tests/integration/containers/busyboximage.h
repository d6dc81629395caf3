#pragma once

// The "alpine" of the container tests: Debian's busybox-static as a one-layer image (tests/support's
// BusyboxLayer) registered in a store with a shell as its command, like alpine's.

#include "support/busyboxlayer.h"
#include "support/imagefixture.h"

#include "store/imagestore.h"

namespace Ponton::Test {

inline Result<Store::ImageRecord> createBusyboxImage(const Store::ImageStore &store, const QStringList &tags)
{
    using namespace Qt::StringLiterals;
    Result<QByteArray> tar = BusyboxLayer::tar();
    if (!tar)
        return std::unexpected(tar.error());
    return ImageFixture::createFromLayers(store, {{*tar, u"/bin/sh -c #(nop) ADD file:busybox in / "_s}}, tags);
}

} // namespace Ponton::Test
