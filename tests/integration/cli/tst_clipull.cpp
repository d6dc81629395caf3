// `ponton pull` and `ponton push` through the real binary against the real distribution registry.
#include "support/clirunner.h"
#include "support/imagefixture.h"
#include "support/registryfixture.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Ponton;
using namespace Qt::StringLiterals;

class TestCliPull : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pullThenPush();
    void pullUnknownTagFails();
    void pullAllTags();

private:
    using Run = Test::CliRun;
    Run ponton(const QStringList &arguments) const;

    Test::RegistryFixture m_registry;
    QTemporaryDir m_dir;
};

void TestCliPull::initTestCase()
{
    if (!Test::RegistryFixture::isAvailable())
        QSKIP("docker-registry is not installed (Debian package docker-registry)");
    QVERIFY2(m_registry.start(), "the registry did not start");
    // Two images of the repository "tools" (tags 1 and 2, for pull -a), pushed by skopeo.
    for (const int tag : {1, 2}) {
        Test::ImageSpec spec;
        spec.layers = 2;
        spec.seed = 76 + tag;
        spec.tags = {u"tools:latest"_s};
        const QString layout = m_dir.filePath(u"layout-%1"_s.arg(tag));
        const Result<Store::ImageRecord> created = Test::ImageFixture::createLayout(layout, spec);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        const Status copied = m_registry.skopeoCopyTo(u"oci:"_s + layout + u":tools:latest"_s, u"tools:%1"_s.arg(tag));
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().toString()));
    }
}

TestCliPull::Run TestCliPull::ponton(const QStringList &arguments) const
{
    Test::CliRunner runner;
    runner.setRoot(m_dir.filePath(u"store"_s));
    runner.setEnvironmentValue(u"LC_ALL"_s, u"C"_s);
    runner.setEnvironmentValue(u"DOCKER_CONFIG"_s, m_dir.filePath(u"docker"_s));
    runner.setEnvironmentValue(u"PONTON_REGISTRY_CONFIG"_s, m_dir.filePath(u"no-registries.json"_s));
    return runner.run(arguments);
}

void TestCliPull::pullThenPush()
{
    const QString name = m_registry.hostPort() + u"/tools:1"_s;
    Run run = ponton({u"pull"_s, name});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"1: Pulling from tools"_s);
    QCOMPARE(run.out.count(u": Pull complete"_s), 2);
    // As Docker: a layer is extracted (into its snapshot, we run as root) before its "Pull complete".
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).endsWith(u": Pull complete"_s))
            continue;
        const QString layer = lines.at(i).section(u':', 0, 0);
        const qsizetype extracting = lines.indexOf(layer + u": Extracting"_s);
        QVERIFY2(extracting >= 0 && extracting < i, qPrintable(run.out));
    }
    QVERIFY(lines.at(lines.size() - 3).startsWith(u"Digest: sha256:"_s));
    QCOMPARE(lines.at(lines.size() - 2), u"Status: Downloaded newer image for "_s + name);
    QCOMPARE(lines.last(), name);
    run = ponton({u"pull"_s, name});
    QVERIFY(run.out.contains(u"Status: Image is up to date for "_s + name));
    QCOMPARE(ponton({u"system"_s, u"check"_s}).exitCode, 0);

    const QString copy = m_registry.hostPort() + u"/copy:2"_s;
    QCOMPARE(ponton({u"tag"_s, name, copy}).exitCode, 0);
    run = ponton({u"push"_s, copy});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(u"The push refers to repository ["_s + m_registry.hostPort() + u"/copy]\n"_s));
    QVERIFY2(run.out.contains(u"2: digest: sha256:"_s), qPrintable(run.out));
    const Result<QByteArray> inspected = m_registry.skopeoInspect(u"copy:2"_s, false);
    QVERIFY2(inspected, qPrintable(inspected ? QString() : inspected.error().toString()));
    QVERIFY(inspected->contains("\"Layers\""));
}

void TestCliPull::pullUnknownTagFails()
{
    const Run run = ponton({u"pull"_s, m_registry.hostPort() + u"/tools:nope"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"Error: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"tools"_s), qPrintable(run.err));
}

void TestCliPull::pullAllTags()
{
    const QString repository = m_registry.hostPort() + u"/tools"_s;
    Run run = ponton({u"pull"_s, u"--all-tags"_s, repository});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(!run.out.contains(u"Using default tag"_s), qPrintable(run.out));
    QVERIFY2(lines.contains(u"1: Pulling from tools"_s), qPrintable(run.out));
    QVERIFY2(lines.contains(u"2: Pulling from tools"_s), qPrintable(run.out));
    QVERIFY2(lines.first().endsWith(u": Pulling from tools"_s), qPrintable(run.out));
    QCOMPARE(run.out.count(u"Digest: sha256:"_s), 2);
    QCOMPARE(lines.at(lines.size() - 2), u"Status: Downloaded newer image for "_s + repository);
    QCOMPARE(lines.last(), repository);
    const Run images = ponton({u"images"_s});
    for (const QString &tag : {u"1"_s, u"2"_s}) {
        const QRegularExpression row(u"^"_s + QRegularExpression::escape(repository) + u"\\s+"_s + tag + u"\\s"_s,
                                     QRegularExpression::MultilineOption);
        QVERIFY2(images.out.contains(row), qPrintable(images.out));
    }

    run = ponton({u"pull"_s, u"-a"_s, repository});
    QVERIFY2(run.out.contains(u"\nStatus: Image is up to date for "_s + repository + u"\n"_s), qPrintable(run.out));
    run = ponton({u"pull"_s, u"-a"_s, repository + u":1"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"Error: tag can't be used with --all-tags/-a\n"_s);
}

QTEST_GUILESS_MAIN(TestCliPull)
#include "tst_clipull.moc"
