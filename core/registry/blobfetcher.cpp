#include "registry/blobfetcher.h"

#include "common/tr.h"
#include "registry/layerdownload.h"
#include "registry/registrycall.h"
#include "registry/registryerror.h"
#include "registry/registrysession.h"
#include "store/blobwriter.h"
#include "store/contentstore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

BlobFetcher::BlobFetcher(RegistrySession *session, const RegistryEndpoint &endpoint, const QString &repository,
                         const Image::Descriptor &blob, const Store::ContentStore &content, QObject *parent)
    : QObject(parent), m_session(session), m_endpoint(endpoint), m_repository(repository), m_blob(blob),
      m_content(content)
{
}

BlobFetcher::~BlobFetcher()
{
    if (m_call)
        m_call->cancel();
    if (m_download)
        m_download->ended();
}

QString BlobFetcher::ingestKey(const Digest &digest)
{
    return u"pull-sha256-"_s + digest.hex();
}

void BlobFetcher::start(Callbacks callbacks)
{
    m_callbacks = std::move(callbacks);
    attempt();
}

void BlobFetcher::cancel()
{
    m_canceled = true;
    if (m_call)
        m_call->cancel();
    else
        finish(fail(ErrorCode::Canceled, Tr::tr("Canceled.")));
}

// A reader of the ingest file has bytes that are gone or rewritten: its stream ends (it falls back to the
// verified blob).
void BlobFetcher::restartFromZero()
{
    if (m_download)
        m_download->ended();
}

Status BlobFetcher::openWriter(bool resume)
{
    if (!resume)
        restartFromZero();
    m_writer.reset();
    auto writer = m_content.openWriter(ingestKey(m_blob.digest), resume);
    if (!writer)
        return std::unexpected(writer.error());
    m_writer = std::move(*writer);
    if (m_writer->offset() > m_blob.size)
        return openWriter(false);
    return {};
}

void BlobFetcher::attempt()
{
    if (m_canceled || m_finished)
        return;
    ++m_attempts;
    if (!m_writer) {
        if (Status opened = openWriter(true); !opened) {
            finish(std::unexpected(opened.error()));
            return;
        }
    }
    if (m_writer->offset() == m_blob.size) {
        commit();
        return;
    }
    RegistryRequest request;
    request.endpoint = m_endpoint;
    request.path = u"/v2/%1/blobs/%2"_s.arg(m_repository, m_blob.digest.toString());
    request.scopes = {u"repository:%1:pull"_s.arg(m_repository)};
    m_requestedOffset = m_writer->offset();
    if (m_requestedOffset > 0)
        request.headers.append(qMakePair(QByteArray("Range"), "bytes=" + QByteArray::number(m_requestedOffset) + "-"));
    request.onStreamStarted = [this](const HttpResponse &head) {
        return streamStarted(head.status, head.header("Content-Range"), head.header("Docker-Content-Digest"));
    };
    request.onData = [this](QByteArrayView chunk) { return write(chunk); };
    m_call = RegistryCall::start(m_session, request, [self = QPointer(this)](Result<HttpResponse> response) {
        if (!self)
            return;
        if (!response) {
            self->answered(std::unexpected(response.error()));
            return;
        }
        if (!response->isSuccess()) {
            // RegistryCall already resent on 429 and 5xx: an HTTP error here is final.
            self->finish(std::unexpected(RegistryError::fromResponse(
                *response, Tr::tr("blob %1").arg(self->m_blob.digest.toString()))));
            return;
        }
        self->answered(response->status);
    });
}

Status BlobFetcher::streamStarted(int status, const QByteArray &contentRange, const QByteArray &contentDigest)
{
    if (!contentDigest.isEmpty() && contentDigest.trimmed() != m_blob.digest.toString().toLatin1()) {
        return fail(ErrorCode::DigestMismatch,
                    Tr::tr("The registry announced another digest for blob %1.").arg(m_blob.digest.toString()),
                    u"Docker-Content-Digest %1"_s.arg(QString::fromLatin1(contentDigest)));
    }
    if (m_requestedOffset == 0)
        return {};
    const QByteArray expectedStart = "bytes " + QByteArray::number(m_requestedOffset) + '-';
    if (status == 206 && contentRange.startsWith(expectedStart))
        return {};
    // The server sends the whole blob (or a range we did not ask for): start again from zero.
    if (status == 206)
        return fail(ErrorCode::Unavailable, Tr::tr("The registry sent an unexpected range."),
                    u"Content-Range %1"_s.arg(QString::fromLatin1(contentRange)));
    m_requestedOffset = 0;
    return openWriter(false);
}

Status BlobFetcher::write(QByteArrayView chunk)
{
    if (m_writer->offset() + chunk.size() > m_blob.size) {
        return fail(ErrorCode::DigestMismatch,
                    Tr::tr("Blob %1 is larger than its descriptor says.").arg(m_blob.digest.toString()),
                    u"more than %1 bytes"_s.arg(m_blob.size));
    }
    if (Status written = m_writer->write(chunk.data(), chunk.size()); !written)
        return written;
    if (m_download)
        m_download->advanced(m_writer->flushedOffset());
    if (m_callbacks.progress)
        m_callbacks.progress(m_writer->offset(), m_blob.size);
    return {};
}

void BlobFetcher::answered(Result<int> status)
{
    m_call = nullptr;
    if (m_canceled) {
        finish(fail(ErrorCode::Canceled, Tr::tr("Canceled.")));
        return;
    }
    if (!status) {
        if (status.error().code == ErrorCode::DigestMismatch && !m_retriedMismatch) {
            m_retriedMismatch = true;
            restartFromZero();
            m_writer.reset();
            m_content.removeIngest(ingestKey(m_blob.digest));
            attempt();
            return;
        }
        retryOrFail(status.error());
        return;
    }
    if (m_writer->offset() < m_blob.size) {
        retryOrFail(Error{ErrorCode::Unavailable, Tr::tr("The download of blob %1 ended early.").arg(m_blob.digest.toString()),
                          u"%1 of %2 bytes"_s.arg(m_writer->offset()).arg(m_blob.size)});
        return;
    }
    commit();
}

void BlobFetcher::retryOrFail(const Error &error)
{
    // Connection failures before any byte were already retried by RegistryCall; resume only after progress.
    const bool progressed = m_writer && m_writer->offset() > m_requestedOffset;
    const bool transient = error.code == ErrorCode::Unavailable && progressed;
    if (!transient || m_attempts >= m_session->config().maxDownloadAttempts) {
        finish(std::unexpected(error));
        return;
    }
    // Resume from what is on disk: the writer keeps its offset.
    const int delay = m_session->config().retryDelayMs << qMin(m_attempts - 1, 6);
    QTimer::singleShot(delay, this, [this] { attempt(); });
}

void BlobFetcher::commit()
{
    if (m_callbacks.verifying)
        m_callbacks.verifying();
    // The last buffered bytes reach the reader before the hash check and the fsync.
    if (m_download && m_writer->flush())
        m_download->advanced(m_writer->offset());
    Result<Digest> committed = m_writer->commit(m_blob.digest, m_blob.size);
    m_writer.reset();
    if (!committed && committed.error().code == ErrorCode::DigestMismatch && !m_retriedMismatch) {
        m_retriedMismatch = true;
        restartFromZero();
        attempt();
        return;
    }
    finish(committed);
}

void BlobFetcher::finish(Result<Digest> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_writer.reset();
    if (m_download) {
        if (result)
            m_download->completed();
        else
            m_download->ended();
    }
    if (m_callbacks.finished)
        m_callbacks.finished(result);
}

} // namespace Ponton::Registry
