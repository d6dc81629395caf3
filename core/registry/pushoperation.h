#pragma once

#include "common/error.h"
#include "image/manifest.h"
#include "registry/layerprogress.h"
#include "registry/pushrequest.h"
#include "registry/registryendpoint.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Ponton::Store { class ImageStore; }

namespace Ponton::Registry {

class BlobPusher;
class RegistryCall;
class RegistrySession;

// A push, on the session's thread: the image's layers and config go up `maxConcurrentUploads` at a time
// (BlobPusher: existence check, cross-repository mount from a repository of the same registry the image
// was pulled from, upload), then the manifest is PUT under the tag, byte for byte as stored, and the
// registry's Docker-Content-Digest is checked. Deletes itself when done.
class PushOperation : public QObject
{
    Q_OBJECT
public:
    using ProgressSink = std::function<void(const LayerProgress &)>;
    using Done = std::function<void(Result<PushResult>)>;

    PushOperation(RegistrySession *session, const PushRequest &request, const Store::ImageStore &store,
                  ProgressSink progress, Done done);
    void start();

private:
    Status prepare();
    QString mountSourceFor() const;
    void startPushes();
    void startPush(const Image::Descriptor &blob, bool isConfig);
    void blobPushed(const Image::Descriptor &blob, bool isConfig, Result<int> outcome);
    void putManifest();
    void report(const Image::Descriptor &blob, bool isConfig, LayerProgress::State state, qint64 current = 0,
                const QString &detail = {});
    void pollCancel();
    void finish(Result<PushResult> result);

    RegistrySession *m_session;
    PushRequest m_request;
    const Store::ImageStore &m_store;
    ProgressSink m_progress;
    Done m_done;
    Reference m_target;
    RegistryEndpoint m_endpoint;
    QString m_repository;
    QString m_mountFrom;
    QByteArray m_manifestBytes;
    QString m_manifestMediaType;
    Image::Manifest m_manifest;
    QList<QPair<Image::Descriptor, bool>> m_queue;
    QHash<Digest, BlobPusher *> m_active;
    QHash<Digest, qint64> m_lastReport;
    int m_remaining = 0;
    QPointer<RegistryCall> m_call;
    QTimer m_cancelPoll;
    bool m_finished = false;
};

} // namespace Ponton::Registry
