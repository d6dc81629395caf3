// Pulls from the real distribution registry in its three set-ups, images pushed there by skopeo.
#include "registry/dockerconfig.h"
#include "registry/registryclient.h"
#include "store/imagestore.h"
#include "support/registryfixture.h"
#include "support/registrytestclient.h"
#include "support/registrytestimage.h"
#include "support/verifyresult.h"
#include "support/registrytokenissuer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Ponton;
using namespace Ponton::Registry;
using namespace Ponton::Test;
using namespace Qt::StringLiterals;
using State = LayerProgress::State;

class TestRegistryPull : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void plainPullStoresVerifiedImageWithProgress();
    void secondPullIsUpToDate();
    void tlsBasicNeedsTheCaAndTheCredentials();
    void tokenPullCachesOneTokenPerScope();
    void tokenAnonymousPullAndRefusedCredentials();
    void multiArchSelectsThePlatform();
    void unknownTagIsNotFound();
    void listsEveryTag();
    void dockerHubThroughMirrors();

private:
    struct Pushed { RegistryTestImage image; QString repositoryTag; };
    Result<Pushed> pushImage(RegistryFixture &registry, const QString &repositoryTag, const QList<qint64> &sizes,
                     quint32 seed);
    Result<PullResult> pull(RegistryClient &client, const Store::ImageStore &store, const QString &reference,
                            RegistryProgressLog *log = nullptr, std::optional<Image::Platform> platform = {});
    static RegistryConfig quickConfig();
    QTemporaryDir m_work;
};

void TestRegistryPull::initTestCase()
{
    if (!RegistryFixture::isAvailable() || !RegistryFixture::hasTool(u"skopeo"_s))
        QSKIP("docker-registry and skopeo are needed");
    QVERIFY(m_work.isValid());
    qputenv("DOCKER_CONFIG", m_work.filePath(u"docker-config"_s).toLocal8Bit());
}

RegistryConfig TestRegistryPull::quickConfig()
{
    RegistryConfig config;
    config.retryDelayMs = 20;
    config.certsDirectories = {};
    return config;
}

Result<TestRegistryPull::Pushed> TestRegistryPull::pushImage(RegistryFixture &registry, const QString &repositoryTag,
                                                             const QList<qint64> &sizes, quint32 seed)
{
    Result<RegistryTestImage> image = RegistryTestImage::make(sizes, u"amd64"_s, seed);
    if (!image)
        return std::unexpected(image.error());
    const QString layout = m_work.filePath(u"layout-%1"_s.arg(seed));
    if (const Result<Digest> written = RegistryTestImage::writeLayout(layout, u"t"_s, {*image}); !written)
        return std::unexpected(written.error());
    if (const Status copied = registry.skopeoCopyTo(u"oci:%1:t"_s.arg(layout), repositoryTag); !copied)
        return std::unexpected(copied.error());
    return Pushed{*image, repositoryTag};
}

Result<PullResult> TestRegistryPull::pull(RegistryClient &client, const Store::ImageStore &store,
                                          const QString &reference, RegistryProgressLog *log,
                                          std::optional<Image::Platform> platform)
{
    const Result<Reference> parsed = Reference::parse(reference);
    if (!parsed)
        return std::unexpected(parsed.error());
    PullRequest request{*parsed, platform, {}};
    return waitFor(client.pull(request, store, log ? log->sink() : RegistryClient::ProgressSink{}));
}

void TestRegistryPull::plainPullStoresVerifiedImageWithProgress()
{
    RegistryFixture registry(RegistryFixture::Setup::Plain);
    VERIFY_OK(registry.start());
    const Result<Pushed> pushed = pushImage(registry, u"ponton/plain:1"_s, {64 * 1024, 1024 * 1024}, 11);
    VERIFY_OK(pushed);
    QTemporaryDir storeDir;
    Store::ImageStore store(storeDir.path());
    VERIFY_OK(store.initialize());
    RegistryClient client(quickConfig(), {});
    RegistryProgressLog log;
    const QString reference = registry.hostPort() + u"/ponton/plain:1"_s;
    const Result<PullResult> result = pull(client, store, reference, &log);
    VERIFY_OK(result);
    QCOMPARE(result->manifestDigest, pushed->image.manifest().digest);
    QCOMPARE(result->imageId, pushed->image.config().digest);
    QVERIFY(!result->upToDate);
    QCOMPARE(result->repoDigest, reference.section(u':', 0, 1) + u'@' + pushed->image.manifest().digest.toString());
    for (const auto &layer : pushed->image.layers()) {
        QVERIFY(store.content().contains(layer.digest));
        VERIFY_OK(store.content().verify(layer.digest));
        const auto states = log.statesOf(layer.digest);
        QVERIFY2(states.size() >= 4, qPrintable(QString::number(states.size())));
        QCOMPARE(states.first(), State::Waiting);
        QVERIFY(states.contains(State::Downloading));
        QVERIFY(states.indexOf(State::Verifying) > states.indexOf(State::Downloading));
        QCOMPARE(states.at(states.size() - 2), State::DownloadComplete);
        QCOMPARE(states.last(), State::PullComplete);
    }
    const auto downloading = log.events();
    const bool sawTotal = std::any_of(downloading.cbegin(), downloading.cend(), [&](const LayerProgress &e) {
        return e.state == State::Downloading && e.total == pushed->image.layers().last().bytes.size()
            && e.current == e.total;
    });
    QVERIFY(sawTotal);
    const Result<Store::ImageRecord> record = store.resolve(reference);
    VERIFY_OK(record);
    QCOMPARE(record->id, pushed->image.config().digest);
    QCOMPARE(record->manifest.digest, pushed->image.manifest().digest);
    QCOMPARE(record->layers.size(), 2);
    QVERIFY(store.content().ingests().isEmpty());
}

void TestRegistryPull::secondPullIsUpToDate()
{
    RegistryFixture registry(RegistryFixture::Setup::Plain);
    VERIFY_OK(registry.start());
    const Result<Pushed> pushed = pushImage(registry, u"ponton/again:1"_s, {4096}, 12);
    VERIFY_OK(pushed);
    QTemporaryDir storeDir;
    Store::ImageStore store(storeDir.path());
    VERIFY_OK(store.initialize());
    RegistryClient client(quickConfig(), {});
    const QString reference = registry.hostPort() + u"/ponton/again:1"_s;
    VERIFY_OK(pull(client, store, reference));
    RegistryProgressLog log;
    const Result<PullResult> again = pull(client, store, reference, &log);
    VERIFY_OK(again);
    QVERIFY(again->upToDate);
    QCOMPARE(log.statesOf(pushed->image.layers().first().digest), QList<State>{State::AlreadyExists});
}

void TestRegistryPull::tlsBasicNeedsTheCaAndTheCredentials()
{
    RegistryFixture registry(RegistryFixture::Setup::TlsBasic);
    VERIFY_OK(registry.start());
    const Result<Pushed> pushed = pushImage(registry, u"ponton/tls:1"_s, {32 * 1024}, 13);
    VERIFY_OK(pushed);
    const QString reference = registry.hostPort() + u"/ponton/tls:1"_s;
    QTemporaryDir storeDir;
    Store::ImageStore store(storeDir.path());
    VERIFY_OK(store.initialize());

    // Without the CA: HTTPS fails; plain HTTP (allowed on loopback) meets a TLS server: a clear error.
    RegistryClient untrusting(quickConfig(), RegistryClient::dockerConfigCredentials());
    const Result<PullResult> untrusted = pull(untrusting, store, reference);
    QVERIFY(!untrusted);
    QCOMPARE(untrusted.error().code, ErrorCode::Unavailable);
    QVERIFY2(untrusted.error().detail.contains(u"HTTPS"_s), qPrintable(untrusted.error().toString()));

    RegistryConfig config = quickConfig();
    config.certsDirectories = {registry.certsDirectory()};
    // With the CA but no credentials: Unauthorized.
    RegistryClient anonymous(config, [](const QString &) -> Result<Credentials> { return Credentials{}; });
    const Result<PullResult> refused = pull(anonymous, store, reference);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Unauthorized);

    // With the CA and config.json's credentials (DOCKER_CONFIG): the image.
    VERIFY_OK(registry.writeDockerConfig(DockerConfig::defaultDirectory()));
    RegistryClient client(config, RegistryClient::dockerConfigCredentials());
    const Result<PullResult> result = pull(client, store, reference);
    VERIFY_OK(result);
    QCOMPARE(result->manifestDigest, pushed->image.manifest().digest);
    VERIFY_OK(store.content().verify(pushed->image.layers().first().digest));
}

void TestRegistryPull::tokenPullCachesOneTokenPerScope()
{
    RegistryFixture registry(RegistryFixture::Setup::Token);
    VERIFY_OK(registry.start());
    const Result<Pushed> pushed = pushImage(registry, u"ponton/token:1"_s, {1024, 2048, 4096}, 14);
    VERIFY_OK(pushed);
    const int issuedBefore = registry.tokenIssuer()->tokensIssued();
    QTemporaryDir storeDir;
    Store::ImageStore store(storeDir.path());
    VERIFY_OK(store.initialize());
    const QString user = registry.username();
    const QString password = registry.password();
    RegistryClient client(quickConfig(), [=](const QString &) -> Result<Credentials> {
        return Credentials{user, password, {}};
    });
    const Result<PullResult> result = pull(client, store, registry.hostPort() + u"/ponton/token:1"_s);
    VERIFY_OK(result);
    QCOMPARE(result->manifestDigest, pushed->image.manifest().digest);
    // Manifest, config and three layers with one token for "repository:ponton/token:pull".
    QCOMPARE(client.tokensFetched(), 1);
    QCOMPARE(registry.tokenIssuer()->tokensIssued() - issuedBefore, 1);
    QCOMPARE(registry.tokenIssuer()->requestedScopes().constLast(), u"repository:ponton/token:pull"_s);
    QVERIFY(!registry.tokenIssuer()->sawAuthorizationOtherThanBasic());
}

void TestRegistryPull::tokenAnonymousPullAndRefusedCredentials()
{
    RegistryFixture registry(RegistryFixture::Setup::Token);
    VERIFY_OK(registry.start());
    VERIFY_OK(pushImage(registry, u"ponton/anon:1"_s, {1024}, 15));
    QTemporaryDir storeDir;
    Store::ImageStore store(storeDir.path());
    VERIFY_OK(store.initialize());
    RegistryClient anonymous(quickConfig(), [](const QString &) -> Result<Credentials> { return Credentials{}; });
    VERIFY_OK(pull(anonymous, store, registry.hostPort() + u"/ponton/anon:1"_s));

    RegistryClient wrong(quickConfig(), [](const QString &) -> Result<Credentials> {
        return Credentials{u"ponton"_s, u"wrong"_s, {}};
    });
    const Result<PullResult> refused = pull(wrong, store, registry.hostPort() + u"/ponton/anon:1"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
    QVERIFY(!refused.error().toString().contains(u"wrong"_s)); // the secret is never in an error
}

void TestRegistryPull::multiArchSelectsThePlatform()
{
    RegistryFixture registry(RegistryFixture::Setup::Plain);
    VERIFY_OK(registry.start());
    Result<RegistryTestImage> amd64 = RegistryTestImage::make({2048}, u"amd64"_s, 21);
    Result<RegistryTestImage> arm64 = RegistryTestImage::make({3072}, u"arm64"_s, 22);
    VERIFY_OK(amd64);
    VERIFY_OK(arm64);
    const QString layout = m_work.filePath(u"layout-multi"_s);
    const Result<Digest> index = RegistryTestImage::writeLayout(layout, u"multi"_s, {*amd64, *arm64});
    VERIFY_OK(index);
    VERIFY_OK(registry.skopeoCopyTo(u"oci:%1:multi"_s.arg(layout), u"ponton/multi:1"_s));
    QTemporaryDir storeDir;
    Store::ImageStore store(storeDir.path());
    VERIFY_OK(store.initialize());
    RegistryClient client(quickConfig(), {});
    const QString reference = registry.hostPort() + u"/ponton/multi:1"_s;

    const Result<PullResult> arm = pull(client, store, reference, nullptr, Image::Platform::parse(u"linux/arm64"_s).value());
    VERIFY_OK(arm);
    QCOMPARE(arm->manifestDigest, arm64->manifest().digest);
    QCOMPARE(arm->indexDigest, *index);
    QVERIFY(store.content().contains(arm64->layers().first().digest));
    QVERIFY(!store.content().contains(amd64->layers().first().digest));

    const Result<PullResult> host = pull(client, store, reference);
    const QString hostArch = Image::Platform::host().architecture;
    if (hostArch != u"amd64" && hostArch != u"arm64") {
        QVERIFY(!host);
        QCOMPARE(host.error().code, ErrorCode::NotFound);
        return;
    }
    VERIFY_OK(host);
    QCOMPARE(host->manifestDigest, (hostArch == u"amd64" ? amd64 : arm64)->manifest().digest);
}

void TestRegistryPull::unknownTagIsNotFound()
{
    RegistryFixture registry(RegistryFixture::Setup::Plain);
    VERIFY_OK(registry.start());
    QTemporaryDir storeDir;
    Store::ImageStore store(storeDir.path());
    VERIFY_OK(store.initialize());
    RegistryClient client(quickConfig(), {});
    const Result<PullResult> missing = pull(client, store, registry.hostPort() + u"/ponton/none:nope"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY2(missing.error().detail.contains(u"MANIFEST_UNKNOWN"_s) || missing.error().detail.contains(u"NAME_UNKNOWN"_s),
             qPrintable(missing.error().toString()));
    VERIFY_OK(store.images());
    QVERIFY(store.images()->isEmpty());
}

void TestRegistryPull::listsEveryTag()
{
    RegistryFixture registry(RegistryFixture::Setup::Token);
    VERIFY_OK(registry.start());
    const Result<Pushed> pushed = pushImage(registry, u"ponton/tags:one"_s, {1024}, 16);
    VERIFY_OK(pushed);
    VERIFY_OK(registry.skopeoCopyTo(u"oci:%1:t"_s.arg(m_work.filePath(u"layout-16"_s)), u"ponton/tags:two"_s));
    RegistryClient client(quickConfig(), [](const QString &) -> Result<Credentials> { return Credentials{}; });
    const Result<QStringList> tags = waitFor(client.listTags(Reference::parse(registry.hostPort() + u"/ponton/tags"_s).value()));
    VERIFY_OK(tags);
    QStringList sorted = *tags;
    sorted.sort();
    QCOMPARE(sorted, (QStringList{u"one"_s, u"two"_s}));
    const Result<QStringList> none = waitFor(client.listTags(Reference::parse(registry.hostPort() + u"/ponton/absent"_s).value()));
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::NotFound);
}

void TestRegistryPull::dockerHubThroughMirrors()
{
    // Two mirrors of docker.io on loopback: the first lacks the image, the second has it. Nothing leaves
    // the machine: the test fails rather than reach Docker Hub if the fallback order is wrong.
    RegistryFixture empty(RegistryFixture::Setup::Plain);
    RegistryFixture mirror(RegistryFixture::Setup::Plain);
    VERIFY_OK(empty.start());
    VERIFY_OK(mirror.start());
    const Result<Pushed> pushed = pushImage(mirror, u"library/alpine:latest"_s, {2048}, 17);
    VERIFY_OK(pushed);
    RegistryConfig config = quickConfig();
    config.mirrors = {empty.url().toString(), mirror.url().toString()};
    QTemporaryDir storeDir;
    Store::ImageStore store(storeDir.path());
    VERIFY_OK(store.initialize());
    RegistryClient client(config, {});
    const Result<PullResult> result = pull(client, store, u"alpine"_s);
    VERIFY_OK(result);
    QCOMPARE(result->reference.toString(), u"docker.io/library/alpine:latest"_s);
    QCOMPARE(result->manifestDigest, pushed->image.manifest().digest);
    QCOMPARE(result->repoDigest, u"docker.io/library/alpine@"_s + pushed->image.manifest().digest.toString());
    const Result<Store::ImageRecord> record = store.resolve(u"alpine:latest"_s);
    VERIFY_OK(record);
    QCOMPARE(record->id, pushed->image.config().digest);
}

QTEST_GUILESS_MAIN(TestRegistryPull)
#include "tst_registrypull.moc"
