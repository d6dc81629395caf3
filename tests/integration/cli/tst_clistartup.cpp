// What the CLI loads at start-up: libarchive (and the libraries it brings: xml2, lzma, nettle...) and
// libcrypto are opened on their first use only (core/archive/libarchiveloader.cpp,
// core/reference/libcryptoloader.cpp), so that commands which never read a tar or hash a blob start
// without reading them from disk. The dynamic loader's own reports (LD_TRACE_LOADED_OBJECTS,
// LD_DEBUG=files) tell what was loaded and when.
#include "support/clirunner.h"
#include "support/imagefixture.h"

#include "store/imagestore.h"

#include <QTemporaryDir>
#include <QTest>

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
    void lazyLibrariesAreNotLinked()
    {
        const Test::CliRun listed = loaderReporting(u"LD_TRACE_LOADED_OBJECTS"_s, u"1"_s).run({u"--version"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(u"libQt6Core"_s), qPrintable(listed.out)); // the listing is real
        QVERIFY2(!listed.out.contains(u"libarchive"_s), qPrintable(listed.out));
        QVERIFY2(!listed.out.contains(u"libxml2"_s), qPrintable(listed.out));
        QVERIFY2(!listed.out.contains(u"libcrypto"_s), qPrintable(listed.out));
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
