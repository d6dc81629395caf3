// `ponton build` through the real binary, the real helper and a real store: the tutorial's Dockerfiles,
// the cache (hit on a rebuild, a changed file busting it with its reason), multi-stage builds, a failing
// RUN, intermediate images, .dockerignore, tar / zip / stdin contexts and reproducible image IDs.
#include "buildtestsupport.h"

#include "runtime/runtimeclient.h"
#include "support/registryfixture.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Ponton::Test::BuildStore;
using Ponton::Test::CliRun;

namespace {

QString builtId(const CliRun &run)
{
    static const QRegularExpression built(u"Successfully built ([0-9a-f]{12})"_s);
    const QRegularExpressionMatch match = built.match(run.out);
    return match.hasMatch() ? match.captured(1) : QString();
}

QByteArray explain(const CliRun &run)
{
    return (u"exit %1\n--- stdout\n%2\n--- stderr\n%3"_s.arg(run.exitCode).arg(run.out, run.err)).toLocal8Bit();
}

} // namespace

class TestCliBuild : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void tutorialDockerfileAndItsCache();
    void changedFileBustsTheCacheWithItsReason();
    void multiStageCopyFrom();
    void failingRunTagsNothingAndLeavesNoContainer();
    void dockerignoreAndArchiveContexts_data();
    void dockerignoreAndArchiveContexts();
    void metadataAndArgs();
    void reproducibleImageId();
    void workdirCreatesItsFolder();
    void copyFromThroughSymlinkedFolders();
    void pullTakesTheNewerBase();
    void addFromUrl();
    void parseErrorNamesFileAndLine();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BuildStore> m_store;
    QString context(const QString &name) const { return m_dir->filePath(name); }
};

void TestCliBuild::init()
{
    if (!BuildStore::canRun())
        QSKIP("needs root (the helper runs containers) and /bin/busybox (Debian busybox-static)");
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<BuildStore>(m_dir->filePath(u"store"_s));
    const Ponton::Status added = m_store->addBaseImage();
    QVERIFY2(added, added ? "" : qPrintable(added.error().toString()));
}

void TestCliBuild::tutorialDockerfileAndItsCache()
{
    // The tutorial's first Dockerfile, with busybox standing in for apk.
    BuildStore::writeFile(context(u"alpinecurl/Dockerfile"_s),
                          "FROM alpine\nRUN echo fetch APKINDEX > /etc/apk-index \nRUN cat /etc/apk-index && echo curl > /root/curl-installed\n");
    const CliRun first = m_store->cli({u"build"_s, u"-t"_s, u"alpinecurl"_s, u"."_s}, context(u"alpinecurl"_s));
    QVERIFY2(first.exitCode == 0, explain(first).constData());
    QVERIFY2(first.out.startsWith(u"Sending build context to Ponton  "_s), explain(first).constData());
    QVERIFY(first.out.contains(u"Step 1/3 : FROM alpine\n ---> "_s));
    QVERIFY(first.out.contains(u"Step 2/3 : RUN echo fetch APKINDEX > /etc/apk-index"_s));
    QVERIFY(first.out.contains(u" ---> Running in "_s));
    QVERIFY2(first.out.contains(u"\nfetch APKINDEX\n"_s), explain(first).constData());
    QVERIFY(first.out.contains(u" ---> Removed intermediate container "_s));
    QVERIFY(!first.out.contains(u"Using cache"_s));
    QVERIFY(first.out.contains(u"Successfully tagged alpinecurl:latest\n"_s));
    const QString id = builtId(first);
    QVERIFY(!id.isEmpty());

    const CliRun second = m_store->cli({u"build"_s, u"-t"_s, u"alpinecurl"_s, u"."_s}, context(u"alpinecurl"_s));
    QVERIFY2(second.exitCode == 0, explain(second).constData());
    QCOMPARE(second.out.count(u" ---> Using cache\n"_s), 2);
    QVERIFY(!second.out.contains(u"Running in"_s));
    QCOMPARE(builtId(second), id);

    // --no-cache runs every step again and makes a new image.
    const CliRun fresh = m_store->cli({u"build"_s, u"--no-cache"_s, u"-q"_s, u"."_s}, context(u"alpinecurl"_s));
    QVERIFY2(fresh.exitCode == 0, explain(fresh).constData());
    QVERIFY2(fresh.out.trimmed().startsWith(u"sha256:"_s), explain(fresh).constData());
    QVERIFY(!fresh.out.contains(id));

    // The intermediate images are listed by `images -a` as <none>, and not by `images`.
    const CliRun all = m_store->cli({u"images"_s, u"-a"_s});
    const CliRun tagged = m_store->cli({u"images"_s});
    QVERIFY2(all.out.count(u"<none>"_s) >= 4, explain(all).constData());
    QVERIFY(!tagged.out.contains(u"<none>                <none>"_s) || tagged.out.count(u"<none>"_s) < all.out.count(u"<none>"_s));
    // The history reads as the classic builder's.
    const CliRun history = m_store->cli({u"history"_s, u"--no-trunc"_s, u"alpinecurl"_s});
    QVERIFY2(history.out.contains(u"/bin/sh -c cat /etc/apk-index && echo curl > /root/curl-installed"_s), explain(history).constData());
}

void TestCliBuild::changedFileBustsTheCacheWithItsReason()
{
    BuildStore::writeFile(context(u"app/a.txt"_s), "alpha\n");
    BuildStore::writeFile(context(u"app/b.txt"_s), "bravo\n");
    BuildStore::writeFile(context(u"app/Dockerfile"_s), "FROM busybox\nCOPY a.txt /srv/\nCOPY b.txt /srv/\nRUN cat /srv/a.txt /srv/b.txt\n");
    const CliRun first = m_store->cli({u"build"_s, u"."_s}, context(u"app"_s));
    QVERIFY2(first.exitCode == 0, explain(first).constData());
    QVERIFY(first.out.contains(u"alpha\nbravo\n"_s));

    BuildStore::writeFile(context(u"app/b.txt"_s), "bravo changed\n");
    const CliRun second = m_store->cli({u"build"_s, u"--progress"_s, u"plain"_s, u"."_s}, context(u"app"_s));
    QVERIFY2(second.exitCode == 0, explain(second).constData());
    QCOMPARE(second.out.count(u" ---> Using cache\n"_s), 1);
    QVERIFY2(second.out.contains(u"Step 3/4 : COPY b.txt /srv/\n ---> Cache miss: file b.txt changed\n"_s), explain(second).constData());
    QVERIFY2(second.out.contains(u" ---> Cache miss: an earlier step was rebuilt\n"_s), explain(second).constData());
    QVERIFY(second.out.contains(u"alpha\nbravo changed\n"_s));
}

void TestCliBuild::multiStageCopyFrom()
{
    BuildStore::writeFile(context(u"multi/Dockerfile"_s),
                          "FROM busybox AS builder\nRUN mkdir -p /out && echo compiled > /out/app\n"
                          "FROM busybox\nCOPY --from=builder /out/app /usr/local/bin/app\nRUN cat /usr/local/bin/app\n");
    const CliRun run = m_store->cli({u"build"_s, u"-t"_s, u"multi:1"_s, u"."_s}, context(u"multi"_s));
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    QVERIFY2(run.out.contains(u"\ncompiled\n"_s), explain(run).constData());
    QVERIFY(run.out.contains(u"Step 5/5 : RUN cat /usr/local/bin/app"_s));

    // --target stops after the named stage.
    const CliRun target = m_store->cli({u"build"_s, u"--target"_s, u"builder"_s, u"-t"_s, u"multi:builder"_s, u"."_s}, context(u"multi"_s));
    QVERIFY2(target.exitCode == 0, explain(target).constData());
    QVERIFY(!target.out.contains(u"Step 3/5"_s));
    const CliRun missing = m_store->cli({u"build"_s, u"--target"_s, u"nope"_s, u"."_s}, context(u"multi"_s));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"nope"_s));
}

void TestCliBuild::failingRunTagsNothingAndLeavesNoContainer()
{
    BuildStore::writeFile(context(u"fail/Dockerfile"_s), "FROM busybox\nRUN echo before failing && exit 3\nRUN echo never\n");
    const CliRun run = m_store->cli({u"build"_s, u"-t"_s, u"broken"_s, u"."_s}, context(u"fail"_s));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"before failing"_s), explain(run).constData());
    QVERIFY2(run.err.contains(u"The command '/bin/sh -c echo before failing && exit 3' returned a non-zero code: 3"_s), explain(run).constData());
    QVERIFY(!run.out.contains(u"never"_s));
    QVERIFY(!m_store->store().resolve(u"broken"_s));
    Ponton::Runtime::RuntimeClientOptions options;
    options.helperPath = QStringLiteral(PONTON_HELPER_PATH);
    options.stateDir = m_store->root() + u"/runtime"_s;
    Ponton::Runtime::RuntimeClient client(options);
    auto containers = client.list();
    QVERIFY2(containers, containers ? "" : qPrintable(containers.error().toString()));
    QCOMPARE(containers->size(), 0);
}

void TestCliBuild::dockerignoreAndArchiveContexts_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder") << u"folder"_s;
    QTest::newRow("tar") << u"tar"_s;
    QTest::newRow("tar.gz") << u"tar.gz"_s;
    QTest::newRow("zip") << u"zip"_s;
    QTest::newRow("stdin") << u"stdin"_s;
}

void TestCliBuild::dockerignoreAndArchiveContexts()
{
    QFETCH(QString, kind);
    const QString dir = context(u"ignore"_s);
    BuildStore::writeFile(dir + u"/keep.txt"_s, "keep\n");
    BuildStore::writeFile(dir + u"/secret.txt"_s, "secret\n");
    BuildStore::writeFile(dir + u"/logs/x.log"_s, "x\n");
    BuildStore::writeFile(dir + u"/logs/keep.log"_s, "kept log\n");
    BuildStore::writeFile(dir + u"/.dockerignore"_s, "# comment\nsecret.txt\nlogs\n!logs/keep.log\n");
    BuildStore::writeFile(dir + u"/Dockerfile"_s, "FROM busybox\nCOPY . /ctx/\nRUN find /ctx | sort\n");
    QString source = u"."_s;
    QByteArray input;
    QString cwd = dir;
    if (kind != u"folder") {
        const QString archive = context(u"context."_s + (kind == u"stdin" ? u"tar"_s : kind));
        QProcess pack;
        pack.setWorkingDirectory(dir);
        if (kind == u"zip")
            pack.start(u"python3"_s, {u"-c"_s, u"import os,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1],'w')\n"
                                               u"for r,d,f in os.walk('.'):\n  [z.write(os.path.join(r,n)) for n in f]\n"_s, archive});
        else
            pack.start(u"tar"_s, {kind == u"tar.gz" ? u"-czf"_s : u"-cf"_s, archive, u"."_s});
        QVERIFY(pack.waitForFinished(30000) && pack.exitCode() == 0);
        cwd = m_dir->path();
        source = archive;
        if (kind == u"stdin") {
            QFile file(archive);
            QVERIFY(file.open(QIODevice::ReadOnly));
            input = file.readAll();
            source = u"-"_s;
        }
    }
    const CliRun run = m_store->cli({u"build"_s, source}, cwd, input);
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    QVERIFY2(run.out.contains(u"/ctx/keep.txt\n"_s), explain(run).constData());
    QVERIFY2(run.out.contains(u"/ctx/logs/keep.log\n"_s), explain(run).constData());
    QVERIFY2(!run.out.contains(u"secret.txt"_s), explain(run).constData());
    QVERIFY2(!run.out.contains(u"x.log"_s), explain(run).constData());
}

void TestCliBuild::metadataAndArgs()
{
    BuildStore::writeFile(context(u"meta/Dockerfile"_s),
                          "ARG BASE=busybox\nFROM ${BASE}\nARG GREETING=hello\nENV WHO=world\nWORKDIR /work\n"
                          "RUN echo \"$GREETING $WHO from $(pwd)\"\nLABEL maintainer.name=\"Ponton team\"\nEXPOSE 8080\n"
                          "USER nobody\nCMD [\"sh\"]\n");
    const CliRun first = m_store->cli({u"build"_s, u"--build-arg"_s, u"GREETING=bonjour"_s, u"--label"_s, u"build=1"_s,
                                       u"-t"_s, u"meta"_s, u"."_s}, context(u"meta"_s));
    QVERIFY2(first.exitCode == 0, explain(first).constData());
    QVERIFY2(first.out.contains(u"\nbonjour world from /work\n"_s), explain(first).constData());
    QVERIFY2(first.out.contains(u"Step 11/11 : LABEL \"build\"=\"1\""_s), explain(first).constData());
    const CliRun inspect = m_store->cli({u"inspect"_s, u"meta"_s});
    QVERIFY2(inspect.out.contains(u"\"8080/tcp\""_s), explain(inspect).constData());
    QVERIFY(inspect.out.contains(u"\"maintainer.name\": \"Ponton team\""_s));
    QVERIFY(inspect.out.contains(u"\"User\": \"nobody\""_s));
    QVERIFY(inspect.out.contains(u"\"WHO=world\""_s));
    QVERIFY(!inspect.out.contains(u"GREETING=bonjour"_s)); // build args never reach the image's Env

    // Another build argument misses at the RUN, and says so.
    const CliRun second = m_store->cli({u"build"_s, u"--progress"_s, u"plain"_s, u"--build-arg"_s, u"GREETING=hi"_s,
                                        u"--label"_s, u"build=1"_s, u"."_s}, context(u"meta"_s));
    QVERIFY2(second.exitCode == 0, explain(second).constData());
    QVERIFY2(second.out.contains(u"Cache miss: build argument GREETING changed"_s), explain(second).constData());
    QVERIFY(second.out.contains(u"\nhi world from /work\n"_s));
}

void TestCliBuild::reproducibleImageId()
{
    BuildStore::writeFile(context(u"repro/a.txt"_s), "same bytes\n");
    // A RUN layer too: the files it writes get their times clamped to SOURCE_DATE_EPOCH.
    BuildStore::writeFile(context(u"repro/Dockerfile"_s),
                          "FROM busybox\nWORKDIR /srv/app\nCOPY a.txt /a.txt\nRUN mkdir -p /data/sub && echo run > /data/sub/f && cp /a.txt /data/\n"
                          "ENV MODE=repro\nCMD [\"cat\", \"/a.txt\"]\n");
    BuildStore other(m_dir->filePath(u"other-store"_s));
    const Ponton::Status added = other.addBaseImage();
    QVERIFY(added);
    const QMap<QString, QString> epoch{{u"SOURCE_DATE_EPOCH"_s, u"1700000000"_s}};
    const CliRun a = m_store->cli({u"build"_s, u"-q"_s, u"."_s}, context(u"repro"_s), {}, epoch);
    const CliRun b = other.cli({u"build"_s, u"-q"_s, u"."_s}, context(u"repro"_s), {}, epoch);
    QVERIFY2(a.exitCode == 0 && b.exitCode == 0, explain(a).constData());
    QVERIFY(a.out.trimmed().startsWith(u"sha256:"_s));
    QCOMPARE(a.out, b.out);
    const CliRun later = other.cli({u"build"_s, u"-q"_s, u"--no-cache"_s, u"."_s}, context(u"repro"_s), {},
                                   {{u"SOURCE_DATE_EPOCH"_s, u"1800000000"_s}});
    QVERIFY2(later.exitCode == 0, explain(later).constData());
    QVERIFY(later.out != a.out);
}

void TestCliBuild::workdirCreatesItsFolder()
{
    // The RUN's own working folder is /, so /app and /app/sub exist only if WORKDIR made them: as root,
    // 0755, whatever USER is (the classic builder; BuildKit would give them to USER).
    BuildStore::writeFile(context(u"workdir/Dockerfile"_s),
                          "FROM busybox\nUSER 1000\nWORKDIR /app/sub\nWORKDIR /\nRUN stat -c '%n %u:%g %a' /app /app/sub\n"
                          "WORKDIR /etc\nRUN stat -c 'etc %u %a' .\n");
    const CliRun run = m_store->cli({u"build"_s, u"."_s}, context(u"workdir"_s));
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    QVERIFY2(run.out.contains(u"\n/app 0:0 755\n/app/sub 0:0 755\n"_s), explain(run).constData());
    QVERIFY2(run.out.contains(u"\netc 0 755\n"_s), explain(run).constData());
    // A final image ending in WORKDIR has the folder: COPY --from finds it.
    BuildStore::writeFile(context(u"workdir/Dockerfile"_s),
                          "FROM busybox AS base\nWORKDIR /made/here\nFROM busybox\nCOPY --from=base /made /made\nWORKDIR /\n"
                          "RUN test -d /made/here && echo found\n");
    const CliRun copied = m_store->cli({u"build"_s, u"."_s}, context(u"workdir"_s));
    QVERIFY2(copied.exitCode == 0 && copied.out.contains(u"\nfound\n"_s), explain(copied).constData());
    const CliRun cached = m_store->cli({u"build"_s, u"."_s}, context(u"workdir"_s));
    QVERIFY2(cached.exitCode == 0 && !cached.out.contains(u"Running in"_s), explain(cached).constData());
}

void TestCliBuild::copyFromThroughSymlinkedFolders()
{
    // Files of the host's /etc that a link escaping the image would reach: they must never be read.
    const QString canary = u"ponton-canary-%1"_s.arg(QCoreApplication::applicationPid());
    const QString hostOnly = canary + u"-host-only"_s;
    BuildStore::writeFile(u"/etc/"_s + canary, "host secret\n");
    BuildStore::writeFile(u"/etc/"_s + hostOnly, "host only secret\n");
    auto cleanup = qScopeGuard([&] {
        QFile::remove(u"/etc/"_s + canary);
        QFile::remove(u"/etc/"_s + hostOnly);
    });
    // A merged /usr: the folder link is in a lower layer than the file it leads to; links out of the
    // image (relative above / and absolute) resolve in the image's root, below a layer that adds nothing.
    const QByteArray base = ("FROM busybox AS base\n"
                             "RUN mkdir -p /merged/usr/bin /etc && ln -s usr/bin /merged/bin && echo image-etc > /etc/" + canary.toUtf8() + "\n"
                             "RUN echo app-content > /merged/usr/bin/app\n"
                             "RUN mkdir /h && ln -s ../../../../../../etc /h/up && ln -s /etc /h/abs && ln -s /h/loop /h/loop\n"
                             "RUN true\n");
    BuildStore::writeFile(context(u"links/Dockerfile"_s),
                          base + "FROM busybox\nCOPY --from=base /merged/bin/app /app\nCOPY --from=base /h/up/" + canary.toUtf8()
                              + " /up\nCOPY --from=base /h/abs/" + canary.toUtf8() + " /abs\nRUN cat /app /up /abs\n");
    const CliRun run = m_store->cli({u"build"_s, u"."_s}, context(u"links"_s));
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    QVERIFY2(run.out.contains(u"\napp-content\nimage-etc\nimage-etc\n"_s), explain(run).constData());
    QVERIFY2(!run.out.contains(u"host secret"_s), explain(run).constData());

    // A file only the host's /etc holds is not found through the links; a link to itself is a loop.
    for (const QString &source : QStringList{u"/h/up/"_s + hostOnly, u"/h/abs/"_s + hostOnly, u"/h/loop/x"_s}) {
        BuildStore::writeFile(context(u"escape/Dockerfile"_s), base + "FROM busybox\nCOPY --from=base " + source.toUtf8() + " /x\nRUN cat /x\n");
        const CliRun escape = m_store->cli({u"build"_s, u"."_s}, context(u"escape"_s));
        QVERIFY2(escape.exitCode != 0 && escape.err.contains(u"COPY failed"_s), explain(escape).constData());
        QVERIFY2(!escape.out.contains(u"secret"_s) && !escape.err.contains(u"secret"_s), explain(escape).constData());
    }
}

void TestCliBuild::pullTakesTheNewerBase()
{
    if (!Ponton::Test::RegistryFixture::isAvailable())
        QSKIP("docker-registry is not installed (Debian package docker-registry)");
    Ponton::Test::RegistryFixture registry;
    QVERIFY2(registry.start(), "the registry did not start");
    const QMap<QString, QString> environment{{u"DOCKER_CONFIG"_s, m_dir->filePath(u"docker"_s)},
                                             {u"PONTON_REGISTRY_CONFIG"_s, m_dir->filePath(u"no-registries.json"_s)}};
    // Another store publishes the base image: first busybox as it is, later one with /version.
    BuildStore publisher(m_dir->filePath(u"publisher"_s));
    QVERIFY(publisher.addBaseImage());
    const QString base = registry.hostPort() + u"/base:latest"_s;
    QCOMPARE(publisher.cli({u"tag"_s, u"busybox"_s, base}, {}, {}, environment).exitCode, 0);
    CliRun pushed = publisher.cli({u"push"_s, base}, {}, {}, environment);
    QVERIFY2(pushed.exitCode == 0, explain(pushed).constData());

    BuildStore::writeFile(context(u"pull/Dockerfile"_s), (u"FROM "_s + base + u"\nRUN cat /version 2>/dev/null || echo no-version\n"_s).toUtf8());
    const CliRun first = m_store->cli({u"build"_s, u"."_s}, context(u"pull"_s), {}, environment);
    QVERIFY2(first.exitCode == 0 && first.out.contains(u"\nno-version\n"_s), explain(first).constData());

    BuildStore::writeFile(context(u"v2/Dockerfile"_s), "FROM busybox\nRUN echo v2 > /version\n");
    const CliRun built = publisher.cli({u"build"_s, u"-t"_s, base, u"."_s}, context(u"v2"_s), {}, environment);
    QVERIFY2(built.exitCode == 0, explain(built).constData());
    pushed = publisher.cli({u"push"_s, base}, {}, {}, environment);
    QVERIFY2(pushed.exitCode == 0, explain(pushed).constData());

    // Without --pull the local base serves (and the cache with it); --pull fetches the newer one.
    const CliRun cached = m_store->cli({u"build"_s, u"."_s}, context(u"pull"_s), {}, environment);
    QVERIFY2(cached.exitCode == 0 && cached.out.contains(u" ---> Using cache"_s), explain(cached).constData());
    const CliRun pulled = m_store->cli({u"build"_s, u"--pull"_s, u"."_s}, context(u"pull"_s), {}, environment);
    QVERIFY2(pulled.exitCode == 0 && pulled.out.contains(u"\nv2\n"_s), explain(pulled).constData());
    QVERIFY2(!pulled.out.contains(u"Using cache"_s), explain(pulled).constData());
}

void TestCliBuild::addFromUrl()
{
    // A loopback HTTP server (python3 -m http.server) serves a file with a known Last-Modified and a tar.gz.
    const QString served = m_dir->filePath(u"served"_s);
    BuildStore::writeFile(served + u"/notes.txt"_s, "downloaded bytes\n");
    QCOMPARE(QProcess::execute(u"touch"_s, {u"-d"_s, u"@1600000000"_s, served + u"/notes.txt"_s}), 0);
    BuildStore::writeFile(m_dir->filePath(u"payload/inner.txt"_s), "inside\n");
    QCOMPARE(QProcess::execute(u"tar"_s, {u"-czf"_s, served + u"/bundle.tar.gz"_s, u"-C"_s, m_dir->filePath(u"payload"_s), u"."_s}), 0);
    QProcess server;
    server.setWorkingDirectory(served);
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(u"python3"_s, {u"-u"_s, u"-m"_s, u"http.server"_s, u"--bind"_s, u"127.0.0.1"_s, u"0"_s});
    if (!server.waitForStarted(10000))
        QSKIP("python3 is not installed: no loopback HTTP server for ADD of a URL");
    auto stop = qScopeGuard([&] { server.kill(); server.waitForFinished(); });
    static const QRegularExpression serving(u"port (\\d+)"_s);
    QString banner;
    for (int tries = 0; tries < 50 && !serving.match(banner).hasMatch(); ++tries) {
        server.waitForReadyRead(200);
        banner += QString::fromUtf8(server.readAll());
    }
    const QString port = serving.match(banner).captured(1);
    QVERIFY2(!port.isEmpty(), qPrintable(banner));
    const QString base = u"http://127.0.0.1:"_s + port + u'/';

    BuildStore::writeFile(context(u"url/Dockerfile"_s),
                          (u"FROM busybox\nADD "_s + base + u"notes.txt /downloads/\nADD "_s + base + u"bundle.tar.gz /downloads/\n"
                           u"RUN stat -c '%n %a %u %Y' /downloads/notes.txt /downloads/bundle.tar.gz && cat /downloads/notes.txt\n"_s).toUtf8());
    const CliRun first = m_store->cli({u"build"_s, u"."_s}, context(u"url"_s));
    QVERIFY2(first.exitCode == 0, explain(first).constData());
    QVERIFY2(first.out.contains(u"\n/downloads/notes.txt 600 0 1600000000\n"_s), explain(first).constData());
    QVERIFY2(first.out.contains(u"\n/downloads/bundle.tar.gz 600 0 "_s), explain(first).constData()); // not extracted
    QVERIFY2(first.out.contains(u"\ndownloaded bytes\n"_s), explain(first).constData());
    const CliRun cached = m_store->cli({u"build"_s, u"."_s}, context(u"url"_s));
    QVERIFY2(cached.exitCode == 0 && !cached.out.contains(u"Running in"_s), explain(cached).constData());
    // New content at the same URL misses the cache: the key is the downloaded content.
    BuildStore::writeFile(served + u"/notes.txt"_s, "changed bytes\n");
    const CliRun changed = m_store->cli({u"build"_s, u"."_s}, context(u"url"_s));
    QVERIFY2(changed.exitCode == 0 && changed.out.contains(u"\nchanged bytes\n"_s), explain(changed).constData());

    // --checksum as BuildKit: the right digest passes, another fails the build naming both.
    const QString right = u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash("changed bytes\n", QCryptographicHash::Sha256).toHex());
    BuildStore::writeFile(context(u"sum/Dockerfile"_s), (u"FROM busybox\nADD --checksum="_s + right + u' ' + base + u"notes.txt /n.txt\n"_s).toUtf8());
    const CliRun good = m_store->cli({u"build"_s, u"."_s}, context(u"sum"_s));
    QVERIFY2(good.exitCode == 0, explain(good).constData());
    const QString wrong = u"sha256:"_s + QString(64, u'0');
    BuildStore::writeFile(context(u"sum/Dockerfile"_s), (u"FROM busybox\nADD --checksum="_s + wrong + u' ' + base + u"notes.txt /n.txt\n"_s).toUtf8());
    const CliRun bad = m_store->cli({u"build"_s, u"."_s}, context(u"sum"_s));
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(u"digest mismatch "_s + wrong + u": "_s + right), explain(bad).constData());
    BuildStore::writeFile(context(u"sum/Dockerfile"_s), (u"FROM busybox\nADD "_s + base + u"missing.txt /m.txt\n"_s).toUtf8());
    const CliRun missing = m_store->cli({u"build"_s, u"."_s}, context(u"sum"_s));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"404"_s) && missing.err.contains(u"Dockerfile:2"_s), explain(missing).constData());
}

void TestCliBuild::parseErrorNamesFileAndLine()
{
    BuildStore::writeFile(context(u"bad/Dockerfile"_s), "FROM busybox\nFROBNICATE now\n");
    const CliRun run = m_store->cli({u"build"_s, u"."_s}, context(u"bad"_s));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Dockerfile:2"_s) && run.err.contains(u"FROBNICATE"_s), explain(run).constData());
    BuildStore::writeFile(context(u"bad/Dockerfile"_s), "FROM busybox\nCOPY missing.txt /\n");
    const CliRun missing = m_store->cli({u"build"_s, u"."_s}, context(u"bad"_s));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"missing.txt"_s) && missing.err.contains(u"Dockerfile:2"_s), explain(missing).constData());
}

QTEST_GUILESS_MAIN(TestCliBuild)
#include "tst_clibuild.moc"
