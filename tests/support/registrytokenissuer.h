#pragma once

#include "support/registrytestserver.h"

#include <QByteArray>
#include <QStringList>

namespace Ponton::Test {

// The token server of the fixture's Bearer set-up (distribution's `auth: token`): GET /token?service=..
// &scope=repository:NAME:pull,push answers {"token", "access_token", "expires_in", "issued_at"} with an
// RS256 JWT whose x5c header carries the signing certificate (the registry trusts it as its root bundle).
// Valid Basic credentials are granted every action asked for; anonymous clients get "pull" only when
// anonymous pulls are allowed; wrong credentials get 401.
class RegistryTokenIssuer : public RegistryTestServer
{
public:
    RegistryTokenIssuer(const QString &service, const QString &issuer, const QByteArray &keyPem,
                        const QByteArray &certificateDer);
    ~RegistryTokenIssuer() override;

    void setCredentials(const QString &username, const QString &password);
    void setAnonymousPull(bool allowed) { m_anonymousPull.store(allowed); }
    void setExpiresIn(int seconds) { m_expiresIn.store(seconds); }

    QString realm() const { return origin() + QStringLiteral("/token"); }
    int tokensIssued() const { return m_issued.load(); }
    // Every scope parameter received, in order (one entry per token request, space-joined).
    QStringList requestedScopes() const;
    bool sawAuthorizationOtherThanBasic() const { return m_sawOther.load(); }

protected:
    bool serve(QTcpSocket &client, const RegistryHttpMessage &request) override;

private:
    QByteArray signedToken(const QString &subject, const QStringList &scopes, bool authenticated) const;
    QByteArray sign(const QByteArray &input) const;

    QString m_service;
    QString m_issuer;
    QByteArray m_keyPem;
    QByteArray m_certificateDer;
    QByteArray m_expectedBasic;
    std::atomic<bool> m_anonymousPull{true};
    std::atomic<int> m_expiresIn{300};
    std::atomic<int> m_issued{0};
    std::atomic<bool> m_sawOther{false};
    mutable QMutex m_logMutex;
    QStringList m_scopes;
};

} // namespace Ponton::Test
