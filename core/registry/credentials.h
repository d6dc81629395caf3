#pragma once

#include <QMetaType>
#include <QString>

namespace Ponton::Registry {

// What a user logs in with. `secret` is a password or a personal access token; when a credential
// helper answers the user name "<token>", the secret is an identity token (an OAuth2 refresh token).
// Never logged, never part of an error message.
struct Credentials {
    QString username;
    QString secret;
    QString identityToken;

    bool isEmpty() const { return username.isEmpty() && secret.isEmpty() && identityToken.isEmpty(); }
    QByteArray basicAuthorization() const;

    friend bool operator==(const Credentials &, const Credentials &) = default;
};

} // namespace Ponton::Registry

Q_DECLARE_METATYPE(Ponton::Registry::Credentials)
