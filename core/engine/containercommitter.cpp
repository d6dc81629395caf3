#include "engine/containercommitter.h"

#include "common/tr.h"
#include "engine/commitchanges.h"
#include "image/manifestwriter.h"
#include "image/mediatypes.h"
#include "runtime/layercapture.h"
#include "runtime/runtimeclient.h"
#include "store/imagestore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Ponton {

namespace {

// Docker's history line of a commit: the container's command.
QString createdBy(const ContainerRecord &container)
{
    return (container.entrypoint + container.command).join(u' ');
}

Result<Image::ImageConfig> committedConfig(Image::ImageConfig config, const ContainerRecord &container,
                                           const CommitRequest &request, const Runtime::CapturedLayer &layer)
{
    const Image::Timestamp now = Image::Timestamp::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch());
    config.created = now;
    config.author = request.author;
    config.config.entrypoint = container.entrypoint;
    config.config.cmd = container.command;
    config.config.env = container.env;
    config.config.workingDir = container.workingDir;
    config.config.user = container.user;
    for (const QString &change : request.changes) {
        if (Status applied = CommitChanges::apply(config.config, change); !applied)
            return std::unexpected(applied.error());
    }
    config.rootfs.diffIds.append(layer.diffId);
    Image::History entry;
    entry.created = now;
    entry.createdBy = createdBy(container);
    entry.author = request.author;
    entry.comment = request.message;
    config.history.append(entry);
    return config;
}

} // namespace

ContainerCommitter::ContainerCommitter(Runtime::RuntimeClient &client, const Store::ImageStore &store)
    : m_client(client), m_store(store)
{
}

Result<CommitResult> ContainerCommitter::commit(const ContainerRecord &container, const CommitRequest &request)
{
    Result<Runtime::ContainerInfo> info = m_client.inspect(container.id);
    if (!info)
        return std::unexpected(info.error());
    // As Docker: a running container is frozen for the capture and resumed after it, unless asked not to
    // (--pause=false): the helper reads its upper dir live then, and may catch a file half written.
    const bool running = info->status == u"running";
    const bool freeze = running && request.pause;
    if (freeze) {
        if (Status paused = m_client.pause(container.id); !paused)
            return std::unexpected(paused.error());
    }
    Result<CommitResult> committed = captureAndWrite(container, request, running && !freeze);
    if (freeze) {
        Status resumed = m_client.unpause(container.id);
        if (committed && !resumed)
            return std::unexpected(resumed.error());
    }
    return committed;
}

Result<CommitResult> ContainerCommitter::captureAndWrite(const ContainerRecord &container, const CommitRequest &request, bool live)
{
    std::optional<Reference> tag;
    if (!request.reference.isEmpty()) {
        Result<Reference> parsed = Reference::parse(request.reference);
        if (!parsed)
            return std::unexpected(parsed.error());
        if (parsed->hasDigest())
            return fail(ErrorCode::InvalidArgument, Tr::tr("refusing to create a tag with a digest reference: %1").arg(request.reference));
        tag = parsed->withDefaultTag();
    }
    Result<Store::ImageRecord> base = m_store.findById(container.imageId);
    if (!base)
        return fail(ErrorCode::NotFound, Tr::tr("The image %1 of container %2 is no longer in the store.")
                                             .arg(container.imageId.shortId(), container.id.left(12)));
    Result<Image::ImageConfig> baseConfig = m_store.config(*base);
    if (!baseConfig)
        return std::unexpected(baseConfig.error());
    Result<Image::Manifest> baseManifest = m_store.manifest(*base);
    if (!baseManifest)
        return std::unexpected(baseManifest.error());

    Result<Store::FileLock> ingest = m_store.holdForIngest();
    if (!ingest)
        return std::unexpected(ingest.error());
    Runtime::LayerCapture capture(m_client, m_store);
    capture.setCanceled(m_canceled);
    capture.setLive(live);
    Result<Runtime::CapturedLayer> layer = capture.capture(container.id);
    if (!layer)
        return std::unexpected(layer.error());
    Result<Image::ImageConfig> config = committedConfig(*baseConfig, container, request, *layer);
    if (!config)
        return std::unexpected(config.error());

    const bool docker = baseManifest->mediaType == Image::MediaType::DockerManifest;
    const QByteArray configBytes = config->toJson();
    Result<Digest> configDigest = m_store.content().write(configBytes);
    if (!configDigest)
        return std::unexpected(configDigest.error());
    Image::Descriptor configDescriptor =
        Image::Descriptor::forData(docker ? Image::MediaType::DockerConfig : Image::MediaType::OciConfig, configBytes);
    Image::Descriptor layerDescriptor = layer->layer;
    if (docker)
        layerDescriptor.mediaType = Image::MediaType::DockerLayerGzip;
    QList<Image::Descriptor> layers = baseManifest->layers;
    layers.append(layerDescriptor);
    const Image::Manifest manifest = docker ? Image::Manifest::docker(configDescriptor, layers)
                                            : Image::Manifest::oci(configDescriptor, layers);
    Result<Image::WrittenBlob> written = Image::ManifestWriter::write(manifest);
    if (!written)
        return std::unexpected(written.error());
    if (Result<Digest> stored = m_store.content().write(written->bytes); !stored)
        return std::unexpected(stored.error());

    Store::ImageRegistration registration;
    registration.manifest = written->descriptor;
    if (tag)
        registration.tags.append(*tag);
    registration.parent = base->id;
    registration.layerSizes = base->layerSizes;
    registration.layerSizes.append(layer->uncompressedSize);
    Result<Store::ImageRecord> image = m_store.registerImage(registration);
    if (!image)
        return std::unexpected(image.error());
    return CommitResult{image->id, tag ? tag->familiarString() : QString(), layer->diffId, layer->uncompressedSize};
}

} // namespace Ponton
