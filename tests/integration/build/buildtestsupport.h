#pragma once
// Shared by the build integration suites: a store holding a busybox image (tagged alpine and busybox,
// the tutorial's base) and the real `ponton` binary run against it, the real helper doing RUN.
#include "image/descriptor.h"
#include "image/manifest.h"
#include "image/manifestwriter.h"
#include "image/mediatypes.h"
#include "store/imagestore.h"
#include "support/busyboxlayer.h"
#include "support/clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <unistd.h>

namespace Ponton::Test {

class BuildStore
{
public:
    explicit BuildStore(const QString &root) : m_root(root), m_store(root) {}

    static bool canRun() { return ::geteuid() == 0 && BusyboxLayer::isAvailable(); }
    QString root() const { return m_root; }
    const Store::ImageStore &store() const { return m_store; }

    // The busybox layer as an image tagged alpine:latest and busybox:latest.
    Status addBaseImage() const
    {
        using namespace Qt::StringLiterals;
        if (Status ready = m_store.initialize(); !ready)
            return ready;
        Result<QByteArray> layer = BusyboxLayer::gzipTar();
        Result<Digest> diffId = BusyboxLayer::diffId();
        if (!layer || !diffId)
            return std::unexpected(layer ? diffId.error() : layer.error());
        if (Result<Digest> written = m_store.content().write(*layer, std::nullopt); !written)
            return std::unexpected(written.error());
        const QJsonObject config{
            {u"architecture"_s, u"amd64"_s},
            {u"os"_s, u"linux"_s},
            {u"created"_s, u"2024-01-01T00:00:00Z"_s},
            {u"config"_s, QJsonObject{{u"Cmd"_s, QJsonArray{u"sh"_s}},
                                      {u"Env"_s, QJsonArray{u"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"_s}}}},
            {u"rootfs"_s, QJsonObject{{u"type"_s, u"layers"_s}, {u"diff_ids"_s, QJsonArray{diffId->toString()}}}},
            {u"history"_s, QJsonArray{QJsonObject{{u"created"_s, u"2024-01-01T00:00:00Z"_s},
                                                  {u"created_by"_s, u"/bin/sh -c #(nop) ADD file:busybox in / "_s}}}},
        };
        const QByteArray configBytes = Image::ManifestWriter::canonicalJson(config);
        if (Result<Digest> written = m_store.content().write(configBytes); !written)
            return std::unexpected(written.error());
        const Image::Descriptor configDescriptor = Image::Descriptor::forData(Image::MediaType::OciConfig, configBytes);
        const Image::Descriptor layerDescriptor = Image::Descriptor::forData(Image::MediaType::OciLayerGzip, *layer);
        Result<Image::WrittenBlob> manifest = Image::ManifestWriter::write(Image::Manifest::oci(configDescriptor, {layerDescriptor}));
        if (!manifest)
            return std::unexpected(manifest.error());
        if (Result<Digest> written = m_store.content().write(manifest->bytes); !written)
            return std::unexpected(written.error());
        Store::ImageRegistration registration;
        registration.manifest = manifest->descriptor;
        registration.tags = {*Reference::parse(u"alpine:latest"_s), *Reference::parse(u"busybox:latest"_s)};
        Result<Store::ImageRecord> registered = m_store.registerImage(registration);
        if (!registered)
            return std::unexpected(registered.error());
        return {};
    }

    // `ponton --root STORE ARGS…` in `workingDir`, with C messages, the helper built beside it, and
    // `input` on standard input.
    CliRun cli(const QStringList &arguments, const QString &workingDir = {}, const QByteArray &input = {},
               const QMap<QString, QString> &environment = {}) const
    {
        using namespace Qt::StringLiterals;
        CliRunner runner(QStringLiteral(PONTON_CLI_PATH), m_root);
        runner.setWorkingDirectory(workingDir);
        runner.setEnvironmentValue(u"LC_ALL"_s, u"C"_s);
        runner.setEnvironmentValue(u"PONTON_HELPER"_s, QStringLiteral(PONTON_HELPER_PATH));
        runner.removeEnvironmentValue(u"SOURCE_DATE_EPOCH"_s);
        for (auto it = environment.begin(); it != environment.end(); ++it)
            runner.setEnvironmentValue(it.key(), it.value());
        return runner.run(arguments, input);
    }

    static void writeFile(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(data), data.size());
    }

private:
    QString m_root;
    Store::ImageStore m_store;
};

} // namespace Ponton::Test
