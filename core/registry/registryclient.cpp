#include "registry/registryclient.h"

#include "common/tr.h"
#include "registry/dockerconfig.h"
#include "registry/manifestfetcher.h"
#include "registry/pulloperation.h"
#include "registry/pushoperation.h"
#include "registry/registrycall.h"
#include "registry/registryerror.h"
#include "registry/registrysession.h"
#include "registry/taglister.h"

#include <QPromise>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

RegistryClient::RegistryClient(const RegistryConfig &config, CredentialSource credentials, QObject *parent)
    : QObject(parent), m_config(config), m_thread(new QThread(this))
{
    static const bool registered = [] {
        qRegisterMetaType<Ponton::Registry::LayerProgress>();
        qRegisterMetaType<Ponton::Registry::PullResult>();
        qRegisterMetaType<Ponton::Registry::PushResult>();
        return true;
    }();
    Q_UNUSED(registered);
    m_thread->setObjectName(u"ponton-registry"_s);
    m_session = new RegistrySession(config, std::move(credentials));
    m_session->moveToThread(m_thread);
    m_thread->start();
}

RegistryClient::~RegistryClient()
{
    QMetaObject::invokeMethod(m_session, [session = m_session] { delete session; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

RegistryClient::CredentialSource RegistryClient::dockerConfigCredentials()
{
    return [](const QString &host) -> Result<Credentials> {
        const Result<DockerConfig> config = DockerConfig::load();
        if (!config)
            return std::unexpected(config.error());
        // Docker Hub's API host files its credentials under docker.io.
        return config->credentials(host == u"registry-1.docker.io" ? u"docker.io"_s : host);
    };
}

template<typename T>
QFuture<T> RegistryClient::onNetworkThread(std::function<void(std::function<void(T)> done)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(m_session, [promise, work = std::move(work)] {
        work([promise](T value) {
            promise->addResult(std::move(value));
            promise->finish();
        });
    }, Qt::QueuedConnection);
    return future;
}

QFuture<Result<PullResult>> RegistryClient::pull(const PullRequest &request, const Store::ImageStore &store,
                                                  ProgressSink progress)
{
    return onNetworkThread<Result<PullResult>>([this, request, &store, progress](auto done) {
        auto *operation = new PullOperation(m_session, request, store, progress, std::move(done));
        operation->start();
    });
}

QFuture<Result<PushResult>> RegistryClient::push(const PushRequest &request, const Store::ImageStore &store,
                                                  ProgressSink progress)
{
    return onNetworkThread<Result<PushResult>>([this, request, &store, progress](auto done) {
        auto *operation = new PushOperation(m_session, request, store, progress, std::move(done));
        operation->start();
    });
}

QFuture<Result<FetchedManifest>> RegistryClient::fetchManifest(const Reference &reference)
{
    return onNetworkThread<Result<FetchedManifest>>([this, reference](auto done) {
        const Reference ref = reference.withDefaultTag();
        const RegistryEndpoint endpoint = m_session->config().endpoints(ref.domain()).constLast();
        ManifestFetcher::fetch(m_session, endpoint, ref.path(),
                               ref.hasDigest() ? ref.digest().toString() : ref.tag(), std::move(done));
    });
}

QFuture<Result<QStringList>> RegistryClient::listTags(const Reference &repository)
{
    return onNetworkThread<Result<QStringList>>([this, repository](auto done) {
        const RegistryEndpoint endpoint = m_session->config().endpoints(repository.domain()).constLast();
        TagLister::list(m_session, endpoint, repository.path(), std::move(done));
    });
}

QFuture<Status> RegistryClient::checkLogin(const QString &registryDomain, const Credentials &credentials)
{
    return onNetworkThread<Status>([this, registryDomain, credentials](auto done) {
        const RegistryEndpoint endpoint = m_session->config().endpoints(registryDomain).constLast();
        TokenAuthenticator *authenticator = m_session->authenticator();
        authenticator->forgetHost(endpoint.host);
        authenticator->setCredentials(endpoint.host, credentials);
        RegistryRequest request;
        request.endpoint = endpoint;
        request.path = u"/v2/"_s;
        RegistryCall::start(m_session, request, [done, endpoint, authenticator](Result<HttpResponse> response) {
            Status status;
            if (!response)
                status = std::unexpected(response.error());
            else if (!response->isSuccess())
                status = std::unexpected(RegistryError::fromResponse(*response, endpoint.domain));
            if (!status)
                authenticator->forgetHost(endpoint.host);
            done(status);
        });
    });
}

int RegistryClient::tokensFetched() const
{
    int count = 0;
    QMetaObject::invokeMethod(m_session, [&] { count = m_session->authenticator()->tokensFetched(); },
                              Qt::BlockingQueuedConnection);
    return count;
}

} // namespace Ponton::Registry
