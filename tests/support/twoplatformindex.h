#pragma once

#include "common/error.h"
#include "support/registrytestimage.h"

#include <QString>

namespace Ponton::Test {

class RegistryFixture;

// The registry tests' multi-platform image: an OCI index of an amd64 image (one layer) and an arm64 one
// (two layers), written as an OCI layout under `workDir` and pushed to `registry` as `repositoryTag` by
// skopeo. `seed` makes the images of different tests differ.
struct TwoPlatformIndex {
    RegistryTestImage amd64;
    RegistryTestImage arm64;
    Digest index;

    static Result<TwoPlatformIndex> push(const RegistryFixture &registry, const QString &workDir,
                                         const QString &repositoryTag, quint32 seed);
    // skopeo copy --all of `repositoryTag` from the registry to `destination` ("oci-archive:FILE:NAME",
    // "oci:DIR:NAME"): every platform, the index unchanged.
    static Status copyAll(const RegistryFixture &registry, const QString &repositoryTag, const QString &destination);
};

} // namespace Ponton::Test
