#include "registry/pulloperation.h"

#include "common/tr.h"
#include "image/imageconfig.h"
#include "image/manifestparser.h"
#include "image/mediatypes.h"
#include "registry/blobfetcher.h"
#include "registry/layerdownload.h"
#include "registry/manifestfetcher.h"
#include "registry/registrycall.h"
#include "registry/registrysession.h"
#include "store/imagestore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

namespace {
constexpr qint64 ProgressIntervalMs = 100;
}

PullOperation::PullOperation(RegistrySession *session, const PullRequest &request, const Store::ImageStore &store,
                             ProgressSink progress, Done done)
    : QObject(session), m_session(session), m_request(request), m_reference(request.reference.withDefaultTag()),
      m_store(store), m_progress(std::move(progress)), m_done(std::move(done))
{
    m_cancelPoll.setInterval(ProgressIntervalMs);
    connect(&m_cancelPoll, &QTimer::timeout, this, &PullOperation::pollCancel);
}

QString PullOperation::what() const
{
    return m_reference.familiarString();
}

void PullOperation::start()
{
    if (!m_reference.isValid()) {
        finish(fail(ErrorCode::InvalidArgument, Tr::tr("No image reference to pull.")));
        return;
    }
    m_endpoints = m_session->config().endpoints(m_reference.domain());
    m_repository = m_reference.path();
    m_result.reference = m_reference;
    if (m_request.isCanceled)
        m_cancelPoll.start();
    fetchManifest(m_reference.hasDigest() ? m_reference.digest().toString() : m_reference.tag());
}

void PullOperation::pollCancel()
{
    if (m_request.isCanceled && m_request.isCanceled())
        finish(fail(ErrorCode::Canceled, Tr::tr("The pull of %1 was canceled.").arg(what())));
}

void PullOperation::fetchManifest(const QString &reference)
{
    const RegistryEndpoint endpoint = m_endpoints.value(m_endpointIndex);
    m_call = ManifestFetcher::fetch(m_session, endpoint, m_repository, reference,
                                    [this, reference](Result<FetchedManifest> fetched) {
        m_call = nullptr;
        const bool top = m_metadata.isEmpty();
        const bool mirror = m_endpoints.value(m_endpointIndex).mirror;
        // A mirror that cannot serve the image hands over to the next endpoint, finally the registry.
        if (!fetched && top && mirror && fetched.error().code != ErrorCode::DigestMismatch
            && fetched.error().code != ErrorCode::Canceled) {
            ++m_endpointIndex;
            fetchManifest(reference);
            return;
        }
        manifestFetched(std::move(fetched));
    });
}

void PullOperation::manifestFetched(Result<FetchedManifest> fetched)
{
    if (!fetched) {
        finish(std::unexpected(fetched.error()));
        return;
    }
    const auto parsed = Image::ManifestParser::parse(fetched->bytes, fetched->mediaType, what());
    if (!parsed) {
        finish(std::unexpected(parsed.error()));
        return;
    }
    const bool top = m_metadata.isEmpty();
    FetchedManifest blob = *fetched;
    blob.mediaType = parsed->descriptor.mediaType;
    m_metadata.append(blob);
    if (!parsed->isIndex()) {
        useManifest(blob, parsed->manifest);
        return;
    }
    if (!top) {
        finish(fail(ErrorCode::InvalidArgument, Tr::tr("%1: an index points to another index.").arg(what())));
        return;
    }
    m_result.indexDigest = blob.digest;
    const Image::Platform wanted = m_request.platform.value_or(Image::Platform::host());
    const Result<Image::Descriptor> chosen = parsed->index.select(wanted);
    if (!chosen) {
        finish(std::unexpected(chosen.error()));
        return;
    }
    fetchManifest(chosen->digest.toString());
}

void PullOperation::useManifest(const FetchedManifest &fetched, const Image::Manifest &manifest)
{
    if (Status runnable = manifest.checkImage(what()); !runnable) {
        finish(std::unexpected(runnable.error()));
        return;
    }
    if (manifest.config.size > Store::ContentStore::MaxMetadataSize) {
        finish(fail(ErrorCode::InvalidArgument, Tr::tr("%1: the image config is too large.").arg(what()),
                    u"%1 bytes"_s.arg(manifest.config.size)));
        return;
    }
    m_manifest = manifest;
    m_manifestBlob = fetched;
    m_result.manifestDigest = fetched.digest;
    m_result.imageId = manifest.config.digest;
    m_result.repoDigest = m_reference.repository() + u'@' + fetched.digest.toString();
    for (const Image::Descriptor &layer : manifest.layers)
        m_result.layers.append(layer.digest);
    m_result.layerBlobs = manifest.layers;
    if (m_request.prepareStore) {
        if (Status ready = m_request.prepareStore(); !ready) {
            finish(std::unexpected(ready.error()));
            return;
        }
    }
    const auto existing = m_store.resolve(m_reference.toString());
    m_result.upToDate = existing && existing->manifest.digest == fetched.digest;
    auto lock = m_store.holdForIngest();
    if (!lock) {
        finish(std::unexpected(lock.error()));
        return;
    }
    m_ingestLock.emplace(std::move(*lock));
    queueBlobs();
}

void PullOperation::queueBlobs()
{
    const Store::ContentStore &content = m_store.content();
    QList<QPair<Image::Descriptor, bool>> blobs{{m_manifest.config, true}};
    for (const Image::Descriptor &layer : m_manifest.layers)
        blobs.append({layer, false});
    for (const auto &[blob, isConfig] : blobs) {
        if (content.contains(blob.digest)) {
            report(blob, isConfig, LayerProgress::State::AlreadyExists);
            continue;
        }
        const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                        [&](const auto &entry) { return entry.first.digest == blob.digest; });
        if (queued)
            continue;
        report(blob, isConfig, LayerProgress::State::Waiting);
        m_queue.append({blob, isConfig});
    }
    m_remaining = int(m_queue.size());
    if (content.contains(m_manifest.config.digest))
        readDiffIds();
    if (m_remaining == 0) {
        registerImage();
        return;
    }
    startFetches();
}

void PullOperation::startFetches()
{
    const int limit = qMax(1, m_session->config().maxConcurrentDownloads);
    while (!m_finished && !m_queue.isEmpty() && m_active.size() < limit) {
        const auto [blob, isConfig] = m_queue.takeFirst();
        startFetch(blob, isConfig);
    }
}

void PullOperation::startFetch(const Image::Descriptor &blob, bool isConfig)
{
    const RegistryEndpoint endpoint = m_endpoints.value(m_endpointIndex);
    auto *fetcher = new BlobFetcher(m_session, endpoint, m_repository, blob, m_store.content(), this);
    m_active.insert(blob.digest, fetcher);
    if (!isConfig && m_request.onLayerDownload) {
        const Store::ContentStore &content = m_store.content();
        auto download = std::make_shared<LayerDownload>(
            blob, content.root() + u"/ingest/"_s + BlobFetcher::ingestKey(blob.digest), content.blobPath(blob.digest));
        m_downloads.insert(blob.digest, download);
        fetcher->follow(download);
        if (!m_diffIds.isEmpty())
            offerDownload(blob);
    }
    BlobFetcher::Callbacks callbacks;
    callbacks.progress = [this, blob, isConfig](qint64 done, qint64) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastReport.value(blob.digest) < ProgressIntervalMs && done < blob.size)
            return;
        m_lastReport.insert(blob.digest, now);
        report(blob, isConfig, LayerProgress::State::Downloading, done);
    };
    callbacks.verifying = [this, blob, isConfig] { report(blob, isConfig, LayerProgress::State::Verifying, blob.size); };
    callbacks.finished = [this, blob, isConfig](Result<Digest> result) { blobFetched(blob, isConfig, result); };
    fetcher->start(callbacks);
}

void PullOperation::blobFetched(const Image::Descriptor &blob, bool isConfig, Result<Digest> result)
{
    if (BlobFetcher *fetcher = m_active.take(blob.digest))
        fetcher->deleteLater();
    if (m_finished)
        return;
    if (!result) {
        finish(std::unexpected(result.error()));
        return;
    }
    if (isConfig)
        readDiffIds();
    report(blob, isConfig, LayerProgress::State::DownloadComplete, blob.size);
    // Unpacking into snapshots (Docker's "Extracting") belongs to the runtime; the blob is complete.
    report(blob, isConfig, LayerProgress::State::PullComplete, blob.size);
    if (--m_remaining == 0) {
        registerImage();
        return;
    }
    startFetches();
}

// The verified config names each layer's diff_id: the layers downloading (or done) are offered now, the
// others when their download starts. A config that does not parse offers nothing (registering refuses it).
void PullOperation::readDiffIds()
{
    if (!m_request.onLayerDownload || !m_diffIds.isEmpty())
        return;
    const Result<QByteArray> bytes = m_store.content().read(m_manifest.config.digest);
    if (!bytes)
        return;
    const Result<Image::ImageConfig> config = Image::ImageConfig::parse(*bytes, m_manifest.config.digest.toString());
    if (!config || config->rootfs.diffIds.size() != m_manifest.layers.size())
        return;
    m_diffIds = config->rootfs.diffIds;
    m_result.diffIds = m_diffIds;
    for (const Image::Descriptor &layer : std::as_const(m_manifest.layers)) {
        if (m_downloads.contains(layer.digest))
            offerDownload(layer);
    }
}

void PullOperation::offerDownload(const Image::Descriptor &layer)
{
    const qsizetype index = m_manifest.layers.indexOf(layer);
    if (index < 0)
        return;
    m_request.onLayerDownload(layer, m_diffIds.at(index), m_downloads.value(layer.digest));
}

void PullOperation::report(const Image::Descriptor &blob, bool isConfig, LayerProgress::State state, qint64 current)
{
    if (!m_progress)
        return;
    LayerProgress event;
    event.blob = blob.digest;
    event.state = state;
    event.current = current;
    event.total = blob.size;
    event.isConfig = isConfig;
    m_progress(event);
}

void PullOperation::registerImage()
{
    const Store::ContentStore &content = m_store.content();
    for (const FetchedManifest &blob : std::as_const(m_metadata)) {
        if (auto written = content.write(blob.bytes, blob.digest); !written) {
            finish(std::unexpected(written.error()));
            return;
        }
    }
    Store::ImageRegistration registration;
    registration.manifest.mediaType = m_manifestBlob.mediaType;
    registration.manifest.digest = m_manifestBlob.digest;
    registration.manifest.size = m_manifestBlob.bytes.size();
    if (m_reference.hasTag())
        registration.tags = {m_reference.nameOnly().withTag(m_reference.tag()).value_or(m_reference)};
    registration.repoDigests = {m_result.repoDigest};
    registration.index = m_result.indexDigest;
    m_result.registration = registration;
    if (!m_request.registerImage) {
        finish(m_result);
        return;
    }
    const Result<Store::ImageRecord> record = m_store.registerImage(registration);
    if (!record) {
        finish(std::unexpected(record.error()));
        return;
    }
    finish(m_result);
}

void PullOperation::finish(Result<PullResult> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelPoll.stop();
    if (m_call)
        m_call->cancel();
    const auto active = m_active;
    m_active.clear();
    for (BlobFetcher *fetcher : active) {
        fetcher->cancel();
        fetcher->deleteLater();
    }
    // A reader still following a download (one whose fetcher is gone) stops now, not at the deletion.
    for (const std::shared_ptr<LayerDownload> &download : std::as_const(m_downloads))
        download->ended();
    m_ingestLock.reset();
    deleteLater();
    if (m_done)
        m_done(std::move(result));
}

} // namespace Ponton::Registry
