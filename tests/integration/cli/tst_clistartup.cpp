// What the CLI loads at start-up: libarchive (and the libraries it brings: xml2, lzma, nettle...) is
// opened on its first use only (core/archive/libarchiveloader.cpp), so that commands which never read
// a tar start without reading it from disk. The dynamic loader's own reports (LD_TRACE_LOADED_OBJECTS,
// LD_DEBUG=files) tell what was loaded and when.
#include "support/imagefixture.h"

#include "store/imagestore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ponton;

class CliStartupTest : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs the CLI with `environment` added to the test's.
    static Run run(const QStringList &arguments, const QStringList &environment)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : environment)
            env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PONTON_CLI_PATH), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            process.kill();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void libarchiveIsNotLinked()
    {
        const Run listed = run({u"--version"_s}, {u"LD_TRACE_LOADED_OBJECTS=1"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(u"libQt6Core"_s), qPrintable(listed.out)); // the listing is real
        QVERIFY2(!listed.out.contains(u"libarchive"_s), qPrintable(listed.out));
        QVERIFY2(!listed.out.contains(u"libxml2"_s), qPrintable(listed.out));
    }

    void libarchiveIsLoadedOnFirstUse()
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

        // A command that reads no tar: libarchive is never opened.
        const QString root = dir.filePath(u"store"_s);
        const Run images = run({u"--root"_s, root, u"images"_s}, {u"LD_DEBUG=files"_s});
        QCOMPARE(images.exitCode, 0);
        QVERIFY2(images.err.contains(u"libQt6Core"_s), qPrintable(images.err.left(2000))); // LD_DEBUG works
        QVERIFY2(!images.err.contains(u"libarchive"_s), qPrintable(images.err.left(2000)));

        // `load` reads the archive through libarchive, opened then (dlopen), and works.
        const Run loaded = run({u"--root"_s, root, u"load"_s, u"-i"_s, archive}, {u"LD_DEBUG=files"_s});
        QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err.right(2000)));
        QVERIFY2(loaded.out.contains(u"Loaded image: startup:1"_s), qPrintable(loaded.out));
        const qsizetype opened = loaded.err.indexOf(u"file=libarchive.so.13"_s);
        QVERIFY2(opened >= 0, qPrintable(loaded.err.left(2000)));
        QVERIFY2(loaded.err.indexOf(u"dynamically loaded"_s, opened) >= 0, qPrintable(loaded.err.mid(opened, 400)));

        const Run listed = run({u"--root"_s, root, u"images"_s}, {});
        QVERIFY2(listed.out.contains(u"startup"_s), qPrintable(listed.out));
    }
};

QTEST_GUILESS_MAIN(CliStartupTest)
#include "tst_clistartup.moc"
