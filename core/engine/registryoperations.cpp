// Engine operations against registries: pull and push through the registry client's network thread.
#include "engine/engine.h"

#include "archive/layerdigester.h"
#include "common/tr.h"
#include "engine/layerstreamunpacker.h"
#include "registry/dockerconfig.h"
#include "registry/layerdownload.h"
#include "registry/pullrequest.h"
#include "registry/pushrequest.h"
#include "registry/registryclient.h"
#include "registry/registryconfig.h"
#include "runtime/snapshotpreparer.h"
#include "store/imagestore.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <unistd.h>

#include <future>
#include <optional>

using namespace Qt::StringLiterals;

namespace Ponton {

namespace {

Registry::RegistryClient::ProgressSink progressFor(Job &job)
{
    return [&job](const Registry::LayerProgress &event) {
        if (event.isConfig)
            return;
        job.reportProgress({event.blob.toString(), Registry::LayerProgress::stateName(event.state), event.current,
                            event.total, event.detail});
    };
}

// Docker prints a layer's "Pull complete" once it is extracted, and its "Extracting" after "Download
// complete". Unpacking may begin while the layer downloads (LayerStreamUnpacker): an Extracting that comes
// early waits for the layer's Download complete, a snapshot made early waits for the registry's Pull
// complete. Pull complete events still held when unpacking ends (no helper here) are released then, in
// their order. Only layers this pull downloads are shown extracting.
class PullCompletion : public std::enable_shared_from_this<PullCompletion>
{
public:
    explicit PullCompletion(Job &job) : m_job(job) {}

    // The registry's events. The sink keeps this object alive, should the client report after the result.
    Registry::RegistryClient::ProgressSink sink()
    {
        return [self = shared_from_this(), forward = progressFor(m_job)](const Registry::LayerProgress &event) {
            if (event.isConfig)
                return;
            QMutexLocker lock(&self->m_mutex);
            if (event.state == Registry::LayerProgress::State::AlreadyExists)
                return forward(event);
            Layer &layer = self->layer(event.blob.toString());
            if (event.state == Registry::LayerProgress::State::PullComplete) {
                layer.pulled = true;
                if (layer.unpacked)
                    self->complete(event.blob.toString(), layer);
                return;
            }
            forward(event);
            if (event.state == Registry::LayerProgress::State::DownloadComplete) {
                layer.downloaded = true;
                if (layer.extracting)
                    self->showExtracting(event.blob.toString(), layer);
            }
        };
    }

    // The snapshots' events.
    void onSnapshot(const Runtime::SnapshotEvent &event)
    {
        const QString name = event.layer.toString();
        QMutexLocker lock(&m_mutex);
        if (!m_layers.contains(name))
            return;
        Layer &layer = m_layers[name];
        if (event.state == Runtime::SnapshotEvent::State::Extracting) {
            layer.extracting = true;
            if (layer.downloaded)
                showExtracting(name, layer);
            return;
        }
        layer.unpacked = true;
        if (layer.pulled)
            complete(name, layer);
    }

    void releaseAll()
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &name : std::as_const(m_order)) {
            Layer &layer = m_layers[name];
            if (layer.pulled && !layer.completeShown) {
                layer.completeShown = true;
                m_job.reportProgress({name, u"pull-complete"_s, 0, 0, {}});
            }
        }
    }

private:
    struct Layer {
        bool downloaded = false;  // Download complete shown
        bool extracting = false;  // unpacking has begun
        bool extractingShown = false;
        bool unpacked = false;    // its snapshot exists
        bool pulled = false;      // the registry's Pull complete came
        bool completeShown = false;
    };

    Layer &layer(const QString &name)
    {
        if (!m_layers.contains(name))
            m_order.append(name);
        return m_layers[name];
    }

    void showExtracting(const QString &name, Layer &layer)
    {
        if (layer.extractingShown)
            return;
        layer.extractingShown = true;
        m_job.reportProgress({name, u"extracting"_s, 0, 0, {}});
    }

    void complete(const QString &name, Layer &layer)
    {
        if (layer.completeShown)
            return;
        showExtracting(name, layer);
        layer.completeShown = true;
        m_job.reportProgress({name, u"pull-complete"_s, 0, 0, {}});
    }

    Job &m_job;
    QMutex m_mutex;
    QStringList m_order;
    QHash<QString, Layer> m_layers;
};

// The unpacked size to record for a layer whose snapshot existed (the helper did not read it again): what
// an image of the store records for that diff_id, else (a snapshot left by a cancelled pull, or by a
// removed image) the blob's uncompressed size, read through once.
QList<qint64> resolvedSizes(const Store::ImageStore &store, const Registry::PullResult &pulled, QList<qint64> sizes)
{
    std::optional<QList<Store::ImageRecord>> images;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        if (sizes.at(i) >= 0)
            continue;
        if (!images)
            images = store.images().value_or(QList<Store::ImageRecord>());
        for (const Store::ImageRecord &image : std::as_const(*images)) {
            const qsizetype at = image.diffIds.indexOf(pulled.diffIds.at(i));
            if (at >= 0 && at < image.layerSizes.size()) {
                sizes[i] = image.layerSizes.at(at);
                break;
            }
        }
        if (sizes.at(i) >= 0)
            continue;
        const Image::Descriptor &blob = pulled.layerBlobs.at(i);
        const Result<Archive::LayerDigest> read = Archive::LayerDigester::digestFile(store.content().blobPath(blob.digest),
                                                                                     blob.digest.toString());
        sizes[i] = read && read->diffId == pulled.diffIds.at(i) ? read->uncompressedSize : blob.size;
    }
    return sizes;
}

// Guards the engine's registry client (made on first use, replaced after reloadRegistryConfig()).
QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

void Engine::reloadRegistryConfig()
{
    QMutexLocker lock(&registryMutex());
    if (m_registry)
        m_retiredRegistries.push_back(std::move(m_registry));
}

Result<Registry::RegistryClient *> Engine::registry()
{
    QMutexLocker lock(&registryMutex());
    if (m_registry)
        return m_registry.get();
    Result<Registry::RegistryConfig> config = Registry::RegistryConfig::load();
    if (!config)
        return std::unexpected(config.error());
    m_registry = std::make_unique<Registry::RegistryClient>(*config);
    return m_registry.get();
}

// As root, the layers are unpacked into helper snapshots while they download (LayerStreamUnpacker), the
// ones whose stream failed from their verified blobs afterwards, and the image is registered once every
// blob is verified and every snapshot exists, with the unpacked sizes. Without a helper, the blobs only.
Job *Engine::pull(const QString &reference, const QString &platform)
{
    return startJob(u"pull"_s, [this, reference, platform](Job &job) -> Result<QVariant> {
        Result<Reference> parsed = Reference::parse(reference);
        if (!parsed)
            return std::unexpected(parsed.error());
        Registry::PullRequest request;
        request.reference = parsed->withDefaultTag();
        if (!platform.isEmpty()) {
            Result<Image::Platform> wanted = Image::Platform::parse(platform);
            if (!wanted)
                return std::unexpected(wanted.error());
            request.platform = *wanted;
        }
        request.isCanceled = [&job] { return job.isCanceled(); };
        // A new store's first files are made durable (fsynced) while the registry configuration is read
        // and the registry answers its first requests; the pull waits for them once it has a manifest.
        // Root also holds the ingest lock from then until the image is registered, so that no collection
        // takes its verified blobs meanwhile.
        auto initialized = std::make_shared<std::future<Status>>(
            std::async(std::launch::async, [this] { return store().initialize(); }));
        auto ingest = std::make_shared<std::optional<Store::FileLock>>();
        const bool holdIngest = ::geteuid() == 0;
        request.prepareStore = [this, initialized, ingest, holdIngest]() -> Status {
            if (Status ready = initialized->get(); !ready)
                return ready;
            if (!holdIngest)
                return {};
            Result<Store::FileLock> lock = store().holdForIngest();
            if (!lock)
                return std::unexpected(lock.error());
            ingest->emplace(std::move(*lock));
            return {};
        };
        Result<Registry::RegistryClient *> client = registry();
        if (!client)
            return std::unexpected(client.error());
        auto completion = std::make_shared<PullCompletion>(job);
        if (!holdIngest) {
            // The helper cannot be started by this user: snapshots are made at the first run.
            Result<Registry::PullResult> pulled = (*client)->pull(request, store(), completion->sink()).result();
            if (!pulled)
                return std::unexpected(pulled.error());
            completion->releaseAll();
            return QVariant::fromValue(*pulled);
        }
        const auto onSnapshot = [completion](const Runtime::SnapshotEvent &event) { completion->onSnapshot(event); };
        auto streams = std::make_shared<LayerStreamUnpacker>([this]() -> Runtime::RuntimeClient * {
            Result<Runtime::RuntimeClient *> helper = runtime();
            return helper ? *helper : nullptr;
        }, onSnapshot);
        request.onLayerDownload = [streams](const Image::Descriptor &layer, const Digest &diffId,
                                            std::shared_ptr<Registry::LayerDownload> download) {
            streams->start(layer, diffId, std::move(download));
        };
        request.registerImage = false;
        Result<Registry::PullResult> pulled = (*client)->pull(request, store(), completion->sink()).result();
        const QHash<Digest, qint64> streamed = streams->finish();
        if (!pulled)
            return std::unexpected(pulled.error());
        Store::ImageRegistration registration = pulled->registration;
        Result<Runtime::RuntimeClient *> helper = runtime();
        if (helper && pulled->diffIds.size() == pulled->layerBlobs.size()) {
            Runtime::SnapshotPreparer preparer(**helper, store());
            preparer.setCanceled([&job] { return job.isCanceled(); });
            Result<QList<qint64>> sizes = preparer.unpackLayers(pulled->layerBlobs, pulled->diffIds, streamed, onSnapshot);
            if (!sizes)
                return std::unexpected(sizes.error());
            registration.layerSizes = resolvedSizes(store(), *pulled, *sizes);
        }
        // No helper here (not installed): the first run unpacks.
        if (Result<Store::ImageRecord> registered = store().registerImage(registration); !registered)
            return std::unexpected(registered.error());
        completion->releaseAll();
        return QVariant::fromValue(*pulled);
    });
}

Job *Engine::push(const QString &source, const QString &target)
{
    return startJob(u"push"_s, [this, source, target](Job &job) -> Result<QVariant> {
        Registry::PushRequest request;
        request.source = source;
        if (!target.isEmpty()) {
            Result<Reference> parsed = Reference::parse(target);
            if (!parsed)
                return std::unexpected(parsed.error());
            request.target = parsed->withDefaultTag();
        }
        request.isCanceled = [&job] { return job.isCanceled(); };
        Result<Registry::RegistryClient *> client = registry();
        if (!client)
            return std::unexpected(client.error());
        Result<Registry::PushResult> pushed = (*client)->push(request, store(), progressFor(job)).result();
        if (!pushed)
            return std::unexpected(pushed.error());
        return QVariant::fromValue(*pushed);
    });
}

Job *Engine::listTags(const QString &repository)
{
    return startJob(u"tags"_s, [this, repository](Job &) -> Result<QVariant> {
        Result<Reference> parsed = Reference::parse(repository);
        if (!parsed)
            return std::unexpected(parsed.error());
        Result<Registry::RegistryClient *> client = registry();
        if (!client)
            return std::unexpected(client.error());
        Result<QStringList> tags = (*client)->listTags(parsed->nameOnly()).result();
        if (!tags)
            return std::unexpected(tags.error());
        return QVariant::fromValue(*tags);
    });
}

Job *Engine::login(const QString &registryName, const Registry::Credentials &credentials)
{
    return startJob(u"login"_s, [this, registryName, credentials](Job &) -> Result<QVariant> {
        const QString domain = Registry::DockerConfig::registryDomainOf(registryName);
        Result<Registry::DockerConfig> config = Registry::DockerConfig::load();
        if (!config)
            return std::unexpected(config.error());
        Registry::Credentials used = credentials;
        if (used.isEmpty()) {
            Result<Registry::Credentials> stored = config->credentials(domain);
            if (!stored)
                return std::unexpected(stored.error());
            if (stored->isEmpty())
                return fail(ErrorCode::NotFound, Tr::tr("No stored credentials for %1.").arg(domain));
            used = *stored;
        }
        Result<Registry::RegistryClient *> client = registry();
        if (!client)
            return std::unexpected(client.error());
        if (Status checked = (*client)->checkLogin(domain, used).result(); !checked)
            return std::unexpected(checked.error());
        if (!credentials.isEmpty()) {
            if (Status stored = config->storeCredentials(domain, used); !stored)
                return std::unexpected(stored.error());
        }
        return QVariant(config->helperFor(domain).isEmpty() ? config->path() : QString());
    });
}

Job *Engine::storedUsername(const QString &registryName)
{
    return startJob(u"stored-username"_s, [registryName](Job &) -> Result<QVariant> {
        Result<Registry::DockerConfig> config = Registry::DockerConfig::load();
        if (!config)
            return std::unexpected(config.error());
        Result<Registry::Credentials> stored = config->credentials(Registry::DockerConfig::registryDomainOf(registryName));
        if (!stored)
            return std::unexpected(stored.error());
        return QVariant(stored->username);
    });
}

Job *Engine::logout(const QString &registryName)
{
    return startJob(u"logout"_s, [registryName](Job &) -> Result<QVariant> {
        Result<Registry::DockerConfig> config = Registry::DockerConfig::load();
        if (!config)
            return std::unexpected(config.error());
        if (Status erased = config->eraseCredentials(Registry::DockerConfig::registryDomainOf(registryName)); !erased)
            return std::unexpected(erased.error());
        return QVariant();
    });
}

} // namespace Ponton
