#pragma once

#include "common/error.h"
#include "image/manifest.h"
#include "registry/fetchedmanifest.h"
#include "registry/layerprogress.h"
#include "registry/pullrequest.h"
#include "registry/registryendpoint.h"
#include "store/filelock.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Ponton::Store { class ImageStore; }

namespace Ponton::Registry {

class BlobFetcher;
class LayerDownload;
class RegistryCall;
class RegistrySession;

// A pull as a walk over the descriptor graph, on the session's thread: the reference's manifest (from a
// mirror first, for docker.io), the index's entry for the platform, then the config and the layers the
// store lacks, `maxConcurrentDownloads` at a time, each verified into the content store. The manifest
// (and index) blobs are written and the image registered only when every blob is there: a failed or
// cancelled pull leaves no image, only resumable partial downloads. With PullRequest::onLayerDownload,
// each layer's download is offered (with its diff_id, once the verified config names it) to a caller that
// unpacks while it downloads; every such download has ended when the result is delivered. Deletes itself
// when done.
class PullOperation : public QObject
{
    Q_OBJECT
public:
    using ProgressSink = std::function<void(const LayerProgress &)>;
    using Done = std::function<void(Result<PullResult>)>;

    PullOperation(RegistrySession *session, const PullRequest &request, const Store::ImageStore &store,
                  ProgressSink progress, Done done);
    void start();

private:
    void fetchManifest(const QString &reference);
    void manifestFetched(Result<FetchedManifest> fetched);
    void useManifest(const FetchedManifest &fetched, const Image::Manifest &manifest);
    void queueBlobs();
    void startFetches();
    void startFetch(const Image::Descriptor &blob, bool isConfig);
    void blobFetched(const Image::Descriptor &blob, bool isConfig, Result<Digest> result);
    void readDiffIds();
    void offerDownload(const Image::Descriptor &layer);
    void report(const Image::Descriptor &blob, bool isConfig, LayerProgress::State state, qint64 current = 0);
    void registerImage();
    void pollCancel();
    void finish(Result<PullResult> result);
    QString what() const;

    RegistrySession *m_session;
    PullRequest m_request;
    Reference m_reference;
    const Store::ImageStore &m_store;
    ProgressSink m_progress;
    Done m_done;
    QList<RegistryEndpoint> m_endpoints;
    int m_endpointIndex = 0;
    QString m_repository;
    QPointer<RegistryCall> m_call;
    QList<FetchedManifest> m_metadata; // index and manifest bytes, written last
    Image::Manifest m_manifest;
    FetchedManifest m_manifestBlob;
    PullResult m_result;
    QList<QPair<Image::Descriptor, bool>> m_queue; // (blob, isConfig)
    QHash<Digest, BlobFetcher *> m_active;
    QHash<Digest, std::shared_ptr<LayerDownload>> m_downloads; // the layers offered to onLayerDownload
    QList<Digest> m_diffIds; // the verified config's, once read
    QHash<Digest, qint64> m_lastReport;
    int m_remaining = 0;
    std::optional<Store::FileLock> m_ingestLock;
    QTimer m_cancelPoll;
    bool m_finished = false;
};

} // namespace Ponton::Registry
