#include "reference/reference.h"

#include <QSet>
#include <QTest>
#include <QVariant>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

const QString Hex = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
const QString Dgst = u"sha256:"_s + Hex;

} // namespace

class TestReference : public QObject
{
    Q_OBJECT
private slots:
    void parseGood_data();
    void parseGood();
    void roundTrip_data() { parseGood_data(); }
    void roundTrip();
    void parseBad_data();
    void parseBad();
    void isValidTag_data();
    void isValidTag();
    void withDefaultTag_data();
    void withDefaultTag();
    void withTagKeepsDigest();
    void withTagRefusesBadTag();
    void withDigestKeepsTag();
    void nameOnly();
    void equivalentSpellingsAreEqual();
    void defaultConstructedIsInvalid();
    void travelsInQVariant();
};

void TestReference::parseGood_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("familiar");

    const QString lib = u"docker.io/library/"_s;
    QTest::newRow("implicit-library") << u"alpine"_s << u"docker.io"_s << u"library/alpine"_s << QString() << QString()
                                      << lib + u"alpine"_s << u"alpine"_s;
    QTest::newRow("implicit-library-tag") << u"alpine:3.19"_s << u"docker.io"_s << u"library/alpine"_s << u"3.19"_s
                                          << QString() << lib + u"alpine:3.19"_s << u"alpine:3.19"_s;
    QTest::newRow("implicit-library-digest") << u"alpine@"_s + Dgst << u"docker.io"_s << u"library/alpine"_s
                                             << QString() << Dgst << lib + u"alpine@"_s + Dgst << u"alpine@"_s + Dgst;
    QTest::newRow("tag-and-digest") << u"alpine:3.19@"_s + Dgst << u"docker.io"_s << u"library/alpine"_s << u"3.19"_s
                                    << Dgst << lib + u"alpine:3.19@"_s + Dgst << u"alpine:3.19@"_s + Dgst;
    QTest::newRow("user-repo") << u"user/repo"_s << u"docker.io"_s << u"user/repo"_s << QString() << QString()
                               << u"docker.io/user/repo"_s << u"user/repo"_s;
    QTest::newRow("user-repo-tag") << u"user/repo:v1"_s << u"docker.io"_s << u"user/repo"_s << u"v1"_s << QString()
                                   << u"docker.io/user/repo:v1"_s << u"user/repo:v1"_s;
    QTest::newRow("docker-io-explicit") << u"docker.io/alpine"_s << u"docker.io"_s << u"library/alpine"_s << QString()
                                        << QString() << lib + u"alpine"_s << u"alpine"_s;
    QTest::newRow("docker-io-library-explicit") << u"docker.io/library/alpine:edge"_s << u"docker.io"_s
                                                << u"library/alpine"_s << u"edge"_s << QString()
                                                << lib + u"alpine:edge"_s << u"alpine:edge"_s;
    QTest::newRow("index-docker-io") << u"index.docker.io/alpine"_s << u"docker.io"_s << u"library/alpine"_s
                                     << QString() << QString() << lib + u"alpine"_s << u"alpine"_s;
    QTest::newRow("index-docker-io-user") << u"index.docker.io/user/repo:x"_s << u"docker.io"_s << u"user/repo"_s
                                          << u"x"_s << QString() << u"docker.io/user/repo:x"_s << u"user/repo:x"_s;
    QTest::newRow("library-nested-stays-long") << u"library/a/b"_s << u"docker.io"_s << u"library/a/b"_s << QString()
                                               << QString() << lib + u"a/b"_s << u"library/a/b"_s;
    QTest::newRow("docker-io-three-components") << u"docker.io/a/b/c"_s << u"docker.io"_s << u"a/b/c"_s << QString()
                                                << QString() << u"docker.io/a/b/c"_s << u"a/b/c"_s;
    QTest::newRow("localhost") << u"localhost/x"_s << u"localhost"_s << u"x"_s << QString() << QString()
                               << u"localhost/x"_s << u"localhost/x"_s;
    QTest::newRow("localhost-port-tag") << u"localhost:5000/x:tag"_s << u"localhost:5000"_s << u"x"_s << u"tag"_s
                                        << QString() << u"localhost:5000/x:tag"_s << u"localhost:5000/x:tag"_s;
    QTest::newRow("localhost-alone-is-a-name") << u"localhost"_s << u"docker.io"_s << u"library/localhost"_s
                                               << QString() << QString() << lib + u"localhost"_s << u"localhost"_s;
    QTest::newRow("localhost-port-alone-is-a-tag") << u"localhost:5000"_s << u"docker.io"_s << u"library/localhost"_s
                                                   << u"5000"_s << QString() << lib + u"localhost:5000"_s
                                                   << u"localhost:5000"_s;
    QTest::newRow("host-tld") << u"host.tld/a/b"_s << u"host.tld"_s << u"a/b"_s << QString() << QString()
                              << u"host.tld/a/b"_s << u"host.tld/a/b"_s;
    QTest::newRow("host-port-deep") << u"registry.example.com:443/team/project/app:1.0"_s
                                    << u"registry.example.com:443"_s << u"team/project/app"_s << u"1.0"_s << QString()
                                    << u"registry.example.com:443/team/project/app:1.0"_s
                                    << u"registry.example.com:443/team/project/app:1.0"_s;
    QTest::newRow("ipv4-port") << u"127.0.0.1:5000/x"_s << u"127.0.0.1:5000"_s << u"x"_s << QString() << QString()
                               << u"127.0.0.1:5000/x"_s << u"127.0.0.1:5000/x"_s;
    QTest::newRow("ipv6-port") << u"[::1]:5000/x"_s << u"[::1]:5000"_s << u"x"_s << QString() << QString()
                               << u"[::1]:5000/x"_s << u"[::1]:5000/x"_s;
    QTest::newRow("ipv6-no-port-tag") << u"[2001:DB8::1]/x:y"_s << u"[2001:DB8::1]"_s << u"x"_s << u"y"_s << QString()
                                      << u"[2001:DB8::1]/x:y"_s << u"[2001:DB8::1]/x:y"_s;
    QTest::newRow("uppercase-domain") << u"Example.COM/x"_s << u"Example.COM"_s << u"x"_s << QString() << QString()
                                      << u"Example.COM/x"_s << u"Example.COM/x"_s;
    QTest::newRow("uppercase-first-component-is-a-domain") << u"Foo/bar"_s << u"Foo"_s << u"bar"_s << QString()
                                                           << QString() << u"Foo/bar"_s << u"Foo/bar"_s;
    QTest::newRow("hyphenated-domain") << u"my-registry.local/x"_s << u"my-registry.local"_s << u"x"_s << QString()
                                       << QString() << u"my-registry.local/x"_s << u"my-registry.local/x"_s;
    QTest::newRow("separator-dot") << u"a.b"_s << u"docker.io"_s << u"library/a.b"_s << QString() << QString()
                                   << lib + u"a.b"_s << u"a.b"_s;
    QTest::newRow("separator-underscore") << u"a_b"_s << u"docker.io"_s << u"library/a_b"_s << QString() << QString()
                                          << lib + u"a_b"_s << u"a_b"_s;
    QTest::newRow("separator-double-underscore") << u"a__b"_s << u"docker.io"_s << u"library/a__b"_s << QString()
                                                 << QString() << lib + u"a__b"_s << u"a__b"_s;
    QTest::newRow("separator-many-dashes") << u"a---b"_s << u"docker.io"_s << u"library/a---b"_s << QString()
                                           << QString() << lib + u"a---b"_s << u"a---b"_s;
    QTest::newRow("separators-mixed") << u"u-1/a-b.c_d__e"_s << u"docker.io"_s << u"u-1/a-b.c_d__e"_s << QString()
                                      << QString() << u"docker.io/u-1/a-b.c_d__e"_s << u"u-1/a-b.c_d__e"_s;
    QTest::newRow("digits-only") << u"0/1:2"_s << u"docker.io"_s << u"0/1"_s << u"2"_s << QString()
                                 << u"docker.io/0/1:2"_s << u"0/1:2"_s;
    QTest::newRow("tag-leading-underscore") << u"alpine:_x"_s << u"docker.io"_s << u"library/alpine"_s << u"_x"_s
                                            << QString() << lib + u"alpine:_x"_s << u"alpine:_x"_s;
    QTest::newRow("tag-uppercase") << u"alpine:Latest"_s << u"docker.io"_s << u"library/alpine"_s << u"Latest"_s
                                   << QString() << lib + u"alpine:Latest"_s << u"alpine:Latest"_s;
    QTest::newRow("tag-dots-dashes") << u"alpine:1.2-rc.3_b"_s << u"docker.io"_s << u"library/alpine"_s
                                     << u"1.2-rc.3_b"_s << QString() << lib + u"alpine:1.2-rc.3_b"_s
                                     << u"alpine:1.2-rc.3_b"_s;
    const QString tag128 = u"t"_s.repeated(128);
    QTest::newRow("tag-128-characters") << u"alpine:"_s + tag128 << u"docker.io"_s << u"library/alpine"_s << tag128
                                        << QString() << lib + u"alpine:"_s + tag128 << u"alpine:"_s + tag128;
    const QString path250 = u"a"_s.repeated(250);
    QTest::newRow("name-255-characters") << u"a.io/"_s + path250 << u"a.io"_s << path250 << QString() << QString()
                                         << u"a.io/"_s + path250 << u"a.io/"_s + path250;
    const QString name237 = u"b"_s.repeated(237);
    QTest::newRow("name-255-characters-normalised") << name237 << u"docker.io"_s << u"library/"_s + name237
                                                    << QString() << QString() << lib + name237 << name237;
    QTest::newRow("docker-io-localhost-path-keeps-domain") << u"docker.io/localhost/x"_s << u"docker.io"_s
                                                           << u"localhost/x"_s << QString() << QString()
                                                           << u"docker.io/localhost/x"_s << u"docker.io/localhost/x"_s;
    QTest::newRow("docker-io-dotted-path-keeps-domain") << u"docker.io/foo.bar/baz"_s << u"docker.io"_s
                                                        << u"foo.bar/baz"_s << QString() << QString()
                                                        << u"docker.io/foo.bar/baz"_s << u"docker.io/foo.bar/baz"_s;
    QTest::newRow("hex-name-with-tag") << Hex + u":tag"_s << u"docker.io"_s << u"library/"_s + Hex << u"tag"_s
                                       << QString() << lib + Hex + u":tag"_s << Hex + u":tag"_s;
    QTest::newRow("hex-63-is-a-name") << Hex.left(63) << u"docker.io"_s << u"library/"_s + Hex.left(63) << QString()
                                      << QString() << lib + Hex.left(63) << Hex.left(63);
    QTest::newRow("user-hex") << u"user/"_s + Hex << u"docker.io"_s << u"user/"_s + Hex << QString() << QString()
                              << u"docker.io/user/"_s + Hex << u"user/"_s + Hex;
    QTest::newRow("port-tag-digest") << u"localhost:5000/x:t@"_s + Dgst << u"localhost:5000"_s << u"x"_s << u"t"_s
                                     << Dgst << u"localhost:5000/x:t@"_s + Dgst << u"localhost:5000/x:t@"_s + Dgst;
}

void TestReference::parseGood()
{
    QFETCH(QString, text);
    QFETCH(QString, domain);
    QFETCH(QString, path);
    QFETCH(QString, tag);
    QFETCH(QString, digest);
    QFETCH(QString, canonical);
    QFETCH(QString, familiar);

    const Result<Reference> ref = Reference::parse(text);
    QVERIFY2(ref.has_value(), qPrintable(ref ? QString() : ref.error().toString()));
    QVERIFY(ref->isValid());
    QCOMPARE(ref->domain(), domain);
    QCOMPARE(ref->path(), path);
    QCOMPARE(ref->repository(), domain + u'/' + path);
    QCOMPARE(ref->tag(), tag);
    QCOMPARE(ref->hasTag(), !tag.isEmpty());
    QCOMPARE(ref->digest().toString(), digest);
    QCOMPARE(ref->hasDigest(), !digest.isEmpty());
    QCOMPARE(ref->toString(), canonical);
    QCOMPARE(ref->familiarString(), familiar);
    QVERIFY(familiar.startsWith(ref->familiarName()));
}

void TestReference::roundTrip()
{
    QFETCH(QString, text);
    const Result<Reference> ref = Reference::parse(text);
    QVERIFY(ref.has_value());

    const Result<Reference> fromCanonical = Reference::parse(ref->toString());
    QVERIFY2(fromCanonical.has_value(), qPrintable(ref->toString()));
    QCOMPARE(*fromCanonical, *ref);
    QCOMPARE(fromCanonical->toString(), ref->toString());

    const Result<Reference> fromFamiliar = Reference::parse(ref->familiarString());
    QVERIFY2(fromFamiliar.has_value(), qPrintable(ref->familiarString()));
    QCOMPARE(*fromFamiliar, *ref);
    QCOMPARE(fromFamiliar->familiarString(), ref->familiarString());
}

void TestReference::parseBad_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString format = u"invalid reference format"_s;
    QTest::newRow("empty") << QString() << u"at least one component"_s;
    QTest::newRow("hex-64-is-an-id") << Hex << u"64-byte hexadecimal"_s;
    QTest::newRow("uppercase-name") << u"Alpine"_s << u"lowercase"_s;
    QTest::newRow("uppercase-name-with-tag") << u"alpinE:latest"_s << u"lowercase"_s;
    QTest::newRow("uppercase-user-path") << u"user/Repo"_s << u"lowercase"_s;
    QTest::newRow("uppercase-docker-io-library") << u"docker.io/Library/alpine"_s << u"lowercase"_s;
    QTest::newRow("uppercase-path-on-host") << u"host.tld/Repo:tag"_s << u"lowercase"_s;
    QTest::newRow("name-256-characters") << u"a.io/"_s + u"a"_s.repeated(251) << u"255"_s;
    QTest::newRow("name-256-characters-normalised") << u"b"_s.repeated(238) << u"255"_s;
    QTest::newRow("name-too-long-many-components") << u"a/"_s.repeated(128) + u"a:tag"_s << u"255"_s;
    QTest::newRow("tag-129-characters") << u"alpine:"_s + u"t"_s.repeated(129) << u"128"_s;
    QTest::newRow("leading-dash") << u"-alpine"_s << format;
    QTest::newRow("trailing-dash") << u"alpine-"_s << format;
    QTest::newRow("trailing-dot") << u"alpine."_s << format;
    QTest::newRow("trailing-underscore") << u"alpine_"_s << format;
    QTest::newRow("leading-underscore") << u"_alpine"_s << format;
    QTest::newRow("triple-underscore") << u"a___b"_s << format;
    QTest::newRow("double-dot") << u"a..b"_s << format;
    QTest::newRow("dot-dash") << u"a.-b"_s << format;
    QTest::newRow("underscore-dash") << u"a_-b"_s << format;
    QTest::newRow("leading-slash") << u"/alpine"_s << format;
    QTest::newRow("trailing-slash") << u"user/repo/"_s << format;
    QTest::newRow("double-slash") << u"user//repo"_s << format;
    QTest::newRow("empty-tag") << u"alpine:"_s << format;
    QTest::newRow("tag-leading-dot") << u"alpine:.x"_s << format;
    QTest::newRow("tag-leading-dash") << u"alpine:-x"_s << format;
    QTest::newRow("tag-plus") << u"alpine:a+b"_s << format;
    QTest::newRow("two-tags") << u"alpine:a:b"_s << format;
    QTest::newRow("tag-with-slash") << u"alpine:tag/x"_s << format;
    QTest::newRow("space") << u"alp ine"_s << format;
    QTest::newRow("dollar") << u"alpine$"_s << format;
    QTest::newRow("non-ascii") << u"alp\u00efne"_s << format;
    QTest::newRow("colon-only") << u":"_s << format;
    QTest::newRow("at-only") << u"@"_s << format;
    QTest::newRow("empty-digest") << u"alpine@"_s << format;
    QTest::newRow("digest-without-algorithm") << u"alpine@"_s + Hex << format;
    QTest::newRow("digest-too-short") << u"alpine@sha256:abc"_s << format;
    QTest::newRow("digest-algorithm-digit") << u"alpine@1sha:"_s + Hex << format;
    QTest::newRow("two-digests") << u"alpine@"_s + Dgst + u"@"_s + Dgst << format;
    QTest::newRow("digest-then-tag") << u"alpine@"_s + Dgst + u":tag"_s << format;
    QTest::newRow("digest-sha512") << u"alpine@sha512:"_s + Hex + Hex << u"invalid digest"_s;
    QTest::newRow("digest-uppercase-hex") << u"alpine@sha256:"_s + Hex.toUpper() << u"invalid digest"_s;
    QTest::newRow("digest-63-hex") << u"alpine@sha256:"_s + Hex.left(63) << u"invalid digest"_s;
    QTest::newRow("port-not-numeric") << u"localhost:port/x"_s << format;
    QTest::newRow("port-empty") << u"localhost:/x"_s << format;
    QTest::newRow("domain-leading-dash") << u"-host.tld/x"_s << format;
    QTest::newRow("domain-trailing-dash") << u"host-.tld/x"_s << format;
    QTest::newRow("domain-empty-component") << u"host..tld/x"_s << format;
    QTest::newRow("domain-underscore") << u"my_host.tld/x"_s << format;
    QTest::newRow("ipv6-unclosed") << u"[::1/x"_s << format;
    QTest::newRow("ipv6-bad-character") << u"[::g]:5000/x"_s << format;
    QTest::newRow("ipv6-empty") << u"[]:5000/x"_s << format;
    QTest::newRow("ipv6-junk-after-bracket") << u"[::1]x/y"_s << format;
    QTest::newRow("domain-without-path") << u"localhost:5000/"_s << format;
    QTest::newRow("docker-io-without-path") << u"docker.io/"_s << format;
}

void TestReference::parseBad()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const Result<Reference> ref = Reference::parse(text);
    QVERIFY2(!ref.has_value(), qPrintable(ref ? ref->toString() : QString()));
    QCOMPARE(ref.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(ref.error().message.contains(expected), qPrintable(ref.error().message));
    QVERIFY2(ref.error().message.contains(text), qPrintable(ref.error().message));
}

void TestReference::isValidTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    QTest::newRow("latest") << u"latest"_s << true;
    QTest::newRow("version") << u"1.2.3"_s << true;
    QTest::newRow("mixed-case") << u"Stable-Alpine"_s << true;
    QTest::newRow("leading-underscore") << u"_x"_s << true;
    QTest::newRow("single-char") << u"a"_s << true;
    QTest::newRow("max-length") << u"x"_s.repeated(128) << true;
    QTest::newRow("too-long") << u"x"_s.repeated(129) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading-dot") << u".x"_s << false;
    QTest::newRow("leading-dash") << u"-x"_s << false;
    QTest::newRow("colon") << u"a:b"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("at") << u"a@b"_s << false;
}

void TestReference::isValidTag()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    QCOMPARE(Reference::isValidTag(tag), valid);
    const Result<Reference> withTag = Reference::parse(u"alpine"_s)->withTag(tag);
    QCOMPARE(withTag.has_value(), valid);
}

void TestReference::withDefaultTag_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("implicit-library") << u"alpine"_s << u"docker.io/library/alpine:latest"_s;
    QTest::newRow("local-registry") << u"localhost:5000/x"_s << u"localhost:5000/x:latest"_s;
    QTest::newRow("tag-kept") << u"alpine:3.19"_s << u"docker.io/library/alpine:3.19"_s;
    QTest::newRow("digest-only-stays-untagged") << u"alpine@"_s + Dgst << u"docker.io/library/alpine@"_s + Dgst;
    QTest::newRow("tag-and-digest-kept") << u"alpine:x@"_s + Dgst << u"docker.io/library/alpine:x@"_s + Dgst;
}

void TestReference::withDefaultTag()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Result<Reference> ref = Reference::parse(text);
    QVERIFY(ref.has_value());
    QCOMPARE(ref->withDefaultTag().toString(), expected);
}

void TestReference::withTagKeepsDigest()
{
    const Result<Reference> ref = Reference::parse(u"alpine:old@"_s + Dgst);
    QVERIFY(ref.has_value());
    const Result<Reference> retagged = ref->withTag(u"curl"_s);
    QVERIFY(retagged.has_value());
    QCOMPARE(retagged->tag(), u"curl"_s);
    QCOMPARE(retagged->digest(), ref->digest());
    QCOMPARE(retagged->familiarString(), u"alpine:curl@"_s + Dgst);
}

void TestReference::withTagRefusesBadTag()
{
    const Result<Reference> retagged = Reference::parse(u"alpine"_s)->withTag(u"-bad"_s);
    QVERIFY(!retagged.has_value());
    QCOMPARE(retagged.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(retagged.error().message.contains(u"-bad"_s), qPrintable(retagged.error().message));
}

void TestReference::withDigestKeepsTag()
{
    const Digest digest = Digest::ofData(QByteArrayLiteral("abc"));
    const Result<Reference> ref = Reference::parse(u"user/repo:v1"_s);
    QVERIFY(ref.has_value());
    const Reference pinned = ref->withDigest(digest);
    QCOMPARE(pinned.tag(), u"v1"_s);
    QCOMPARE(pinned.digest(), digest);
    QCOMPARE(pinned.toString(), u"docker.io/user/repo:v1@"_s + digest.toString());
    QVERIFY(pinned != *ref);
}

void TestReference::nameOnly()
{
    const Result<Reference> ref = Reference::parse(u"localhost:5000/x:t@"_s + Dgst);
    QVERIFY(ref.has_value());
    const Reference name = ref->nameOnly();
    QVERIFY(name.isNameOnly());
    QVERIFY(!name.hasTag());
    QVERIFY(!name.hasDigest());
    QCOMPARE(name.toString(), u"localhost:5000/x"_s);
    QCOMPARE(name.repository(), ref->repository());
}

void TestReference::equivalentSpellingsAreEqual()
{
    const QStringList spellings = {u"alpine"_s, u"docker.io/alpine"_s, u"docker.io/library/alpine"_s,
                                   u"index.docker.io/alpine"_s, u"index.docker.io/library/alpine"_s};
    QSet<Reference> set;
    for (const QString &text : spellings) {
        const Result<Reference> ref = Reference::parse(text);
        QVERIFY2(ref.has_value(), qPrintable(text));
        set.insert(*ref);
    }
    QCOMPARE(set.size(), 1);
    const Reference alpine = *Reference::parse(u"alpine"_s);
    QCOMPARE(qHash(alpine), qHash(*Reference::parse(u"index.docker.io/library/alpine"_s)));
    QVERIFY(alpine != *Reference::parse(u"alpine:latest"_s));
    QVERIFY(alpine != *Reference::parse(u"user/alpine"_s));
    QCOMPARE(alpine.withDefaultTag(), *Reference::parse(u"alpine:latest"_s));
}

void TestReference::defaultConstructedIsInvalid()
{
    const Reference none;
    QVERIFY(!none.isValid());
    QVERIFY(none.toString().isEmpty());
    QVERIFY(none.familiarString().isEmpty());
    QVERIFY(!none.withDefaultTag().hasTag());
}

void TestReference::travelsInQVariant()
{
    const Reference ref = *Reference::parse(u"localhost:5000/x:t"_s);
    const QVariant variant = QVariant::fromValue(ref);
    QVERIFY(variant.canConvert<Reference>());
    QCOMPARE(variant.value<Reference>(), ref);
}

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"
