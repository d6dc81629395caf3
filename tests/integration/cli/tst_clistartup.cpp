// What the CLI loads at start-up. The `ponton` program links the C library only and opens the module
// ponton-cli.so once it has asked the kernel to read the module's libraries, listed at build time
// (cli/launcher). libarchive (and the libraries it brings: xml2, lzma, nettle...) and libcrypto are
// opened on their first use only (core/archive/libarchiveloader.cpp, core/reference/libcryptoloader.cpp),
// so that commands which never read a tar or hash a blob start without reading them from disk. The
// dynamic loader's own reports (LD_TRACE_LOADED_OBJECTS, LD_DEBUG=files, ldd) tell what was loaded and when.
#include "support/clirunner.h"
#include "support/imagefixture.h"

#include "store/imagestore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Ponton;

class CliStartupTest : public QObject
{
    Q_OBJECT

private:
    // The CLI with the dynamic loader's `variable` set (LD_TRACE_LOADED_OBJECTS, LD_DEBUG).
    static Test::CliRunner loaderReporting(const QString &variable, const QString &value, const QString &root = {})
    {
        Test::CliRunner runner(QStringLiteral(PONTON_CLI_PATH), root);
        runner.setEnvironmentValue(variable, value);
        return runner;
    }

private slots:
    void launcherLinksTheCLibraryOnly()
    {
        const Test::CliRun listed = loaderReporting(u"LD_TRACE_LOADED_OBJECTS"_s, u"1"_s).run({u"--version"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(u"libc.so.6"_s), qPrintable(listed.out)); // the listing is real
        QVERIFY2(!listed.out.contains(u"libQt6Core"_s), qPrintable(listed.out));
        QVERIFY2(!listed.out.contains(u"libstdc++"_s), qPrintable(listed.out));
    }

    void lazyLibrariesAreNotLinked()
    {
        QProcess ldd;
        ldd.start(u"ldd"_s, {QStringLiteral(PONTON_CLI_MODULE_PATH)});
        QVERIFY(ldd.waitForFinished(30000));
        const QString listed = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QCOMPARE(ldd.exitCode(), 0);
        QVERIFY2(listed.contains(u"libQt6Core"_s), qPrintable(listed)); // the listing is real
        QVERIFY2(!listed.contains(u"libarchive"_s), qPrintable(listed));
        QVERIFY2(!listed.contains(u"libxml2"_s), qPrintable(listed));
        QVERIFY2(!listed.contains(u"libcrypto"_s), qPrintable(listed));
    }

    void launcherPrefetchesEveryLibraryTheModuleLoads()
    {
        QFile listFile(QStringLiteral(PONTON_CLI_PREFETCH_LIST));
        QVERIFY2(listFile.open(QIODevice::ReadOnly), qPrintable(listFile.fileName()));
        const QStringList prefetched = QString::fromLocal8Bit(listFile.readAll()).split(u'\n', Qt::SkipEmptyParts);

        // Every library whose initialiser the loader calls for `--version`, but the launcher's own (the C
        // library, the loader) and the module, was in the list: none is left for a fault to read alone.
        const Test::CliRun run = loaderReporting(u"LD_DEBUG"_s, u"files"_s).run({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        static const QRegularExpression initialised(u"calling init: (\\S+)"_s);
        QStringList loaded;
        for (auto match = initialised.globalMatch(run.err); match.hasNext();) {
            const QString path = match.next().captured(1);
            if (path.contains(u"/libc.so"_s) || path.contains(u"/ld-linux"_s) || path.endsWith(u"/ponton-cli.so"_s))
                continue;
            loaded.append(path);
        }
        QVERIFY2(loaded.size() > 10, qPrintable(run.err.left(2000))); // Qt and its libraries
        QVERIFY2(std::any_of(loaded.cbegin(), loaded.cend(), [](const QString &path) { return path.contains(u"libQt6Core"_s); }),
                 qPrintable(loaded.join(u'\n')));
        for (const QString &path : loaded) {
            QVERIFY2(prefetched.contains(path), qPrintable(path + u" is not in "_s + listFile.fileName()));
        }
    }

    void lazyLibrariesAreLoadedOnFirstUse()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = dir.filePath(u"source"_s);
        const Store::ImageStore store(source);
        QVERIFY(store.initialize());
        Test::ImageSpec spec;
        spec.tags = {u"startup:1"_s};
        QVERIFY(Test::ImageFixture::create(store, spec));
        const QString archive = dir.filePath(u"startup.tar"_s);
        QVERIFY(Test::ImageFixture::saveArchive(store, {u"startup:1"_s}, archive));

        // A command that reads no tar and hashes nothing: neither library is ever opened.
        const QString root = dir.filePath(u"store"_s);
        const Test::CliRunner reporting = loaderReporting(u"LD_DEBUG"_s, u"files"_s, root);
        const Test::CliRun images = reporting.run({u"images"_s});
        QCOMPARE(images.exitCode, 0);
        QVERIFY2(images.err.contains(u"libQt6Core"_s), qPrintable(images.err.left(2000))); // LD_DEBUG works
        QVERIFY2(!images.err.contains(u"libarchive"_s), qPrintable(images.err.left(2000)));
        QVERIFY2(!images.err.contains(u"libcrypto"_s), qPrintable(images.err.left(2000)));

        // `load` reads the archive through libarchive and verifies its blobs' sha256 through libcrypto,
        // both opened then (dlopen), and works.
        const Test::CliRun loaded = reporting.run({u"load"_s, u"-i"_s, archive});
        QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.failure().right(2000)));
        QVERIFY2(loaded.out.contains(u"Loaded image: startup:1"_s), qPrintable(loaded.out));
        for (const QString &library : {u"libarchive.so.13"_s, u"libcrypto.so.3"_s}) {
            const qsizetype opened = loaded.err.indexOf(u"file="_s + library);
            QVERIFY2(opened >= 0, qPrintable(library + u": "_s + loaded.err.left(2000)));
            QVERIFY2(loaded.err.indexOf(u"dynamically loaded"_s, opened) >= 0, qPrintable(loaded.err.mid(opened, 400)));
        }

        const Test::CliRun listed = Test::CliRunner(QStringLiteral(PONTON_CLI_PATH), root).run({u"images"_s});
        QVERIFY2(listed.out.contains(u"startup"_s), qPrintable(listed.out));
    }
};

QTEST_GUILESS_MAIN(CliStartupTest)
#include "tst_clistartup.moc"
