// Engine operations against registries: pull and push through the registry client's network thread.
#include "engine/engine.h"

#include "common/tr.h"
#include "registry/dockerconfig.h"
#include "registry/pullrequest.h"
#include "registry/pushrequest.h"
#include "registry/registryclient.h"
#include "registry/registryconfig.h"
#include "runtime/snapshotpreparer.h"
#include "store/imagestore.h"

#include <QMutex>
#include <QMutexLocker>

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

// Docker prints a layer's "Pull complete" once it is extracted: the registry's pull-complete events are
// held back until the layer's snapshot is made, and those still held when unpacking ends (no helper here,
// or the snapshot existed) are released then, in their order.
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
            if (event.state != Registry::LayerProgress::State::PullComplete)
                return forward(event);
            QMutexLocker lock(&self->m_mutex);
            self->m_held.append(event.blob.toString());
        };
    }

    // The snapshots' events: only layers this pull downloaded show Extracting, then Pull complete.
    void onSnapshot(const Runtime::SnapshotEvent &event)
    {
        const QString layer = event.layer.toString();
        QMutexLocker lock(&m_mutex);
        if (!m_held.contains(layer))
            return;
        if (event.state == Runtime::SnapshotEvent::State::Extracting) {
            m_job.reportProgress({layer, u"extracting"_s, 0, 0, {}});
            return;
        }
        m_held.removeAll(layer);
        m_job.reportProgress({layer, u"pull-complete"_s, 0, 0, {}});
    }

    void releaseAll()
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &layer : std::as_const(m_held))
            m_job.reportProgress({layer, u"pull-complete"_s, 0, 0, {}});
        m_held.clear();
    }

private:
    Job &m_job;
    QMutex m_mutex;
    QStringList m_held;
};

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
        Result<Registry::RegistryClient *> client = registry();
        if (!client)
            return std::unexpected(client.error());
        if (Status ready = store().initialize(); !ready)
            return std::unexpected(ready.error());
        auto completion = std::make_shared<PullCompletion>(job);
        Result<Registry::PullResult> pulled = (*client)->pull(request, store(), completion->sink()).result();
        if (!pulled)
            return std::unexpected(pulled.error());
        Result<bool> unpacked = prepareSnapshots(job, pulled->imageId,
                                                 [&completion](const Runtime::SnapshotEvent &event) { completion->onSnapshot(event); });
        if (!unpacked)
            return std::unexpected(unpacked.error());
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
