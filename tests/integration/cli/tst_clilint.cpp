// `ponton lint` through the real binary: the tutorial's first Dockerfile is flagged, a clean one is not.
#include "support/clirunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliLint : public QObject
{
    Q_OBJECT
private slots:
    void lint_data();
    void lint();
};

void TestCliLint::lint_data()
{
    QTest::addColumn<QByteArray>("dockerfile");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("tutorial-first-dockerfile") << QByteArray("FROM alpine\nRUN apk update \nRUN apk add curl\n") << 1
                                               << QStringList{u"Dockerfile:2:5 lone-package-update warning"_s,
                                                              u"Dockerfile:3:5 apk-add-no-cache warning"_s};
    QTest::newRow("clean") << QByteArray("FROM alpine:3.19\nRUN apk add --no-cache curl\nUSER nobody\n") << 0 << QStringList();
    QTest::newRow("parse-error-names-line") << QByteArray("FROM alpine:3.19\nFROBNICATE x\nUSER nobody\n") << 1
                                            << QStringList{u"Dockerfile:2:"_s, u"FROBNICATE"_s};
}

void TestCliLint::lint()
{
    QFETCH(QByteArray, dockerfile);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    Ponton::Test::CliRunner runner(QStringLiteral(PONTON_CLI_PATH), dir.filePath(u"store"_s));
    runner.setWorkingDirectory(dir.path());
    runner.setEnvironmentValue(u"LC_ALL"_s, u"C"_s);
    runner.setTimeout(30000);
    const Ponton::Test::CliRun run = runner.run({u"lint"_s, u"-f"_s, u"-"_s}, dockerfile);
    QVERIFY(!run.timedOut);
    QCOMPARE(run.exitCode, exitCode);
    if (expected.isEmpty())
        QCOMPARE(run.out, QString());
    for (const QString &line : expected)
        QVERIFY2(run.out.contains(line), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCliLint)
#include "tst_clilint.moc"
