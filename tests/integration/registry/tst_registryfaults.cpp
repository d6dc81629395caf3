// A fault-injecting proxy in front of the real registry: every case ends in a verified pull or a clear
// error, never an unverified blob in the store, never a half-registered image.
#include "registry/registryclient.h"
#include "store/imagestore.h"
#include "support/registryfaultproxy.h"
#include "support/registryfixture.h"
#include "support/registrytestclient.h"
#include "support/registrytestimage.h"
#include "support/verifyresult.h"
#include "support/registrytokenissuer.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Ponton;
using namespace Ponton::Registry;
using namespace Ponton::Test;
using namespace Qt::StringLiterals;
using Fault = RegistryFaultProxy::Fault;

class TestRegistryFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void droppedConnectionResumesWithRange();
    void corruptByteIsRefetchedOnce();
    void persistentCorruptionFailsCleanly();
    void serviceUnavailableTwiceThenRecovers();
    void tooManyRequestsHonoursRetryAfter();
    void wrongContentDigestIsRefused();
    void unavailableForeverIsAClearError();
    void cancelLeavesResumablePartialThatTheNextPullResumes();
    void redirectedBlobsNeverSeeAuthorization();
    void refusedTokenIsRefreshedOnce();

private:
    Result<PullResult> pull(RegistryClient &client, std::function<bool()> canceled = {},
                            RegistryProgressLog *log = nullptr);
    QString blobPath(const Digest &digest) const { return u"/blobs/"_s + digest.toString(); }
    void verifyNothingRegistered();
    struct TokenSetup {
        std::unique_ptr<RegistryFixture> registry;
        std::unique_ptr<RegistryFaultProxy> proxy;
        QString reference;
    };
    Result<TokenSetup> tokenRegistryBehindProxy();

    std::unique_ptr<RegistryFixture> m_registry;
    std::unique_ptr<RegistryFaultProxy> m_proxy;
    std::unique_ptr<QTemporaryDir> m_storeDir;
    std::unique_ptr<Store::ImageStore> m_store;
    std::optional<RegistryTestImage> m_image;
    QTemporaryDir m_work;
};

void TestRegistryFaults::initTestCase()
{
    if (!RegistryFixture::isAvailable() || !RegistryFixture::hasTool(u"skopeo"_s))
        QSKIP("docker-registry and skopeo are needed");
    m_registry = std::make_unique<RegistryFixture>(RegistryFixture::Setup::Plain);
    VERIFY_OK(m_registry->start());
    // A small layer and a 3 MiB one: faults in the middle of the large one happen mid-stream.
    Result<RegistryTestImage> image = RegistryTestImage::make({16 * 1024, 3 * 1024 * 1024}, u"amd64"_s, 31);
    VERIFY_OK(image);
    m_image = *image;
    const QString layout = m_work.filePath(u"layout"_s);
    VERIFY_OK(RegistryTestImage::writeLayout(layout, u"t"_s, {*m_image}));
    VERIFY_OK(m_registry->skopeoCopyTo(u"oci:%1:t"_s.arg(layout), u"ponton/faults:1"_s));
}

void TestRegistryFaults::init()
{
    m_proxy = std::make_unique<RegistryFaultProxy>(m_registry->port());
    QVERIFY(m_proxy->start());
    m_storeDir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store::ImageStore>(m_storeDir->path());
    VERIFY_OK(m_store->initialize());
}

void TestRegistryFaults::cleanup()
{
    m_proxy.reset();
    m_store.reset();
    m_storeDir.reset();
}

Result<PullResult> TestRegistryFaults::pull(RegistryClient &client, std::function<bool()> canceled,
                                            RegistryProgressLog *log)
{
    const Result<Reference> reference = Reference::parse(m_proxy->hostPort() + u"/ponton/faults:1"_s);
    if (!reference)
        return std::unexpected(reference.error());
    return waitFor(client.pull(PullRequest{*reference, {}, canceled}, *m_store,
                               log ? log->sink() : RegistryClient::ProgressSink{}));
}

static RegistryConfig fastRetries()
{
    RegistryConfig config;
    config.retryDelayMs = 20;
    config.certsDirectories = {};
    return config;
}

void TestRegistryFaults::verifyNothingRegistered()
{
    const auto images = m_store->images();
    VERIFY_OK(images);
    QVERIFY(images->isEmpty());
    const auto blobs = m_store->content().list();
    VERIFY_OK(blobs);
    for (const Digest &digest : *blobs)
        VERIFY_OK(m_store->content().verify(digest)); // whatever is there is verified content
}

void TestRegistryFaults::droppedConnectionResumesWithRange()
{
    const Digest big = m_image->layers().last().digest;
    m_proxy->inject(Fault::DropMidBody, "GET", blobPath(big));
    RegistryClient client(fastRetries(), {});
    VERIFY_OK(pull(client));
    const auto gets = m_proxy->requestsFor(big.toString(), "GET");
    QCOMPARE(gets.size(), 2);
    QVERIFY(gets[0].range.isEmpty());
    const qint64 half = m_image->layers().last().bytes.size() / 2;
    QVERIFY2(gets[1].range.startsWith("bytes="), gets[1].range.constData());
    const qint64 resumedAt = gets[1].range.mid(6).chopped(1).toLongLong();
    QVERIFY2(resumedAt > 0 && resumedAt <= half, gets[1].range.constData());
    VERIFY_OK(m_store->content().verify(big));
    VERIFY_OK(m_store->resolve(m_proxy->hostPort() + u"/ponton/faults:1"_s));
    QVERIFY(m_store->content().ingests().isEmpty());
}

void TestRegistryFaults::corruptByteIsRefetchedOnce()
{
    const Digest big = m_image->layers().last().digest;
    m_proxy->inject(Fault::CorruptByte, "GET", blobPath(big));
    RegistryClient client(fastRetries(), {});
    VERIFY_OK(pull(client));
    const auto gets = m_proxy->requestsFor(big.toString(), "GET");
    QCOMPARE(gets.size(), 2);
    QVERIFY(gets[1].range.isEmpty()); // a corrupt download restarts from zero
    VERIFY_OK(m_store->content().verify(big));
}

void TestRegistryFaults::persistentCorruptionFailsCleanly()
{
    const Digest big = m_image->layers().last().digest;
    m_proxy->inject(Fault::CorruptByte, "GET", blobPath(big), 100);
    RegistryClient client(fastRetries(), {});
    const Result<PullResult> result = pull(client);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::DigestMismatch);
    QVERIFY(!m_store->content().contains(big));
    verifyNothingRegistered();
    QVERIFY(m_store->content().ingests().isEmpty()); // a mismatching ingest is not kept for resuming
}

void TestRegistryFaults::serviceUnavailableTwiceThenRecovers()
{
    m_proxy->inject(Fault::ServiceUnavailable, "GET", u"/manifests/"_s, 2);
    RegistryClient client(fastRetries(), {});
    VERIFY_OK(pull(client));
    const auto manifests = m_proxy->requestsFor(u"/manifests/1"_s, "GET");
    QCOMPARE(manifests.size(), 3);
    QVERIFY(manifests[0].faulted && manifests[1].faulted && !manifests[2].faulted);
}

void TestRegistryFaults::tooManyRequestsHonoursRetryAfter()
{
    const Digest small = m_image->layers().first().digest;
    m_proxy->inject(Fault::TooManyRequests, "GET", blobPath(small), 1, 1);
    RegistryClient client(fastRetries(), {});
    QElapsedTimer timer;
    timer.start();
    VERIFY_OK(pull(client));
    // The retry delay is 20 ms; only Retry-After explains a second's wait.
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_proxy->requestsFor(small.toString(), "GET").size(), 2);
}

void TestRegistryFaults::wrongContentDigestIsRefused()
{
    m_proxy->inject(Fault::WrongContentDigest, "GET", u"/manifests/"_s, 100);
    RegistryClient client(fastRetries(), {});
    const Result<PullResult> result = pull(client);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::DigestMismatch);
    QVERIFY(result.error().detail.contains(u"Docker-Content-Digest"_s));
    verifyNothingRegistered();
}

void TestRegistryFaults::unavailableForeverIsAClearError()
{
    const Digest small = m_image->layers().first().digest;
    m_proxy->inject(Fault::ServiceUnavailable, "GET", blobPath(small), 1000);
    RegistryConfig config = fastRetries();
    config.maxDownloadAttempts = 3;
    RegistryClient client(config, {});
    const Result<PullResult> result = pull(client);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Unavailable);
    QVERIFY2(result.error().detail.contains(u"503"_s), qPrintable(result.error().toString()));
    QCOMPARE(m_proxy->requestsFor(small.toString(), "GET").size(), 3);
    verifyNothingRegistered();
}

void TestRegistryFaults::cancelLeavesResumablePartialThatTheNextPullResumes()
{
    const Digest big = m_image->layers().last().digest;
    m_proxy->inject(Fault::Throttle, "GET", blobPath(big));
    std::atomic<bool> canceled{false};
    RegistryProgressLog log;
    RegistryClient client(fastRetries(), {});
    const Result<Reference> reference = Reference::parse(m_proxy->hostPort() + u"/ponton/faults:1"_s);
    VERIFY_OK(reference);
    QFuture<Result<PullResult>> future = client.pull(PullRequest{*reference, {}, [&] { return canceled.load(); }},
                                                     *m_store, log.sink());
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(log.events().cbegin(), log.events().cend(), [&](const LayerProgress &e) {
        return e.blob == big && e.state == LayerProgress::State::Downloading && e.current > 0;
    }), 20000);
    canceled.store(true);
    const Result<PullResult> result = waitFor(future);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Canceled);
    verifyNothingRegistered();
    QVERIFY(!m_store->content().contains(big));
    QVERIFY(m_store->content().ingests().size() >= 1); // the partial download is kept

    RegistryClient again(fastRetries(), {});
    VERIFY_OK(pull(again));
    const auto gets = m_proxy->requestsFor(big.toString(), "GET");
    QVERIFY(gets.size() >= 2);
    QVERIFY2(gets.last().range.startsWith("bytes="), gets.last().range.constData());
    VERIFY_OK(m_store->content().verify(big));
    QVERIFY(m_store->content().ingests().isEmpty());
}

Result<TestRegistryFaults::TokenSetup> TestRegistryFaults::tokenRegistryBehindProxy()
{
    TokenSetup setup;
    setup.registry = std::make_unique<RegistryFixture>(RegistryFixture::Setup::Token);
    if (Status started = setup.registry->start(); !started)
        return std::unexpected(started.error());
    if (Status copied = setup.registry->skopeoCopyTo(u"oci:%1:t"_s.arg(m_work.filePath(u"layout"_s)), u"ponton/secret:1"_s);
        !copied)
        return std::unexpected(copied.error());
    setup.proxy = std::make_unique<RegistryFaultProxy>(setup.registry->port());
    if (!setup.proxy->start())
        return std::unexpected(Error{ErrorCode::Unavailable, u"proxy"_s, {}});
    setup.reference = setup.proxy->hostPort() + u"/ponton/secret:1"_s;
    return setup;
}

void TestRegistryFaults::redirectedBlobsNeverSeeAuthorization()
{
    Result<TokenSetup> setup = tokenRegistryBehindProxy();
    VERIFY_OK(setup);
    setup->proxy->inject(Fault::RedirectToStorage, "GET", u"/blobs/"_s, 100);
    const QString user = setup->registry->username();
    const QString password = setup->registry->password();
    RegistryClient client(fastRetries(), [=](const QString &) -> Result<Credentials> { return Credentials{user, password, {}}; });
    const Result<PullResult> result = waitFor(client.pull(PullRequest{Reference::parse(setup->reference).value(), {}, {}}, *m_store));
    VERIFY_OK(result);
    QCOMPARE(result->manifestDigest, m_image->manifest().digest);
    int storageRequests = 0;
    for (const RegistryFaultProxy::Seen &seen : setup->proxy->requests()) {
        if (seen.storage) {
            ++storageRequests;
            QVERIFY2(!seen.authorization, seen.target.constData());
        } else if (seen.target.contains("/manifests/") || seen.target.contains("/blobs/")) {
            QVERIFY2(seen.authorization, seen.target.constData()); // the registry itself gets the token
        }
    }
    QCOMPARE(storageRequests, 3); // config and two layers
    VERIFY_OK(m_store->content().verify(m_image->layers().last().digest));
    QVERIFY(!setup->registry->tokenIssuer()->sawAuthorizationOtherThanBasic());
}

void TestRegistryFaults::refusedTokenIsRefreshedOnce()
{
    Result<TokenSetup> setup = tokenRegistryBehindProxy();
    VERIFY_OK(setup);
    const QString user = setup->registry->username();
    const QString password = setup->registry->password();
    RegistryClient client(fastRetries(), [=](const QString &) -> Result<Credentials> { return Credentials{user, password, {}}; });
    // The first blob request reaches the registry without its token: 401 and a challenge.
    setup->proxy->inject(Fault::StripAuthorization, "GET", blobPath(m_image->layers().first().digest), 1);
    const Result<PullResult> result = waitFor(client.pull(PullRequest{Reference::parse(setup->reference).value(), {}, {}}, *m_store));
    VERIFY_OK(result);
    QCOMPARE(client.tokensFetched(), 2);
    const auto gets = setup->proxy->requestsFor(m_image->layers().first().digest.toString(), "GET");
    QCOMPARE(gets.size(), 2);
    QVERIFY(gets[0].faulted);
    QVERIFY(gets[1].authorization);
}

QTEST_GUILESS_MAIN(TestRegistryFaults)
#include "tst_registryfaults.moc"
