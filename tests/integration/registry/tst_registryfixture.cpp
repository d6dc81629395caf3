// The fixture itself: each set-up of the real registry answers as distribution does, so that the client
// suites test against the real thing.
#include "support/registryfixture.h"
#include "support/registrytokenissuer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

using namespace Ponton;
using namespace Ponton::Test;
using namespace Qt::StringLiterals;

class TestRegistryFixture : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void plainAnswersAnonymously();
    void tlsRequiresBasicAndTrustsOnlyTheCa();
    void tokenSetupChallengesAndAcceptsIssuedTokens();

private:
    struct Answer { int status = 0; QByteArray body; QByteArray challenge; QNetworkReply::NetworkError error{}; };
    Answer get(const QUrl &url, const QByteArray &authorization = {}, const QString &caFile = {});
    QNetworkAccessManager m_network;
};

void TestRegistryFixture::initTestCase()
{
    if (!RegistryFixture::isAvailable())
        QSKIP("docker-registry is not installed");
}

TestRegistryFixture::Answer TestRegistryFixture::get(const QUrl &url, const QByteArray &authorization,
                                                     const QString &caFile)
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(caFile));
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                  reply->rawHeader("WWW-Authenticate"), reply->error()};
    reply->deleteLater();
    return answer;
}

void TestRegistryFixture::plainAnswersAnonymously()
{
    RegistryFixture registry(RegistryFixture::Setup::Plain);
    const Status started = registry.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    QVERIFY(registry.url().scheme() == u"http");
    const Answer answer = get(registry.url(u"/v2/"_s));
    QCOMPARE(answer.status, 200);
    QCOMPARE(get(registry.url(u"/v2/nothing/here/manifests/latest"_s)).status, 404);
    registry.stop();
    QVERIFY(!registry.isRunning());
}

void TestRegistryFixture::tlsRequiresBasicAndTrustsOnlyTheCa()
{
    RegistryFixture registry(RegistryFixture::Setup::TlsBasic);
    const Status started = registry.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    QCOMPARE(registry.url().scheme(), u"https"_s);
    QVERIFY(QFile::exists(registry.certsDirectory() + u'/' + registry.hostPort() + u"/ca.crt"_s));

    const Answer anonymous = get(registry.url(u"/v2/"_s), {}, registry.caCertificatePath());
    QVERIFY2(anonymous.status == 401, qPrintable(QString::number(int(anonymous.error))));
    QVERIFY2(anonymous.challenge.startsWith("Basic realm="), anonymous.challenge.constData());

    const QByteArray wrong = "Basic " + QByteArray("ponton:wrong").toBase64();
    QCOMPARE(get(registry.url(u"/v2/"_s), wrong, registry.caCertificatePath()).status, 401);
    const QByteArray right = "Basic " + (registry.username() + u':' + registry.password()).toUtf8().toBase64();
    QCOMPARE(get(registry.url(u"/v2/"_s), right, registry.caCertificatePath()).status, 200);
    // A manager that never saw the CA refuses the server certificate.
    QNetworkAccessManager fresh;
    QNetworkReply *reply = fresh.get(QNetworkRequest(registry.url(u"/v2/"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    delete reply;
}

void TestRegistryFixture::tokenSetupChallengesAndAcceptsIssuedTokens()
{
    RegistryFixture registry(RegistryFixture::Setup::Token);
    const Status started = registry.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    const Answer anonymous = get(registry.url(u"/v2/demo/tags/list"_s));
    QCOMPARE(anonymous.status, 401);
    const QByteArray expectedRealm = "Bearer realm=\"" + registry.tokenIssuer()->realm().toUtf8() + '"';
    QVERIFY2(anonymous.challenge.startsWith(expectedRealm),
             anonymous.challenge.constData());
    QVERIFY(anonymous.challenge.contains("scope=\"repository:demo:pull\""));

    QUrl tokenUrl(registry.tokenIssuer()->realm());
    tokenUrl.setQuery(u"service=ponton-test-registry&scope=repository:demo:pull"_s);
    const Answer tokenAnswer = get(tokenUrl);
    QCOMPARE(tokenAnswer.status, 200);
    const QString token = QJsonDocument::fromJson(tokenAnswer.body).object().value(u"token"_s).toString();
    QCOMPARE(token.count(u'.'), 2);
    QCOMPARE(registry.tokenIssuer()->tokensIssued(), 1);

    // The registry verifies the signature: with it, the repository is simply unknown (404, not 401).
    const Answer withToken = get(registry.url(u"/v2/demo/tags/list"_s), "Bearer " + token.toLatin1());
    QVERIFY2(withToken.status == 404, withToken.body.constData());
    // A tampered token is refused.
    QByteArray tampered = token.toLatin1();
    tampered[tampered.size() - 5] = tampered[tampered.size() - 5] == 'A' ? 'B' : 'A';
    QCOMPARE(get(registry.url(u"/v2/demo/tags/list"_s), "Bearer " + tampered).status, 401);

    // Wrong credentials at the token server: 401 from the issuer itself.
    QCOMPARE(get(tokenUrl, "Basic " + QByteArray("ponton:nope").toBase64()).status, 401);
}

QTEST_GUILESS_MAIN(TestRegistryFixture)
#include "tst_registryfixture.moc"
