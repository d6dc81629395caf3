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

namespace {

// Pushes an "alpine" of its own (made from `seed`) to `registry`, as docker.io's library/alpine: its ID,
// invalid when it could not be pushed.
Digest pushAlpine(const Test::RegistryFixture &registry, const QString &sourceRoot, quint32 seed)
{
    Store::ImageStore source(sourceRoot);
    Test::ImageSpec spec;
    spec.seed = seed;
    spec.tags = {u"%1/library/alpine:latest"_s.arg(registry.hostPort())};
    const Result<Store::ImageRecord> image = Test::ImageFixture::create(source, spec);
    if (!image)
        return {};
    EngineOptions sourceOptions;
    sourceOptions.root = source.root();
    Engine pusher(sourceOptions);
    Job *push = pusher.push(spec.tags.constFirst(), {});
    QSignalSpy pushed(push, &Job::finished);
    if (!pushed.wait(30000) || !push->result().ok) {
        qWarning("%s", qPrintable(push->result().error.toString()));
        return {};
    }
    return image->id;
}

} // namespace

class TestRegistryMirrors : public QObject
{
    Q_OBJECT
private slots:
    void writesTheEngineConfiguration();
    void refusesBadAddresses();
    void pullsDockerHubImagesFromTheMirror();
    void aChangedMirrorAppliesWithoutRestart();
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
    const Digest pushed = pushAlpine(registry, dir.filePath(u"source"_s), 1);
    QVERIFY(pushed.isValid());

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
    QCOMPARE(pull->result().value.value<Registry::PullResult>().imageId, pushed);
}

// Two loopback registries, each with its own "alpine": the engine pulls from the first mirror, the
// settings dialog then names the second, and the same engine pulls the second's image.
void TestRegistryMirrors::aChangedMirrorAppliesWithoutRestart()
{
    if (!Test::RegistryFixture::isAvailable())
        QSKIP("docker-registry is not installed (Debian package docker-registry)");
    Test::RegistryFixture first;
    Test::RegistryFixture second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    QTemporaryDir dir;
    const QList<Digest> ids{pushAlpine(first, dir.filePath(u"source-1"_s), 40), pushAlpine(second, dir.filePath(u"source-2"_s), 41)};
    QVERIFY(ids.at(0).isValid() && ids.at(1).isValid());
    QVERIFY(ids.at(0) != ids.at(1));

    const QString config = dir.filePath(u"registries.json"_s);
    QVERIFY(Gui::RegistryMirrorSetting(config).setMirrors({first.url().toString(QUrl::StripTrailingSlash)}));
    qputenv("PONTON_REGISTRY_CONFIG", QFile::encodeName(config));
    EngineOptions options;
    options.root = dir.filePath(u"store"_s);
    Engine engine(options);
    const auto pullAlpine = [&engine]() -> Digest {
        Job *pull = engine.pull(u"alpine"_s, {});
        QSignalSpy pulled(pull, &Job::finished);
        if (!pulled.wait(30000) || !pull->result().ok) {
            qWarning("%s", qPrintable(pull->result().error.toString()));
            return {};
        }
        return pull->result().value.value<Registry::PullResult>().imageId;
    };
    QCOMPARE(pullAlpine(), ids.at(0));

    // The dialog the File menu opens; the main window reloads the engine's configuration on saved().
    Gui::SettingsDialog dialog(config);
    connect(&dialog, &Gui::SettingsDialog::saved, &engine, [&engine] { engine.reloadRegistryConfig(); });
    dialog.setMirrorsText(second.url().toString(QUrl::StripTrailingSlash));
    QVERIFY(dialog.save());
    const Digest afterChange = pullAlpine();
    qunsetenv("PONTON_REGISTRY_CONFIG");
    QCOMPARE(afterChange, ids.at(1));
}

QTEST_MAIN(TestRegistryMirrors)
#include "tst_registrymirrors.moc"
