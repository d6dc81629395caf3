#include "image/platform.h"

#include "common/tr.h"
#include "image/jsonfieldreader.h"
#include "image/jsonoverlay.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Ponton::Image {

namespace {

struct ArchVariant {
    QString architecture;
    QString variant;
};

// containerd's normalisation of architecture names and their variants.
ArchVariant normalizeArch(const QString &architecture, const QString &variant)
{
    const QString arch = architecture.toLower();
    const QString var = variant.toLower();
    if (arch == u"i386")
        return {u"386"_s, QString()};
    if (arch == u"x86_64" || arch == u"x86-64" || arch == u"amd64")
        return {u"amd64"_s, var == u"v1" ? QString() : var};
    if (arch == u"aarch64" || arch == u"arm64") {
        if (var == u"8" || var == u"v8" || var == u"v8.0")
            return {u"arm64"_s, QString()};
        return {u"arm64"_s, var};
    }
    if (arch == u"armhf")
        return {u"arm"_s, u"v7"_s};
    if (arch == u"armel")
        return {u"arm"_s, u"v6"_s};
    if (arch == u"arm") {
        if (var.isEmpty() || var == u"7")
            return {u"arm"_s, u"v7"_s};
        if (var == u"5" || var == u"6" || var == u"8")
            return {u"arm"_s, u'v' + var};
        return {u"arm"_s, var};
    }
    return {arch, var};
}

// Appends the variants of `architecture` older than `variant` in `ladder` (newest first).
void appendOlder(QList<ArchVariant> &list, const QString &architecture, const QStringList &ladder,
                 const QString &variant)
{
    const qsizetype from = ladder.indexOf(variant);
    for (qsizetype i = from < 0 ? ladder.size() : from + 1; i < ladder.size(); ++i)
        list.append({architecture, ladder.at(i)});
}

// What a machine of the (normalised) wanted platform runs, best first: itself, then fallbacks.
QList<ArchVariant> runnable(const Platform &wanted)
{
    const QStringList armLadder{u"v8"_s, u"v7"_s, u"v6"_s, u"v5"_s};
    QList<ArchVariant> list{{wanted.architecture, wanted.variant}};
    if (wanted.architecture == u"amd64") {
        appendOlder(list, u"amd64"_s, {u"v4"_s, u"v3"_s, u"v2"_s, QString()}, wanted.variant);
        list.append({u"386"_s, QString()});
    }
    if (wanted.architecture == u"arm64" && wanted.variant.isEmpty()) {
        for (const QString &variant : armLadder)
            list.append({u"arm"_s, variant});
    }
    if (wanted.architecture == u"arm")
        appendOlder(list, u"arm"_s, armLadder, wanted.variant);
    return list;
}

QString hostArchitecture()
{
    return normalizeArch(QSysInfo::currentCpuArchitecture(), QString()).architecture;
}

} // namespace

Result<Platform> Platform::parse(const QString &text)
{
    const QStringList parts = text.split(u'/');
    const auto invalid = [&text] {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("invalid platform \"%1\": expected os/architecture[/variant]").arg(text));
    };
    if (parts.size() > 3)
        return invalid();
    for (const QString &part : parts) {
        if (part.isEmpty() || part.contains(QChar(u' ')))
            return invalid();
    }
    Platform platform;
    platform.os = parts.at(0);
    platform.architecture = parts.size() > 1 ? parts.at(1) : hostArchitecture();
    platform.variant = parts.size() > 2 ? parts.at(2) : QString();
    return platform.normalized();
}

Platform Platform::host()
{
    Platform platform;
    platform.os = QSysInfo::kernelType().toLower();
    platform.architecture = hostArchitecture();
    return platform.normalized();
}

Result<Platform> Platform::fromJson(const QJsonObject &object)
{
    Platform platform;
    JsonFieldReader reader(object, Tr::tr("platform"));
    reader.read(u"os"_s, platform.os);
    reader.read(u"architecture"_s, platform.architecture);
    reader.read(u"variant"_s, platform.variant);
    reader.read(u"os.version"_s, platform.osVersion);
    reader.read(u"os.features"_s, platform.osFeatures);
    if (!reader.ok())
        return std::unexpected(reader.status().error());
    if (platform.os.isEmpty() || platform.architecture.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("platform without os or architecture"),
                    u"os \""_s + platform.os + u"\", architecture \""_s + platform.architecture + u'"');
    return platform;
}

QJsonObject Platform::toJson() const
{
    QJsonObject object{{u"os"_s, os}, {u"architecture"_s, architecture}};
    JsonOverlay::putString(object, u"variant"_s, variant);
    JsonOverlay::putString(object, u"os.version"_s, osVersion);
    JsonOverlay::putStrings(object, u"os.features"_s, osFeatures);
    return object;
}

Platform Platform::normalized() const
{
    Platform platform = *this;
    platform.os = os.toLower();
    if (platform.os == u"macos")
        platform.os = u"darwin"_s;
    const ArchVariant arch = normalizeArch(architecture, variant);
    platform.architecture = arch.architecture;
    platform.variant = arch.variant;
    return platform;
}

QString Platform::toString() const
{
    QString text = os + u'/' + architecture;
    if (!variant.isEmpty())
        text += u'/' + variant;
    return text;
}

std::optional<int> Platform::matchRank(const Platform &candidate) const
{
    const Platform want = normalized();
    const Platform have = candidate.normalized();
    if (want.os != have.os)
        return std::nullopt;
    const QList<ArchVariant> accepted = runnable(want);
    for (qsizetype i = 0; i < accepted.size(); ++i) {
        if (accepted.at(i).architecture == have.architecture && accepted.at(i).variant == have.variant)
            return int(i);
    }
    return std::nullopt;
}

} // namespace Ponton::Image
