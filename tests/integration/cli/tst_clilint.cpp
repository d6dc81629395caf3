// `ponton lint` through the real binary: the tutorial's first Dockerfile is flagged, a clean one is not.
#include <QProcess>
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
    QProcess process;
    process.setWorkingDirectory(dir.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PONTON_CLI_PATH), {u"--root"_s, dir.filePath(u"store"_s), u"lint"_s, u"-f"_s, u"-"_s});
    process.write(dockerfile);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), exitCode);
    if (expected.isEmpty())
        QCOMPARE(out, QString());
    for (const QString &line : expected)
        QVERIFY2(out.contains(line), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCliLint)
#include "tst_clilint.moc"
