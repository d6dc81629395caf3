#include "registry/blobpusher.h"

#include "common/tr.h"
#include "registry/registrycall.h"
#include "registry/registryerror.h"
#include "registry/registryrequest.h"
#include "registry/registrysession.h"
#include "store/contentstore.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

BlobPusher::BlobPusher(RegistrySession *session, const RegistryEndpoint &endpoint, const QString &repository,
                       const Image::Descriptor &blob, const Store::ContentStore &content, const QString &mountFrom,
                       QObject *parent)
    : QObject(parent), m_session(session), m_endpoint(endpoint), m_repository(repository), m_blob(blob),
      m_content(content), m_mountFrom(mountFrom)
{
}

BlobPusher::~BlobPusher()
{
    if (m_call)
        m_call->cancel();
}

void BlobPusher::start(Callbacks callbacks)
{
    m_callbacks = std::move(callbacks);
    checkExists();
}

void BlobPusher::cancel()
{
    if (m_call)
        m_call->cancel();
    finish(fail(ErrorCode::Canceled, Tr::tr("Canceled.")));
}

void BlobPusher::call(RegistryRequest request, std::function<void(const HttpResponse &)> next)
{
    request.endpoint = m_endpoint;
    if (request.scopes.isEmpty())
        request.scopes = {u"repository:%1:pull,push"_s.arg(m_repository)};
    m_call = RegistryCall::start(m_session, request, [self = QPointer(this), next](Result<HttpResponse> response) {
        if (!self || self->m_finished)
            return;
        self->m_call = nullptr;
        if (!response) {
            self->finish(std::unexpected(response.error()));
            return;
        }
        next(*response);
    });
}

void BlobPusher::checkExists()
{
    RegistryRequest request;
    request.method = "HEAD";
    request.path = u"/v2/%1/blobs/%2"_s.arg(m_repository, m_blob.digest.toString());
    call(request, [this](const HttpResponse &response) {
        if (response.status == 200) {
            finish(Outcome::AlreadyExists);
            return;
        }
        if (response.status != 404) {
            finish(std::unexpected(RegistryError::fromResponse(response, m_blob.digest.toString())));
            return;
        }
        startUpload();
    });
}

void BlobPusher::startUpload()
{
    RegistryRequest request;
    request.method = "POST";
    request.path = u"/v2/%1/blobs/uploads/"_s.arg(m_repository);
    request.headers.append(qMakePair(QByteArray("Content-Length"), QByteArray("0")));
    if (!m_mountFrom.isEmpty()) {
        request.path += u"?mount=%1&from=%2"_s.arg(m_blob.digest.toString(), m_mountFrom);
        request.scopes = {u"repository:%1:pull,push"_s.arg(m_repository), u"repository:%1:pull"_s.arg(m_mountFrom)};
    }
    call(request, [this](const HttpResponse &response) { uploadStarted(response); });
}

void BlobPusher::uploadStarted(const HttpResponse &response)
{
    if (response.status == 201 && !m_mountFrom.isEmpty()) {
        finish(Outcome::Mounted);
        return;
    }
    if (response.status != 202 || !advanceLocation(response)) {
        finish(std::unexpected(RegistryError::fromResponse(response, m_blob.digest.toString())));
        return;
    }
    m_file = std::make_unique<QFile>(m_content.blobPath(m_blob.digest));
    if (!m_file->open(QIODevice::ReadOnly)) {
        finish(fail(ErrorCode::NotFound, Tr::tr("Cannot read blob %1.").arg(m_blob.digest.toString()),
                    m_file->errorString()));
        return;
    }
    if (m_session->config().chunkSize > 0)
        patchNextChunk();
    else
        putMonolithic();
}

bool BlobPusher::advanceLocation(const HttpResponse &response)
{
    const QByteArray location = response.header("Location");
    if (location.isEmpty())
        return false;
    m_location = response.url.resolved(QUrl::fromEncoded(location));
    return true;
}

QUrl BlobPusher::withDigest(const QUrl &location) const
{
    QUrl url = location;
    QUrlQuery query(url);
    query.addQueryItem(u"digest"_s, m_blob.digest.toString());
    url.setQuery(query);
    return url;
}

void BlobPusher::putMonolithic()
{
    RegistryRequest request;
    request.method = "PUT";
    request.url = withDigest(m_location);
    request.bodyDevice = m_file.get();
    request.retryable = false;
    request.headers = {{"Content-Type", "application/octet-stream"}, {"Content-Length", QByteArray::number(m_blob.size)}};
    request.onUploadProgress = [this](qint64 sent, qint64) {
        if (m_callbacks.progress)
            m_callbacks.progress(sent, m_blob.size);
    };
    call(request, [this](const HttpResponse &response) {
        if (response.status != 201) {
            finish(std::unexpected(RegistryError::fromResponse(response, m_blob.digest.toString())));
            return;
        }
        finish(Outcome::Pushed);
    });
}

void BlobPusher::patchNextChunk()
{
    if (m_sent >= m_blob.size) {
        putFinal({});
        return;
    }
    const QByteArray chunk = m_file->read(m_session->config().chunkSize);
    if (chunk.isEmpty()) {
        finish(fail(ErrorCode::Internal, Tr::tr("Cannot read blob %1.").arg(m_blob.digest.toString()),
                    m_file->errorString()));
        return;
    }
    RegistryRequest request;
    request.method = "PATCH";
    request.url = m_location;
    request.body = chunk;
    request.retryable = false;
    const QByteArray range = QByteArray::number(m_sent) + '-' + QByteArray::number(m_sent + chunk.size() - 1);
    request.headers = {{"Content-Type", "application/octet-stream"}, {"Content-Range", range}};
    call(request, [this, size = chunk.size()](const HttpResponse &response) {
        if (response.status != 202 || !advanceLocation(response)) {
            finish(std::unexpected(RegistryError::fromResponse(response, m_blob.digest.toString())));
            return;
        }
        m_sent += size;
        if (m_callbacks.progress)
            m_callbacks.progress(m_sent, m_blob.size);
        patchNextChunk();
    });
}

void BlobPusher::putFinal(const QByteArray &body)
{
    RegistryRequest request;
    request.method = "PUT";
    request.url = withDigest(m_location);
    request.body = body;
    request.retryable = false;
    request.headers = {{"Content-Type", "application/octet-stream"}};
    call(request, [this](const HttpResponse &response) {
        if (response.status != 201) {
            finish(std::unexpected(RegistryError::fromResponse(response, m_blob.digest.toString())));
            return;
        }
        finish(Outcome::Pushed);
    });
}

void BlobPusher::finish(Result<Outcome> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_file.reset();
    if (m_callbacks.finished)
        m_callbacks.finished(result);
}

} // namespace Ponton::Registry
