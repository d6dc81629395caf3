#include "registry/pushoperation.h"

#include "common/tr.h"
#include "image/manifestparser.h"
#include "registry/blobpusher.h"
#include "registry/registrycall.h"
#include "registry/registryerror.h"
#include "registry/registrysession.h"
#include "store/imagestore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

namespace {
constexpr qint64 ProgressIntervalMs = 100;
}

PushOperation::PushOperation(RegistrySession *session, const PushRequest &request, const Store::ImageStore &store,
                             ProgressSink progress, Done done)
    : QObject(session), m_session(session), m_request(request), m_store(store), m_progress(std::move(progress)),
      m_done(std::move(done))
{
    m_cancelPoll.setInterval(ProgressIntervalMs);
    connect(&m_cancelPoll, &QTimer::timeout, this, &PushOperation::pollCancel);
}

void PushOperation::start()
{
    if (Status prepared = prepare(); !prepared) {
        finish(std::unexpected(prepared.error()));
        return;
    }
    if (m_request.isCanceled)
        m_cancelPoll.start();
    m_queue.append({m_manifest.config, true});
    for (const Image::Descriptor &layer : m_manifest.layers) {
        const bool seen = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                      [&](const auto &entry) { return entry.first.digest == layer.digest; });
        if (seen)
            continue;
        m_queue.append({layer, false});
        report(layer, false, LayerProgress::State::Preparing);
    }
    m_remaining = int(m_queue.size());
    for (const auto &[blob, isConfig] : std::as_const(m_queue))
        report(blob, isConfig, LayerProgress::State::Waiting);
    startPushes();
}

Status PushOperation::prepare()
{
    const Result<Store::ImageRecord> image = m_store.resolve(m_request.source);
    if (!image)
        return std::unexpected(image.error());
    m_target = m_request.target;
    if (!m_target.isValid()) {
        const Result<Reference> parsed = Reference::parse(m_request.source);
        if (!parsed)
            return std::unexpected(parsed.error());
        m_target = *parsed;
    }
    m_target = m_target.withDefaultTag();
    if (!m_target.hasTag())
        return fail(ErrorCode::InvalidArgument, Tr::tr("Push %1 needs a tag.").arg(m_target.toString()));
    const Result<QByteArray> bytes = m_store.content().read(image->manifest.digest);
    if (!bytes)
        return std::unexpected(bytes.error());
    const auto manifest = Image::ManifestParser::parseManifest(*bytes, image->manifest.mediaType, m_request.source);
    if (!manifest)
        return std::unexpected(manifest.error());
    m_manifestBytes = *bytes;
    m_manifestMediaType = manifest->mediaType.isEmpty() ? image->manifest.mediaType : manifest->mediaType;
    m_manifest = *manifest;
    m_endpoint = m_session->config().endpoints(m_target.domain()).constLast();
    m_repository = m_target.path();
    for (const QString &repoDigest : image->repoDigests) {
        const Result<Reference> source = Reference::parse(repoDigest);
        if (source && source->domain() == m_target.domain() && source->path() != m_repository) {
            m_mountFrom = source->path();
            break;
        }
    }
    return {};
}

void PushOperation::pollCancel()
{
    if (m_request.isCanceled && m_request.isCanceled())
        finish(fail(ErrorCode::Canceled, Tr::tr("The push of %1 was canceled.").arg(m_target.familiarString())));
}

void PushOperation::startPushes()
{
    const int limit = qMax(1, m_session->config().maxConcurrentUploads);
    while (!m_finished && !m_queue.isEmpty() && m_active.size() < limit) {
        const auto [blob, isConfig] = m_queue.takeFirst();
        startPush(blob, isConfig);
    }
}

void PushOperation::startPush(const Image::Descriptor &blob, bool isConfig)
{
    auto *pusher = new BlobPusher(m_session, m_endpoint, m_repository, blob, m_store.content(), m_mountFrom, this);
    m_active.insert(blob.digest, pusher);
    BlobPusher::Callbacks callbacks;
    callbacks.progress = [this, blob, isConfig](qint64 sent, qint64) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastReport.value(blob.digest) < ProgressIntervalMs && sent < blob.size)
            return;
        m_lastReport.insert(blob.digest, now);
        report(blob, isConfig, LayerProgress::State::Pushing, sent);
    };
    callbacks.finished = [this, blob, isConfig](Result<BlobPusher::Outcome> outcome) {
        blobPushed(blob, isConfig, outcome ? Result<int>(int(*outcome)) : Result<int>(std::unexpected(outcome.error())));
    };
    pusher->start(callbacks);
}

void PushOperation::blobPushed(const Image::Descriptor &blob, bool isConfig, Result<int> outcome)
{
    if (BlobPusher *pusher = m_active.take(blob.digest))
        pusher->deleteLater();
    if (m_finished)
        return;
    if (!outcome) {
        finish(std::unexpected(outcome.error()));
        return;
    }
    switch (BlobPusher::Outcome(*outcome)) {
    case BlobPusher::Outcome::AlreadyExists: report(blob, isConfig, LayerProgress::State::AlreadyExists); break;
    case BlobPusher::Outcome::Mounted: report(blob, isConfig, LayerProgress::State::Mounted, 0, m_mountFrom); break;
    case BlobPusher::Outcome::Pushed: report(blob, isConfig, LayerProgress::State::Pushed, blob.size); break;
    }
    if (--m_remaining == 0) {
        putManifest();
        return;
    }
    startPushes();
}

void PushOperation::putManifest()
{
    RegistryRequest request;
    request.method = "PUT";
    request.endpoint = m_endpoint;
    request.path = u"/v2/%1/manifests/%2"_s.arg(m_repository, m_target.tag());
    request.body = m_manifestBytes;
    request.headers = {{"Content-Type", m_manifestMediaType.toLatin1()}};
    request.scopes = {u"repository:%1:pull,push"_s.arg(m_repository)};
    const Digest digest = Digest::ofData(m_manifestBytes);
    m_call = RegistryCall::start(m_session, request, [this, digest](Result<HttpResponse> response) {
        m_call = nullptr;
        if (!response) {
            finish(std::unexpected(response.error()));
            return;
        }
        if (response->status != 201) {
            finish(std::unexpected(RegistryError::fromResponse(*response, m_target.familiarString())));
            return;
        }
        const QByteArray announced = response->header("Docker-Content-Digest");
        if (!announced.isEmpty() && announced != digest.toString().toLatin1()) {
            finish(fail(ErrorCode::DigestMismatch, Tr::tr("The registry stored the manifest of %1 under another digest.")
                                                       .arg(m_target.familiarString()),
                        u"Docker-Content-Digest %1, sent %2"_s.arg(QString::fromLatin1(announced), digest.toString())));
            return;
        }
        finish(PushResult{m_target, digest, m_manifestBytes.size()});
    });
}

void PushOperation::report(const Image::Descriptor &blob, bool isConfig, LayerProgress::State state, qint64 current,
                           const QString &detail)
{
    if (!m_progress)
        return;
    LayerProgress event;
    event.blob = blob.digest;
    event.state = state;
    event.current = current;
    event.total = blob.size;
    event.isConfig = isConfig;
    event.detail = detail;
    m_progress(event);
}

void PushOperation::finish(Result<PushResult> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelPoll.stop();
    if (m_call)
        m_call->cancel();
    const auto active = m_active;
    m_active.clear();
    for (BlobPusher *pusher : active) {
        pusher->cancel();
        pusher->deleteLater();
    }
    deleteLater();
    if (m_done)
        m_done(std::move(result));
}

} // namespace Ponton::Registry
