#pragma once

#include "common/error.h"
#include "image/descriptor.h"
#include "registry/registryendpoint.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ponton::Store { class BlobWriter; class ContentStore; }

namespace Ponton::Registry {

class LayerDownload;
class RegistryCall;
class RegistrySession;

// Downloads one blob into the content store, on the session's thread: GET /v2/NAME/blobs/DIGEST streamed
// chunk by chunk into a BlobWriter that hashes as it writes (the ingest key is the digest, so an
// interrupted download, even of another process, resumes with `Range: bytes=N-`). A dropped connection
// resumes from what was written; a server that ignores Range restarts from zero; more bytes than the
// descriptor's size abort. commit() verifies digest and size: on a mismatch the download is retried once
// from zero, then fails with DigestMismatch; nothing unverified enters the store. A LayerDownload given
// to follow() learns how far the ingest file has grown, for a reader that unpacks while it downloads.
class BlobFetcher : public QObject
{
    Q_OBJECT
public:
    struct Callbacks {
        std::function<void(qint64 done, qint64 total)> progress;
        std::function<void()> verifying;
        std::function<void(Result<Digest>)> finished;
    };

    BlobFetcher(RegistrySession *session, const RegistryEndpoint &endpoint, const QString &repository,
                const Image::Descriptor &blob, const Store::ContentStore &content, QObject *parent = nullptr);
    ~BlobFetcher() override;

    static QString ingestKey(const Digest &digest);
    // The bytes on disk are told to `download` as they arrive; a restart from zero, a failure or a
    // cancel ends it. Call before start().
    void follow(std::shared_ptr<LayerDownload> download) { m_download = std::move(download); }
    void start(Callbacks callbacks);
    // Stops; the partial download stays resumable. `finished` receives Canceled.
    void cancel();

private:
    void attempt();
    Status openWriter(bool resume);
    Status streamStarted(int status, const QByteArray &contentRange, const QByteArray &contentDigest);
    Status write(QByteArrayView chunk);
    void answered(Result<int> status);
    void commit();
    void restartFromZero();
    void retryOrFail(const Error &error);
    void finish(Result<Digest> result);

    RegistrySession *m_session;
    RegistryEndpoint m_endpoint;
    QString m_repository;
    Image::Descriptor m_blob;
    const Store::ContentStore &m_content;
    Callbacks m_callbacks;
    std::unique_ptr<Store::BlobWriter> m_writer;
    std::shared_ptr<LayerDownload> m_download;
    QPointer<RegistryCall> m_call;
    qint64 m_requestedOffset = 0;
    int m_attempts = 0;
    bool m_retriedMismatch = false;
    bool m_canceled = false;
    bool m_finished = false;
};

} // namespace Ponton::Registry
