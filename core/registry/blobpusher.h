#pragma once

#include "common/error.h"
#include "image/descriptor.h"
#include "registry/registryendpoint.h"
#include "registry/registryrequest.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace Ponton::Store { class ContentStore; }

namespace Ponton::Registry {

class RegistryCall;
class RegistrySession;
struct HttpResponse;

// Puts one blob of the content store into a repository, on the session's thread: HEAD first (the blob
// may already be there), then a cross-repository mount when another repository of the same registry is
// known to hold it, else an upload session: one monolithic PUT streamed from the blob file, or PATCH
// chunks of `chunkSize` bytes then the closing PUT with the digest.
class BlobPusher : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pushed, AlreadyExists, Mounted };
    struct Callbacks {
        std::function<void(qint64 sent, qint64 total)> progress;
        std::function<void(Result<Outcome>)> finished;
    };

    BlobPusher(RegistrySession *session, const RegistryEndpoint &endpoint, const QString &repository,
               const Image::Descriptor &blob, const Store::ContentStore &content, const QString &mountFrom,
               QObject *parent = nullptr);
    ~BlobPusher() override;

    void start(Callbacks callbacks);
    void cancel();

private:
    void checkExists();
    void startUpload();
    void uploadStarted(const HttpResponse &response);
    void putMonolithic();
    void patchNextChunk();
    void putFinal(const QByteArray &body);
    bool advanceLocation(const HttpResponse &response);
    void call(RegistryRequest request, std::function<void(const HttpResponse &)> next);
    QUrl withDigest(const QUrl &location) const;
    void finish(Result<Outcome> result);

    RegistrySession *m_session;
    RegistryEndpoint m_endpoint;
    QString m_repository;
    Image::Descriptor m_blob;
    const Store::ContentStore &m_content;
    QString m_mountFrom;
    Callbacks m_callbacks;
    QPointer<RegistryCall> m_call;
    std::unique_ptr<QFile> m_file;
    QUrl m_location;
    qint64 m_sent = 0;
    bool m_finished = false;
};

} // namespace Ponton::Registry
