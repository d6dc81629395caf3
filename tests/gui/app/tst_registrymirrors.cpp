// The registry-mirror setting: written into the engine's registry configuration (other keys kept,
// bad addresses refused with the reason), and a real pull of "alpine" served by a loopback registry
// that the setting names as docker.io's mirror.
#include "app/registrymirrorsetting.h"
#include "app/settingsdialog.h"
#include "support/imagefixture.h"
#include "support/registryfixture.h"

#include "engine/engine.h"
#include "registry/pullrequest.h"
#include "registry/registryconfig.h"
#include "store/imagestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ponton;
using namespace Qt::StringLiterals;

class TestRegistryMirrors : public QObject
{
    Q_OBJECT
private slots:
    void writesTheEngineConfiguration();
    void refusesBadAddresses();
    void pullsDockerHubImagesFromTheMirror();
};

void TestRegistryMirrors::writesTheEngineConfiguration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"conf/registries.json"_s);
    QVERIFY(QDir().mkpath(dir.filePath(u"conf"_s)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"insecure-registries": ["lab:5000"]})");
    file.close();
    const Gui::RegistryMirrorSetting setting(path);
    QVERIFY(setting.setMirrors({u"http://127.0.0.1:5999"_s}));
    QCOMPARE(*setting.mirrors(), QStringList{u"http://127.0.0.1:5999"_s});
    Result<Registry::RegistryConfig> config = Registry::RegistryConfig::load(path);
    QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
    QCOMPARE(config->mirrors, QStringList{u"http://127.0.0.1:5999"_s});
    QVERIFY(config->allowsPlainHttp(u"lab:5000"_s)); // the other keys are kept
    QCOMPARE(config->endpoints(u"docker.io"_s).constFirst().host, u"127.0.0.1:5999"_s);
    QVERIFY(setting.setMirrors({}));
    QVERIFY(Registry::RegistryConfig::load(path)->mirrors.isEmpty());
}

void TestRegistryMirrors::refusesBadAddresses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"registries.json"_s);
    Gui::SettingsDialog dialog(path);
    dialog.setMirrorsText(u"http://127.0.0.1:5000\nftp://mirror"_s);
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.errorText().contains(u"ftp://mirror"_s), qPrintable(dialog.errorText()));
    QVERIFY(!QFile::exists(path)); // nothing written
    dialog.setMirrorsText(u"http://127.0.0.1:5000\n\n"_s);
    QVERIFY(dialog.save());
    QCOMPARE(*Gui::RegistryMirrorSetting(path).mirrors(), QStringList{u"http://127.0.0.1:5000"_s});
}

void TestRegistryMirrors::pullsDockerHubImagesFromTheMirror()
{
    if (!Test::RegistryFixture::isAvailable())
        QSKIP("docker-registry is not installed (Debian package docker-registry)");
    Test::RegistryFixture registry;
    QVERIFY(registry.start());
    QTemporaryDir dir;
    Store::ImageStore source(dir.filePath(u"source"_s));
    Test::ImageSpec spec;
    spec.tags = {u"%1/library/alpine:latest"_s.arg(registry.hostPort())};
    const Result<Store::ImageRecord> image = Test::ImageFixture::create(source, spec);
    QVERIFY(image);
    EngineOptions sourceOptions;
    sourceOptions.root = source.root();
    Engine pusher(sourceOptions);
    Job *push = pusher.push(spec.tags.constFirst(), {});
    QSignalSpy pushed(push, &Job::finished);
    QVERIFY(pushed.wait(30000));
    QVERIFY2(push->result().ok, qPrintable(push->result().error.toString()));

    const QString config = dir.filePath(u"registries.json"_s);
    QVERIFY(Gui::RegistryMirrorSetting(config).setMirrors({registry.url().toString(QUrl::StripTrailingSlash)}));
    qputenv("PONTON_REGISTRY_CONFIG", QFile::encodeName(config));
    EngineOptions options;
    options.root = dir.filePath(u"store"_s);
    Engine engine(options);
    Job *pull = engine.pull(u"alpine"_s, {});
    QSignalSpy pulled(pull, &Job::finished);
    QVERIFY(pulled.wait(30000));
    qunsetenv("PONTON_REGISTRY_CONFIG");
    QVERIFY2(pull->result().ok, qPrintable(pull->result().error.toString()));
    QCOMPARE(pull->result().value.value<Registry::PullResult>().imageId, image->id);
}

QTEST_MAIN(TestRegistryMirrors)
#include "tst_registrymirrors.moc"
