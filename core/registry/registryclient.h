#pragma once

#include "common/error.h"
#include "registry/credentials.h"
#include "registry/fetchedmanifest.h"
#include "registry/layerprogress.h"
#include "registry/pullrequest.h"
#include "registry/pushrequest.h"
#include "registry/registryconfig.h"

#include <QFuture>
#include <QObject>

#include <functional>

class QThread;

namespace Ponton::Store { class ImageStore; }

namespace Ponton::Registry {

class RegistrySession;

// The distribution-spec client, the registry area's one entry point. It owns a network thread with its
// own event loop, QNetworkAccessManager and RegistrySession (auth tokens, pinged endpoints, TLS
// settings), shared by every operation it runs. Every call returns at once with a QFuture the caller may
// wait on from a worker thread, or watch (QFutureWatcher) from an event loop. Progress callbacks are
// called on the network thread with values; they must be thread-safe (Job::reportProgress is).
// Credentials come from `credentials(host)` (default: Docker's config.json, see DockerConfig), asked for
// on the network thread the first time a registry challenges.
class RegistryClient : public QObject
{
    Q_OBJECT
public:
    using CredentialSource = std::function<Result<Credentials>(const QString &host)>;
    using ProgressSink = std::function<void(const LayerProgress &)>;

    explicit RegistryClient(const RegistryConfig &config = {}, CredentialSource credentials = dockerConfigCredentials(),
                            QObject *parent = nullptr);
    ~RegistryClient() override;

    static CredentialSource dockerConfigCredentials();
    const RegistryConfig &config() const { return m_config; }

    QFuture<Result<PullResult>> pull(const PullRequest &request, const Store::ImageStore &store,
                                     ProgressSink progress = {});
    QFuture<Result<PushResult>> push(const PushRequest &request, const Store::ImageStore &store,
                                     ProgressSink progress = {});
    // The manifest (or index) a reference names, verified, as the registry sent it.
    QFuture<Result<FetchedManifest>> fetchManifest(const Reference &reference);
    // Every tag of a repository (pull --all-tags), all pages.
    QFuture<Result<QStringList>> listTags(const Reference &repository);
    // Checks credentials against a registry ("docker.io", "host:5000") as `docker login` does: Basic
    // registries must answer /v2/ with 200, Bearer ones must issue a token. Does not save them.
    QFuture<Status> checkLogin(const QString &registryDomain, const Credentials &credentials);
    // Number of tokens fetched so far (tests check the cache).
    int tokensFetched() const;

private:
    template<typename T>
    QFuture<T> onNetworkThread(std::function<void(std::function<void(T)> done)> work);

    RegistryConfig m_config;
    QThread *m_thread = nullptr;
    RegistrySession *m_session = nullptr;
};

} // namespace Ponton::Registry
