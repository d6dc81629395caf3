#include "support/twoplatformindex.h"

#include "support/registryfixture.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Ponton::Test {

Result<TwoPlatformIndex> TwoPlatformIndex::push(const RegistryFixture &registry, const QString &workDir,
                                                const QString &repositoryTag, quint32 seed)
{
    Result<RegistryTestImage> amd64 = RegistryTestImage::make({2048}, u"amd64"_s, seed);
    if (!amd64)
        return std::unexpected(amd64.error());
    Result<RegistryTestImage> arm64 = RegistryTestImage::make({3072, 1024}, u"arm64"_s, seed + 1);
    if (!arm64)
        return std::unexpected(arm64.error());
    const QString layout = QDir(workDir).filePath(u"layout-multi-%1"_s.arg(seed));
    Result<Digest> index = RegistryTestImage::writeLayout(layout, u"multi"_s, {*amd64, *arm64});
    if (!index)
        return std::unexpected(index.error());
    if (Status pushed = registry.skopeoCopyTo(u"oci:%1:multi"_s.arg(layout), repositoryTag); !pushed)
        return std::unexpected(pushed.error());
    return TwoPlatformIndex{*amd64, *arm64, *index};
}

Status TwoPlatformIndex::copyAll(const RegistryFixture &registry, const QString &repositoryTag, const QString &destination)
{
    return RegistryFixture::runTool(u"skopeo"_s, QStringList{u"--insecure-policy"_s, u"copy"_s, u"--all"_s, u"-q"_s}
                                                     + registry.skopeoOptions(u"src"_s)
                                                     + QStringList{u"docker://%1/%2"_s.arg(registry.hostPort(), repositoryTag), destination});
}

} // namespace Ponton::Test
