#include "registry/credentialhelper.h"

#include "common/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Ponton::Registry {

Result<QByteArray> CredentialHelper::run(const QString &verb, const QByteArray &input) const
{
    QProcess process;
    process.start(program(), {verb});
    if (!process.waitForStarted(10000)) {
        return fail(ErrorCode::Unavailable, Tr::tr("Cannot run the credential helper %1.").arg(program()),
                    process.errorString());
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(1000);
        return fail(ErrorCode::Unavailable, Tr::tr("The credential helper %1 did not answer.").arg(program()));
    }
    const QByteArray out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // The helper's stdout carries its error message; it never contains the secret.
        return fail(ErrorCode::Unavailable, Tr::tr("The credential helper %1 failed.").arg(program()),
                    u"%1 %2: %3"_s.arg(program(), verb, QString::fromUtf8(out.trimmed())));
    }
    return out;
}

Result<Credentials> CredentialHelper::get(const QString &serverUrl) const
{
    const Result<QByteArray> out = run(u"get"_s, serverUrl.toUtf8());
    if (!out) {
        if (out.error().detail.contains(u"credentials not found"_s, Qt::CaseInsensitive))
            return Credentials{};
        return std::unexpected(out.error());
    }
    const QJsonObject object = QJsonDocument::fromJson(*out).object();
    Credentials credentials;
    credentials.username = object.value(u"Username"_s).toString();
    credentials.secret = object.value(u"Secret"_s).toString();
    if (credentials.username == u"<token>") {
        credentials.identityToken = credentials.secret;
        credentials.username.clear();
        credentials.secret.clear();
    }
    return credentials;
}

Status CredentialHelper::store(const QString &serverUrl, const Credentials &credentials) const
{
    const QJsonObject object{{u"ServerURL"_s, serverUrl}, {u"Username"_s, credentials.username},
                             {u"Secret"_s, credentials.secret}};
    const Result<QByteArray> out = run(u"store"_s, QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!out)
        return std::unexpected(out.error());
    return {};
}

Status CredentialHelper::erase(const QString &serverUrl) const
{
    const Result<QByteArray> out = run(u"erase"_s, serverUrl.toUtf8());
    if (!out && !out.error().detail.contains(u"credentials not found"_s, Qt::CaseInsensitive))
        return std::unexpected(out.error());
    return {};
}

} // namespace Ponton::Registry
