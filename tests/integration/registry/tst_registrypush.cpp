// Pushes with Ponton to the real registry, read back by skopeo and unpacked by umoci; cross-repository
// mounts, existing blobs, chunked uploads, refused pushes; login checks.
#include "registry/registryclient.h"
#include "store/imagestore.h"
#include "support/registryfixture.h"
#include "support/registrytestclient.h"
#include "support/registrytestimage.h"
#include "support/verifyresult.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Ponton;
using namespace Ponton::Registry;
using namespace Ponton::Test;
using namespace Qt::StringLiterals;
using State = LayerProgress::State;

class TestRegistryPush : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pushToAnotherRepositoryMountsTheBlobs();
    void pushToAnotherRegistryIsReadBySkopeoAndUmoci();
    void secondPushFindsEveryBlob();
    void chunkedUploadToTokenRegistry();
    void anonymousPushIsRefused();
    void loginChecks();

private:
    static RegistryConfig configFor(const RegistryFixture &registry);
    static RegistryClient::CredentialSource credentialsOf(const RegistryFixture &registry);
    Result<PushResult> push(RegistryClient &client, const QString &source, const QString &target,
                            RegistryProgressLog *log = nullptr);
    Status pullSource(RegistryClient &client);

    std::unique_ptr<RegistryFixture> m_source;
    std::optional<RegistryTestImage> m_image;
    QTemporaryDir m_work;
    std::unique_ptr<Store::ImageStore> m_store;
    QString m_sourceReference;
};

void TestRegistryPush::initTestCase()
{
    if (!RegistryFixture::isAvailable() || !RegistryFixture::hasTool(u"skopeo"_s))
        QSKIP("docker-registry and skopeo are needed");
    m_source = std::make_unique<RegistryFixture>(RegistryFixture::Setup::Plain);
    VERIFY_OK(m_source->start());
    Result<RegistryTestImage> image = RegistryTestImage::make({8 * 1024, 700 * 1024}, u"amd64"_s, 41);
    VERIFY_OK(image);
    m_image = *image;
    VERIFY_OK(RegistryTestImage::writeLayout(m_work.filePath(u"layout"_s), u"t"_s, {*m_image}));
    VERIFY_OK(m_source->skopeoCopyTo(u"oci:%1:t"_s.arg(m_work.filePath(u"layout"_s)), u"ponton/src:1"_s));
    m_store = std::make_unique<Store::ImageStore>(m_work.filePath(u"store"_s));
    VERIFY_OK(m_store->initialize());
    m_sourceReference = m_source->hostPort() + u"/ponton/src:1"_s;
    RegistryClient client(configFor(*m_source), {});
    VERIFY_OK(pullSource(client));
}

RegistryConfig TestRegistryPush::configFor(const RegistryFixture &registry)
{
    RegistryConfig config;
    config.retryDelayMs = 20;
    config.certsDirectories = registry.certsDirectory().isEmpty() ? QStringList{} : QStringList{registry.certsDirectory()};
    return config;
}

RegistryClient::CredentialSource TestRegistryPush::credentialsOf(const RegistryFixture &registry)
{
    const QString user = registry.username();
    const QString password = registry.password();
    return [=](const QString &) -> Result<Credentials> { return Credentials{user, password, {}}; };
}

Status TestRegistryPush::pullSource(RegistryClient &client)
{
    const Result<PullResult> pulled = waitFor(client.pull(PullRequest{Reference::parse(m_sourceReference).value(), {}, {}}, *m_store));
    if (!pulled)
        return std::unexpected(pulled.error());
    return {};
}

Result<PushResult> TestRegistryPush::push(RegistryClient &client, const QString &source, const QString &target,
                                          RegistryProgressLog *log)
{
    const Result<Reference> reference = Reference::parse(target);
    if (!reference)
        return std::unexpected(reference.error());
    return waitFor(client.push(PushRequest{source, *reference, {}}, *m_store, log ? log->sink() : RegistryClient::ProgressSink{}));
}

void TestRegistryPush::pushToAnotherRepositoryMountsTheBlobs()
{
    RegistryClient client(configFor(*m_source), {});
    RegistryProgressLog log;
    const Result<PushResult> pushed = push(client, m_sourceReference, m_source->hostPort() + u"/ponton/dst:2"_s, &log);
    VERIFY_OK(pushed);
    QCOMPARE(pushed->manifestDigest, m_image->manifest().digest);
    QCOMPARE(pushed->manifestSize, m_image->manifest().bytes.size());
    for (const auto &layer : m_image->layers()) {
        const auto states = log.statesOf(layer.digest);
        QVERIFY2(states.contains(State::Mounted), qPrintable(QString::number(states.size())));
        QVERIFY(!states.contains(State::Pushed));
    }
    const bool mountedFromSource = std::any_of(log.events().cbegin(), log.events().cend(), [](const LayerProgress &e) {
        return e.state == State::Mounted && e.detail == u"ponton/src";
    });
    QVERIFY(mountedFromSource);
    const Result<QByteArray> raw = m_source->skopeoInspect(u"ponton/dst:2"_s, true);
    VERIFY_OK(raw);
    QCOMPARE(*raw, m_image->manifest().bytes); // byte for byte
}

void TestRegistryPush::pushToAnotherRegistryIsReadBySkopeoAndUmoci()
{
    RegistryFixture target(RegistryFixture::Setup::TlsBasic);
    VERIFY_OK(target.start());
    RegistryClient client(configFor(target), credentialsOf(target));
    RegistryProgressLog log;
    const QString destination = target.hostPort() + u"/team/app:1.0"_s;
    const Result<PushResult> pushed = push(client, m_sourceReference, destination, &log);
    VERIFY_OK(pushed);
    for (const auto &layer : m_image->layers()) {
        const auto states = log.statesOf(layer.digest);
        QCOMPARE(states.first(), State::Preparing);
        QCOMPARE(states.last(), State::Pushed);
    }
    const Result<QByteArray> summary = target.skopeoInspect(u"team/app:1.0"_s, false);
    VERIFY_OK(summary);
    const QJsonObject inspected = QJsonDocument::fromJson(*summary).object();
    QCOMPARE(inspected.value(u"Digest"_s).toString(), m_image->manifest().digest.toString());
    QCOMPARE(inspected.value(u"Architecture"_s).toString(), u"amd64"_s);

    // skopeo copies it out (verifying every blob's digest) and umoci unpacks it.
    const QString layout = m_work.filePath(u"copied"_s);
    VERIFY_OK(target.skopeoCopyFrom(u"team/app:1.0"_s, u"oci:%1:app"_s.arg(layout)));
    if (!RegistryFixture::hasTool(u"umoci"_s))
        QSKIP("umoci is not installed");
    const QString bundle = m_work.filePath(u"bundle"_s);
    VERIFY_OK(RegistryFixture::runTool(u"umoci"_s, {u"unpack"_s, u"--rootless"_s, u"--image"_s, layout + u":app"_s, bundle}));
    const QFileInfo file(bundle + u"/rootfs/layer1-41.bin"_s);
    QVERIFY(file.exists());
    QCOMPARE(file.size(), qint64(700 * 1024));
}

void TestRegistryPush::secondPushFindsEveryBlob()
{
    RegistryFixture target(RegistryFixture::Setup::Plain);
    VERIFY_OK(target.start());
    RegistryClient client(configFor(target), {});
    const QString destination = target.hostPort() + u"/again/app:1"_s;
    VERIFY_OK(push(client, m_sourceReference, destination));
    RegistryProgressLog log;
    VERIFY_OK(push(client, m_sourceReference, target.hostPort() + u"/again/app:2"_s, &log));
    // Same repository name differs: blobs mount or exist; a push to the same repository finds them.
    RegistryProgressLog same;
    VERIFY_OK(push(client, m_sourceReference, destination, &same));
    for (const auto &layer : m_image->layers())
        QCOMPARE(same.statesOf(layer.digest).last(), State::AlreadyExists);
    QCOMPARE(same.statesOf(m_image->config().digest).last(), State::AlreadyExists);
}

void TestRegistryPush::chunkedUploadToTokenRegistry()
{
    RegistryFixture target(RegistryFixture::Setup::Token);
    VERIFY_OK(target.start());
    RegistryConfig config = configFor(target);
    config.chunkSize = 64 * 1024;
    RegistryClient client(config, credentialsOf(target));
    RegistryProgressLog log;
    const Result<PushResult> pushed = push(client, m_sourceReference, target.hostPort() + u"/chunked/app:1"_s, &log);
    VERIFY_OK(pushed);
    // Progress in chunk steps for the 700 KiB layer.
    const Digest big = m_image->layers().last().digest;
    int pushingEvents = 0;
    for (const LayerProgress &event : log.events())
        pushingEvents += event.blob == big && event.state == State::Pushing ? 1 : 0;
    QVERIFY2(pushingEvents >= 2, qPrintable(QString::number(pushingEvents)));
    VERIFY_OK(target.skopeoCopyFrom(u"chunked/app:1"_s, u"oci:%1:c"_s.arg(m_work.filePath(u"chunked"_s))));
    QVERIFY(QFile::exists(m_work.filePath(u"chunked/blobs/sha256/"_s + big.hex())));
}

void TestRegistryPush::anonymousPushIsRefused()
{
    RegistryFixture target(RegistryFixture::Setup::Token);
    VERIFY_OK(target.start());
    RegistryClient client(configFor(target), [](const QString &) -> Result<Credentials> { return Credentials{}; });
    const Result<PushResult> pushed = push(client, m_sourceReference, target.hostPort() + u"/nope/app:1"_s);
    QVERIFY(!pushed);
    QCOMPARE(pushed.error().code, ErrorCode::Unauthorized);
    QVERIFY(!target.skopeoInspect(u"nope/app:1"_s, true));
}

void TestRegistryPush::loginChecks()
{
    RegistryFixture tls(RegistryFixture::Setup::TlsBasic);
    VERIFY_OK(tls.start());
    RegistryClient tlsClient(configFor(tls), [](const QString &) -> Result<Credentials> { return Credentials{}; });
    VERIFY_OK(waitFor(tlsClient.checkLogin(tls.hostPort(), {tls.username(), tls.password(), {}})));
    const Status wrong = waitFor(tlsClient.checkLogin(tls.hostPort(), {tls.username(), u"bad-secret"_s, {}}));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::Unauthorized);
    QVERIFY(!wrong.error().toString().contains(u"bad-secret"_s));

    RegistryFixture token(RegistryFixture::Setup::Token);
    VERIFY_OK(token.start());
    RegistryClient tokenClient(configFor(token), [](const QString &) -> Result<Credentials> { return Credentials{}; });
    VERIFY_OK(waitFor(tokenClient.checkLogin(token.hostPort(), {token.username(), token.password(), {}})));
    const Status refused = waitFor(tokenClient.checkLogin(token.hostPort(), {token.username(), u"bad-secret"_s, {}}));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
}

QTEST_GUILESS_MAIN(TestRegistryPush)
#include "tst_registrypush.moc"
