#include "support/registrytokenissuer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Ponton::Test {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// "repository:library/alpine:pull,push" -> {type, name, actions}; actions filtered by what is granted.
QJsonObject accessEntry(const QString &scope, bool authenticated, bool anonymousPull)
{
    const qsizetype first = scope.indexOf(u':');
    const qsizetype last = scope.lastIndexOf(u':');
    if (first < 0 || last <= first)
        return {};
    QJsonArray actions;
    for (const QString &action : scope.mid(last + 1).split(u',', Qt::SkipEmptyParts)) {
        if (authenticated || (anonymousPull && action == u"pull"))
            actions.append(action);
    }
    return {{u"type"_s, scope.left(first)}, {u"name"_s, scope.mid(first + 1, last - first - 1)},
            {u"actions"_s, actions}};
}

} // namespace

RegistryTokenIssuer::RegistryTokenIssuer(const QString &service, const QString &issuer, const QByteArray &keyPem,
                                         const QByteArray &certificateDer)
    : m_service(service), m_issuer(issuer), m_keyPem(keyPem), m_certificateDer(certificateDer)
{
}

RegistryTokenIssuer::~RegistryTokenIssuer()
{
    stop();
}

void RegistryTokenIssuer::setCredentials(const QString &username, const QString &password)
{
    m_expectedBasic = "Basic " + (username + u':' + password).toUtf8().toBase64();
}

QStringList RegistryTokenIssuer::requestedScopes() const
{
    QMutexLocker lock(&m_logMutex);
    return m_scopes;
}

bool RegistryTokenIssuer::serve(QTcpSocket &client, const RegistryHttpMessage &request)
{
    const QUrl url(QString::fromUtf8(request.target()));
    const QUrlQuery query(url);
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty() && !authorization.startsWith("Basic "))
        m_sawOther.store(true);
    const bool authenticated = !authorization.isEmpty() && authorization == m_expectedBasic;
    if (url.path() != u"/token" || query.queryItemValue(u"service"_s, QUrl::FullyDecoded) != m_service) {
        RegistryHttpMessage::writeResponse(client, 404, "Not Found", {}, "{}");
        return false;
    }
    if (!authorization.isEmpty() && !authenticated) {
        RegistryHttpMessage::writeResponse(client, 401, "Unauthorized", {{"Content-Type", "application/json"}},
                                           R"({"details":"incorrect username or password"})");
        return false;
    }
    const QStringList scopes = query.allQueryItemValues(u"scope"_s, QUrl::FullyDecoded);
    {
        QMutexLocker lock(&m_logMutex);
        m_scopes.append(scopes.join(u' '));
    }
    const QByteArray token = signedToken(authenticated ? u"tester"_s : QString(), scopes, authenticated);
    const QJsonObject body{{u"token"_s, QString::fromLatin1(token)}, {u"access_token"_s, QString::fromLatin1(token)},
                           {u"expires_in"_s, m_expiresIn.load()},
                           {u"issued_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    m_issued.fetch_add(1);
    RegistryHttpMessage::writeResponse(client, 200, "OK", {{"Content-Type", "application/json"}},
                                       QJsonDocument(body).toJson(QJsonDocument::Compact));
    return false;
}

QByteArray RegistryTokenIssuer::signedToken(const QString &subject, const QStringList &scopes,
                                            bool authenticated) const
{
    const QJsonObject header{{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"RS256"_s},
                             {u"x5c"_s, QJsonArray{QString::fromLatin1(m_certificateDer.toBase64())}}};
    QJsonArray access;
    for (const QString &scope : scopes) {
        for (const QString &one : scope.split(u' ', Qt::SkipEmptyParts)) {
            const QJsonObject entry = accessEntry(one, authenticated, m_anonymousPull.load());
            if (!entry.isEmpty())
                access.append(entry);
        }
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims{{u"iss"_s, m_issuer}, {u"sub"_s, subject}, {u"aud"_s, m_service},
                             {u"exp"_s, now + m_expiresIn.load()}, {u"nbf"_s, now - 10}, {u"iat"_s, now},
                             {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {u"access"_s, access}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + base64Url(sign(input));
}

QByteArray RegistryTokenIssuer::sign(const QByteArray &input) const
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(m_keyPem.constData(), int(m_keyPem.size())),
                                                  &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return {};
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    if (EVP_DigestSign(ctx.get(), nullptr, &length, data, size_t(input.size())) != 1)
        return {};
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                       size_t(input.size())) != 1)
        return {};
    signature.resize(qsizetype(length));
    return signature;
}

} // namespace Ponton::Test
