#include "image/platform.h"

#include <QJsonDocument>
#include <QTest>

using namespace Ponton;
using namespace Ponton::Image;
using namespace Qt::StringLiterals;

class TestPlatform : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void normalized_data();
    void normalized();
    void matchRank_data();
    void matchRank();
    void hostIsLinuxOfThisMachine();
    void json_data();
    void json();
};

void TestPlatform::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("variant");
    QTest::newRow("linux-amd64") << u"linux/amd64"_s << u"linux"_s << u"amd64"_s << QString();
    QTest::newRow("arm64-v8-is-default") << u"linux/arm64/v8"_s << u"linux"_s << u"arm64"_s << QString();
    QTest::newRow("arm64-v9-kept") << u"linux/arm64/v9"_s << u"linux"_s << u"arm64"_s << u"v9"_s;
    QTest::newRow("arm-defaults-to-v7") << u"linux/arm"_s << u"linux"_s << u"arm"_s << u"v7"_s;
    QTest::newRow("arm-v6") << u"linux/arm/v6"_s << u"linux"_s << u"arm"_s << u"v6"_s;
    QTest::newRow("arm-bare-6") << u"linux/arm/6"_s << u"linux"_s << u"arm"_s << u"v6"_s;
    QTest::newRow("x86_64-alias") << u"linux/x86_64"_s << u"linux"_s << u"amd64"_s << QString();
    QTest::newRow("aarch64-alias") << u"linux/aarch64"_s << u"linux"_s << u"arm64"_s << QString();
    QTest::newRow("i386-alias") << u"linux/i386"_s << u"linux"_s << u"386"_s << QString();
    QTest::newRow("armhf-alias") << u"linux/armhf"_s << u"linux"_s << u"arm"_s << u"v7"_s;
    QTest::newRow("upper-case") << u"Linux/AMD64"_s << u"linux"_s << u"amd64"_s << QString();
    QTest::newRow("windows") << u"windows/amd64"_s << u"windows"_s << u"amd64"_s << QString();
    QTest::newRow("amd64-v1-is-default") << u"linux/amd64/v1"_s << u"linux"_s << u"amd64"_s << QString();
    QTest::newRow("amd64-v3-kept") << u"linux/amd64/v3"_s << u"linux"_s << u"amd64"_s << u"v3"_s;
    QTest::newRow("s390x") << u"linux/s390x"_s << u"linux"_s << u"s390x"_s << QString();
}

void TestPlatform::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, os);
    QFETCH(QString, architecture);
    QFETCH(QString, variant);
    const Result<Platform> platform = Platform::parse(text);
    QVERIFY2(platform.has_value(), qPrintable(platform ? QString() : platform.error().toString()));
    QCOMPARE(platform->os, os);
    QCOMPARE(platform->architecture, architecture);
    QCOMPARE(platform->variant, variant);
}

void TestPlatform::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("slash-only") << u"/"_s;
    QTest::newRow("empty-architecture") << u"linux/"_s;
    QTest::newRow("empty-os") << u"/amd64"_s;
    QTest::newRow("four-parts") << u"linux/arm/v7/extra"_s;
    QTest::newRow("space") << u"linux/arm 64"_s;
}

void TestPlatform::parseRefuses()
{
    QFETCH(QString, text);
    const Result<Platform> platform = Platform::parse(text);
    QVERIFY(!platform.has_value());
    QCOMPARE(platform.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(platform.error().message.contains(u'"' + text + u'"'), qPrintable(platform.error().message));
}

void TestPlatform::normalized_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("wantArchitecture");
    QTest::addColumn<QString>("wantVariant");
    QTest::newRow("aarch64-8") << u"aarch64"_s << u"8"_s << u"arm64"_s << QString();
    QTest::newRow("arm64-v8.0") << u"arm64"_s << u"v8.0"_s << u"arm64"_s << QString();
    QTest::newRow("x86-64-dash") << u"x86-64"_s << QString() << u"amd64"_s << QString();
    QTest::newRow("armel") << u"armel"_s << QString() << u"arm"_s << u"v6"_s;
    QTest::newRow("arm-7") << u"arm"_s << u"7"_s << u"arm"_s << u"v7"_s;
    QTest::newRow("arm-v5") << u"arm"_s << u"v5"_s << u"arm"_s << u"v5"_s;
    QTest::newRow("ppc64le-untouched") << u"ppc64le"_s << QString() << u"ppc64le"_s << QString();
}

void TestPlatform::normalized()
{
    QFETCH(QString, architecture);
    QFETCH(QString, variant);
    QFETCH(QString, wantArchitecture);
    QFETCH(QString, wantVariant);
    const Platform platform = Platform{u"linux"_s, architecture, variant, {}, {}}.normalized();
    QCOMPARE(platform.architecture, wantArchitecture);
    QCOMPARE(platform.variant, wantVariant);
}

void TestPlatform::matchRank_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<int>("rank"); // -1: does not run
    QTest::newRow("exact-amd64") << u"linux/amd64"_s << u"linux/amd64"_s << 0;
    QTest::newRow("x86_64-candidate") << u"linux/amd64"_s << u"linux/x86_64"_s << 0;
    QTest::newRow("amd64-runs-386") << u"linux/amd64"_s << u"linux/386"_s << 1;
    QTest::newRow("amd64-not-arm64") << u"linux/amd64"_s << u"linux/arm64"_s << -1;
    QTest::newRow("other-os") << u"linux/amd64"_s << u"windows/amd64"_s << -1;
    QTest::newRow("amd64-v3-runs-v2") << u"linux/amd64/v3"_s << u"linux/amd64/v2"_s << 1;
    QTest::newRow("amd64-v3-runs-v1") << u"linux/amd64/v3"_s << u"linux/amd64"_s << 2;
    QTest::newRow("amd64-not-v3") << u"linux/amd64"_s << u"linux/amd64/v3"_s << -1;
    QTest::newRow("arm64-v8-vs-none") << u"linux/arm64/v8"_s << u"linux/arm64"_s << 0;
    QTest::newRow("arm64-none-vs-v8") << u"linux/arm64"_s << u"linux/arm64/v8"_s << 0;
    QTest::newRow("aarch64-vs-arm64") << u"linux/aarch64"_s << u"linux/arm64/v8"_s << 0;
    QTest::newRow("arm64-runs-arm-v8") << u"linux/arm64"_s << u"linux/arm/v8"_s << 1;
    QTest::newRow("arm64-runs-arm-v7") << u"linux/arm64"_s << u"linux/arm/v7"_s << 2;
    QTest::newRow("arm64-runs-arm-bare") << u"linux/arm64"_s << u"linux/arm"_s << 2;
    QTest::newRow("arm64-not-amd64") << u"linux/arm64"_s << u"linux/amd64"_s << -1;
    QTest::newRow("arm-v7-exact") << u"linux/arm/v7"_s << u"linux/arm/v7"_s << 0;
    QTest::newRow("arm-bare-is-v7") << u"linux/arm/v7"_s << u"linux/arm"_s << 0;
    QTest::newRow("arm-v7-runs-v6") << u"linux/arm/v7"_s << u"linux/arm/v6"_s << 1;
    QTest::newRow("arm-v7-runs-v5") << u"linux/arm/v7"_s << u"linux/arm/v5"_s << 2;
    QTest::newRow("arm-v6-not-v7") << u"linux/arm/v6"_s << u"linux/arm/v7"_s << -1;
    QTest::newRow("arm-v7-not-arm64") << u"linux/arm/v7"_s << u"linux/arm64"_s << -1;
    QTest::newRow("armhf-wanted") << u"linux/armhf"_s << u"linux/arm/v7"_s << 0;
}

void TestPlatform::matchRank()
{
    QFETCH(QString, wanted);
    QFETCH(QString, candidate);
    QFETCH(int, rank);
    const QStringList parts = candidate.split(u'/');
    // The candidate as an index would carry it: not normalised.
    const Platform have{parts.at(0), parts.at(1), parts.value(2), {}, {}};
    const Result<Platform> want = Platform::parse(wanted);
    QVERIFY(want.has_value());
    const std::optional<int> got = want->matchRank(have);
    QCOMPARE(got.value_or(-1), rank);
    QCOMPARE(want->matches(have), rank >= 0);
}

void TestPlatform::hostIsLinuxOfThisMachine()
{
    const Platform host = Platform::host();
    QCOMPARE(host.os, u"linux"_s);
    QVERIFY(!host.architecture.isEmpty());
    QCOMPARE(host, host.normalized());
    QVERIFY(host.matches(host));
#if defined(Q_PROCESSOR_X86_64)
    QCOMPARE(host.toString(), u"linux/amd64"_s);
#elif defined(Q_PROCESSOR_ARM_64)
    QCOMPARE(host.toString(), u"linux/arm64"_s);
#endif
    const Result<Platform> osOnly = Platform::parse(u"linux"_s);
    QVERIFY(osOnly.has_value());
    QCOMPARE(osOnly->architecture, host.architecture);
}

void TestPlatform::json_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("text");
    QTest::newRow("amd64") << QByteArray(R"({"architecture":"amd64","os":"linux"})") << true << u"linux/amd64"_s;
    QTest::newRow("arm-v7") << QByteArray(R"({"architecture":"arm","os":"linux","variant":"v7"})") << true
                            << u"linux/arm/v7"_s;
    QTest::newRow("windows-version") << QByteArray(R"({"architecture":"amd64","os":"windows",
"os.version":"10.0.20348.2113","os.features":["win32k"]})")
                                     << true << u"windows/amd64"_s;
    QTest::newRow("no-os") << QByteArray(R"({"architecture":"amd64"})") << false << QString();
    QTest::newRow("number-architecture") << QByteArray(R"({"architecture":64,"os":"linux"})") << false << QString();
    QTest::newRow("features-not-array") << QByteArray(R"({"architecture":"amd64","os":"linux","os.features":"x"})")
                                        << false << QString();
}

void TestPlatform::json()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QString, text);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const Result<Platform> platform = Platform::fromJson(object);
    QCOMPARE(platform.has_value(), valid);
    if (!valid) {
        QCOMPARE(platform.error().code, ErrorCode::InvalidArgument);
        return;
    }
    QCOMPARE(platform->toString(), text);
    QCOMPARE(platform->toJson(), object);
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
