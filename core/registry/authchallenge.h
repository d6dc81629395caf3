#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace Ponton::Registry {

// One challenge of a WWW-Authenticate header (RFC 7235): a scheme and its parameters.
//   Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull"
//   Basic realm="Registry Realm"
// A header may hold several challenges, separated by commas; parameter values may be quoted strings
// with backslash escapes.
struct AuthChallenge {
    QString scheme;                   // lower case: "basic", "bearer"
    QMap<QString, QString> parameters; // names in lower case

    bool isBasic() const { return scheme == u"basic"; }
    bool isBearer() const { return scheme == u"bearer"; }
    QString parameter(const QString &name) const { return parameters.value(name); }
    QString realm() const { return parameter(QStringLiteral("realm")); }
    QString service() const { return parameter(QStringLiteral("service")); }
    QString scope() const { return parameter(QStringLiteral("scope")); }
    QString error() const { return parameter(QStringLiteral("error")); }

    // Every challenge of the header, in order. Malformed trailing parts are dropped.
    static QList<AuthChallenge> parse(const QByteArray &header);
    // The one a client should answer: Bearer before Basic; nullptr-like empty scheme when none.
    static AuthChallenge preferred(const QList<AuthChallenge> &challenges);

    friend bool operator==(const AuthChallenge &, const AuthChallenge &) = default;
};

} // namespace Ponton::Registry
