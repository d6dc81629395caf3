#include "registry/authchallenge.h"

#include <QTest>

using namespace Ponton::Registry;
using namespace Qt::StringLiterals;

using Parameters = QMap<QString, QString>;

class TestAuthChallenge : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void preferred_data();
    void preferred();
};

void TestAuthChallenge::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<QList<Parameters>>("parameters");

    QTest::newRow("docker-hub-bearer")
        << QByteArray(R"(Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull")")
        << QStringList{u"bearer"_s}
        << QList<Parameters>{{{u"realm"_s, u"https://auth.docker.io/token"_s}, {u"service"_s, u"registry.docker.io"_s},
                              {u"scope"_s, u"repository:library/alpine:pull"_s}}};
    QTest::newRow("basic") << QByteArray(R"(Basic realm="Registry Realm")") << QStringList{u"basic"_s}
                           << QList<Parameters>{{{u"realm"_s, u"Registry Realm"_s}}};
    QTest::newRow("scheme-case-and-spaces")
        << QByteArray(R"(BEARER   Realm = "http://127.0.0.1:1/token" ,  Service="svc")") << QStringList{u"bearer"_s}
        << QList<Parameters>{{{u"realm"_s, u"http://127.0.0.1:1/token"_s}, {u"service"_s, u"svc"_s}}};
    QTest::newRow("two-challenges")
        << QByteArray(R"(Basic realm="a", Bearer realm="https://t/token",service="s")")
        << QStringList{u"basic"_s, u"bearer"_s}
        << QList<Parameters>{{{u"realm"_s, u"a"_s}}, {{u"realm"_s, u"https://t/token"_s}, {u"service"_s, u"s"_s}}};
    QTest::newRow("insufficient-scope-two-actions")
        << QByteArray(R"(Bearer realm="https://t",service="s",scope="repository:a/b:pull,push",error="insufficient_scope")")
        << QStringList{u"bearer"_s}
        << QList<Parameters>{{{u"realm"_s, u"https://t"_s}, {u"service"_s, u"s"_s},
                              {u"scope"_s, u"repository:a/b:pull,push"_s}, {u"error"_s, u"insufficient_scope"_s}}};
    QTest::newRow("quoted-escapes-and-commas")
        << QByteArray(R"(Basic realm="say \"hi\", then go")") << QStringList{u"basic"_s}
        << QList<Parameters>{{{u"realm"_s, uR"(say "hi", then go)"_s}}};
    QTest::newRow("unquoted-token-value") << QByteArray("Bearer realm=https://t/token,service=reg")
                                          << QStringList{u"bearer"_s}
                                          << QList<Parameters>{{{u"realm"_s, u"https://t/token"_s}, {u"service"_s, u"reg"_s}}};
    QTest::newRow("scheme-without-parameters") << QByteArray("Negotiate, Basic realm=\"x\"")
                                               << QStringList{u"negotiate"_s, u"basic"_s}
                                               << QList<Parameters>{{}, {{u"realm"_s, u"x"_s}}};
    QTest::newRow("empty") << QByteArray() << QStringList{} << QList<Parameters>{};
}

void TestAuthChallenge::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(QStringList, schemes);
    QFETCH(QList<Parameters>, parameters);
    const QList<AuthChallenge> challenges = AuthChallenge::parse(header);
    QCOMPARE(challenges.size(), schemes.size());
    for (qsizetype i = 0; i < challenges.size(); ++i) {
        QCOMPARE(challenges[i].scheme, schemes[i]);
        QCOMPARE(challenges[i].parameters, parameters[i]);
    }
}

void TestAuthChallenge::preferred_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("bearer-over-basic") << QByteArray(R"(Basic realm="a", Bearer realm="b")") << u"bearer"_s;
    QTest::newRow("basic-alone") << QByteArray(R"(Basic realm="a")") << u"basic"_s;
    QTest::newRow("unknown-only") << QByteArray("Negotiate") << QString();
    QTest::newRow("none") << QByteArray() << QString();
}

void TestAuthChallenge::preferred()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, scheme);
    QCOMPARE(AuthChallenge::preferred(AuthChallenge::parse(header)).scheme, scheme);
}

QTEST_GUILESS_MAIN(TestAuthChallenge)
#include "tst_authchallenge.moc"
