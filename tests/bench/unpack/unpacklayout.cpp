// ponton-unpack-bench LAYOUT STATE_DIR HELPER: unpacks every layer of the image tagged "latest" in the OCI
// layout LAYOUT into snapshots of a ponton-helper started on STATE_DIR, all layers at once (as the
// engine does after a pull), through the real RuntimeClient. Prints nothing on success.

#include "reference/digest.h"
#include "runtime/runtimeclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <thread>
#include <vector>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString blobPath(const QString &layout, const QString &digest)
{
    return layout + u"/blobs/sha256/"_s + digest.section(u':', 1);
}

struct Layer {
    QString blob;
    QString mediaType;
    Digest diffId;
};

std::vector<Layer> layersOf(const QString &layout)
{
    const QJsonArray manifests = readJson(layout + u"/index.json"_s).value(u"manifests"_s).toArray();
    if (manifests.isEmpty())
        return {};
    const QJsonObject manifest = readJson(blobPath(layout, manifests.first().toObject().value(u"digest"_s).toString()));
    const QJsonObject config = readJson(blobPath(layout, manifest.value(u"config"_s).toObject().value(u"digest"_s).toString()));
    const QJsonArray layers = manifest.value(u"layers"_s).toArray();
    const QJsonArray diffIds = config.value(u"rootfs"_s).toObject().value(u"diff_ids"_s).toArray();
    std::vector<Layer> result;
    for (qsizetype i = 0; i < layers.size() && i < diffIds.size(); ++i) {
        const QJsonObject layer = layers.at(i).toObject();
        auto diffId = Digest::parse(diffIds.at(i).toString());
        if (!diffId)
            return {};
        result.push_back({blobPath(layout, layer.value(u"digest"_s).toString()), layer.value(u"mediaType"_s).toString(), *diffId});
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: ponton-unpack-bench LAYOUT STATE_DIR HELPER\n");
        return 2;
    }
    const QString layout = QString::fromLocal8Bit(argv[1]);
    const std::vector<Layer> layers = layersOf(layout);
    if (layers.empty()) {
        std::fprintf(stderr, "ponton-unpack-bench: no image with layers in %s\n", argv[1]);
        return 1;
    }
    Runtime::RuntimeClientOptions options;
    options.stateDir = QString::fromLocal8Bit(argv[2]);
    options.socketPath = options.stateDir + u"/helper.sock"_s;
    options.helperPath = QString::fromLocal8Bit(argv[3]);
    Runtime::RuntimeClient client(options);
    if (Status ready = client.ensureHelper(); !ready) {
        std::fprintf(stderr, "ponton-unpack-bench: %s\n", qPrintable(ready.error().toString()));
        return 1;
    }
    std::vector<std::thread> workers;
    std::vector<QString> failures(layers.size());
    for (std::size_t i = 0; i < layers.size(); ++i) {
        workers.emplace_back([&, i] {
            const int fd = ::open(QFile::encodeName(layers[i].blob).constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0) {
                failures[i] = u"cannot open "_s + layers[i].blob;
                return;
            }
            Result<Runtime::UnpackResult> unpacked = client.unpack(layers[i].diffId, fd, layers[i].mediaType);
            ::close(fd);
            if (!unpacked)
                failures[i] = unpacked.error().toString();
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    for (const QString &failure : failures) {
        if (!failure.isEmpty()) {
            std::fprintf(stderr, "ponton-unpack-bench: %s\n", qPrintable(failure));
            return 1;
        }
    }
    return 0;
}
