// DockerfileLinter: for every rule, a Dockerfile that triggers it (at a stated line and column)
// and one that does not; the catalogue; the check directive; errors next to hints; timing.
#include "build/dockerfilelinter.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace Ponton;
using namespace Ponton::Build;
using namespace Qt::StringLiterals;

namespace {

struct RuleCase {
    const char *name;
    QString rule;
    QString triggering;
    int line;
    int column;
    QString clean;
};

QList<RuleCase> ruleCases()
{
    return {
        {"lone-apk-update", u"lone-package-update"_s, u"FROM alpine:3.19\nRUN apk update\nRUN apk add --no-cache curl\n"_s,
         2, 5, u"FROM alpine:3.19\nRUN apk update && apk add --no-cache curl\n"_s},
        {"lone-apt-get-update", u"lone-package-update"_s, u"FROM debian:12\n  RUN apt-get update\n"_s, 2, 7,
         u"FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"_s},
        {"apk-add-no-cache", u"apk-add-no-cache"_s, u"FROM alpine:3.19\nRUN apk add curl\n"_s, 2, 5,
         u"FROM alpine:3.19\nRUN apk add --no-cache curl\nRUN apk add git && rm -rf /var/cache/apk/*\n"_s},
        {"apt-lists-not-removed", u"apt-lists-not-removed"_s,
         u"FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n"_s, 2, 1,
         u"FROM debian:12\nRUN apt-get update && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*\n"_s},
        {"apt-no-install-recommends", u"apt-no-install-recommends"_s,
         u"FROM debian:12\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"_s, 2, 5,
         u"FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n"_s},
        {"apt-missing-yes", u"apt-missing-yes"_s, u"FROM debian:12\nRUN apt-get install --no-install-recommends curl\n"_s,
         2, 5, u"FROM debian:12\nRUN apt-get install -yq curl\nRUN apt-get --yes install git\n"_s},
        {"add-instead-of-copy", u"add-instead-of-copy"_s, u"FROM alpine:3.19\nADD app.py /app/\n"_s, 2, 1,
         u"FROM alpine:3.19\nADD https://example.org/x.txt /opt/\nADD vendor.tar.gz /opt/\n"_s},
        {"unpinned-base-image", u"unpinned-base-image"_s, u"FROM alpine\n"_s, 1, 6,
         u"FROM alpine:3.19 AS build\nFROM build\nFROM scratch\nFROM alpine@sha256:abc\n"_s},
        {"unpinned-registry-port", u"unpinned-base-image"_s, u"FROM localhost:5000/alpine\n"_s, 1, 6,
         u"FROM localhost:5000/alpine:3.19\n"_s},
        {"latest-base-image", u"latest-base-image"_s, u"# hi\nFROM   alpine:latest\n"_s, 2, 8, u"FROM alpine:3.19\n"_s},
        {"cd-in-run", u"cd-in-run"_s, u"FROM alpine:3.19\nRUN cd /src && make\n"_s, 2, 5,
         u"FROM alpine:3.19\nWORKDIR /src\nRUN make && echo cd\n"_s},
        {"multiple-cmd", u"multiple-cmd"_s, u"FROM alpine:3.19\nCMD [\"a\"]\nCMD [\"b\"]\n"_s, 2, 1,
         u"FROM alpine:3.19 AS one\nCMD [\"a\"]\nFROM alpine:3.19\nCMD [\"b\"]\n"_s},
        {"multiple-entrypoint", u"multiple-entrypoint"_s,
         u"FROM alpine:3.19\nENTRYPOINT [\"a\"]\nRUN x\nENTRYPOINT [\"b\"]\n"_s, 2, 1,
         u"FROM alpine:3.19\nENTRYPOINT [\"a\"]\nCMD [\"b\"]\n"_s},
        {"shell-form-entrypoint", u"shell-form-entrypoint"_s, u"FROM alpine:3.19\nENTRYPOINT /app --serve\n"_s, 2, 1,
         u"FROM alpine:3.19\nENTRYPOINT [\"/app\", \"--serve\"]\n"_s},
        {"shell-form-cmd", u"shell-form-cmd"_s, u"FROM nginx:1\nCMD nginx -g 'daemon off;'\n"_s, 2, 1,
         u"FROM nginx:1\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n"_s},
        {"no-user", u"no-user"_s, u"FROM alpine:3.19\nRUN true\n"_s, 1, 1,
         u"FROM alpine:3.19 AS build\nFROM alpine:3.19\nUSER 1000\n"_s},
        {"user-root-last", u"no-user"_s, u"FROM alpine:3.19\nUSER app\nUSER root:root\n"_s, 3, 1,
         u"FROM alpine:3.19\nUSER root\nRUN apk add --no-cache curl\nUSER app\n"_s},
        {"secret-in-env", u"secret-in-env"_s, u"FROM alpine:3.19\nENV DB_PASSWORD=hunter2\n"_s, 2, 5,
         u"FROM alpine:3.19\nENV PUBLIC_KEY=x PASSWORDLESS=1 KEYBOARD=us\n"_s},
        {"secret-in-arg-camel-case", u"secret-in-env"_s, u"ARG githubToken\nFROM alpine:3.19\n"_s, 1, 5,
         u"ARG VERSION\nFROM alpine:3.19\n"_s},
        {"copy-all-before-install", u"copy-all-before-install"_s,
         u"FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n"_s, 3, 1,
         u"FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n"_s},
        {"maintainer-deprecated", u"maintainer-deprecated"_s, u"FROM alpine:3.19\nMAINTAINER me\n"_s, 2, 1,
         u"FROM alpine:3.19\nLABEL org.opencontainers.image.authors=me\n"_s},
        {"relative-workdir", u"relative-workdir"_s, u"FROM alpine:3.19\nWORKDIR app\n"_s, 2, 1,
         u"FROM alpine:3.19\nWORKDIR /app\nWORKDIR sub\n"_s},
        {"sudo-in-run", u"sudo-in-run"_s, u"FROM alpine:3.19\nRUN sudo make install\n"_s, 2, 5,
         u"FROM alpine:3.19\nRUN make install\n"_s},
        {"empty-continuation", u"empty-continuation"_s, u"FROM alpine:3.19\nRUN a \\\n\n  b\n"_s, 4, 1,
         u"FROM alpine:3.19\nRUN a \\\n  # comment\n  b\n"_s},
        {"legacy-key-value", u"legacy-key-value"_s, u"FROM alpine:3.19\nENV A 1\n"_s, 2, 1,
         u"FROM alpine:3.19\nENV A=1\nLABEL a=b\n"_s},
        {"pipe-without-pipefail", u"pipe-without-pipefail"_s, u"FROM alpine:3.19\nRUN curl -fsSL x | sh\n"_s, 2, 18,
         u"FROM alpine:3.19\nRUN set -o pipefail && curl x | sh\nRUN a || b\n"
         "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN c | d\n"_s},
        {"unsupported-syntax", u"unsupported-syntax"_s, u"# syntax=example.com/custom:1\nFROM alpine:3.19\n"_s, 1, 1,
         u"# syntax=docker/dockerfile:1.7\nFROM alpine:3.19\n"_s},
        {"instruction-casing", u"instruction-casing"_s, u"FROM alpine:3.19\n  run x\nRUN y\n"_s, 2, 3,
         u"from alpine:3.19\nrun x\n"_s},
        {"syntax-error", u"syntax-error"_s, u"FROM alpine:3.19\nFROBNICATE x\n"_s, 2, 1,
         u"FROM alpine:3.19\nRUN x\n"_s},
    };
}

QList<LintDiagnostic> withRule(const QList<LintDiagnostic> &diagnostics, const QString &rule)
{
    QList<LintDiagnostic> found;
    for (const LintDiagnostic &diagnostic : diagnostics) {
        if (diagnostic.rule == rule)
            found.append(diagnostic);
    }
    return found;
}

QSet<QString> ruleIds(const QList<LintDiagnostic> &diagnostics)
{
    QSet<QString> ids;
    for (const LintDiagnostic &diagnostic : diagnostics)
        ids.insert(diagnostic.rule);
    return ids;
}

} // namespace

class TestDockerfileLinter : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void catalogue();
    void tutorialDockerfile();
    void checkDirective();
    void errorsNextToHints();
    void sortedByPosition();
    void lintTwoThousandLines();
};

void TestDockerfileLinter::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("triggering");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("clean");
    for (const RuleCase &row : ruleCases())
        QTest::newRow(row.name) << row.rule << row.triggering << row.line << row.column << row.clean;
}

void TestDockerfileLinter::rules()
{
    QFETCH(QString, rule);
    QFETCH(QString, triggering);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, clean);
    const QList<LintDiagnostic> found = withRule(DockerfileLinter::lint(triggering.toUtf8()), rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().line, line);
    QCOMPARE(found.first().column, column);
    QVERIFY(found.first().endLine >= line);
    QVERIFY(!found.first().message.isEmpty());
    QCOMPARE(found.first().severity, DockerfileLinter::rule(rule)->severity);
    const QList<LintDiagnostic> cleanFound = withRule(DockerfileLinter::lint(clean.toUtf8()), rule);
    QVERIFY2(cleanFound.isEmpty(), qPrintable(cleanFound.isEmpty() ? QString() : cleanFound.first().message));
}

void TestDockerfileLinter::catalogue()
{
    const QList<LintRule> rules = DockerfileLinter::rules();
    QVERIFY(rules.size() >= 12);
    QSet<QString> ids;
    for (const LintRule &rule : rules) {
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.insert(rule.id);
        QVERIFY2(!rule.title.isEmpty() && rule.explanation.size() > rule.title.size(), qPrintable(rule.id));
        QCOMPARE(DockerfileLinter::severity(rule.id), rule.severity);
    }
    QSet<QString> tested;
    for (const RuleCase &row : ruleCases())
        tested.insert(row.rule);
    QCOMPARE(tested, ids); // every rule has a triggering and a clean Dockerfile above
    QVERIFY(!DockerfileLinter::rule(u"no-such-rule"_s).has_value());
    QCOMPARE(lintSeverityName(LintSeverity::Style), u"style"_s);
}

void TestDockerfileLinter::tutorialDockerfile()
{
    const QList<LintDiagnostic> diagnostics = DockerfileLinter::lint("FROM alpine\nRUN apk update\nRUN apk add curl\n");
    QCOMPARE(ruleIds(diagnostics), (QSet<QString>{u"unpinned-base-image"_s, u"lone-package-update"_s,
                                                  u"apk-add-no-cache"_s, u"no-user"_s}));
    const QList<LintDiagnostic> lone = withRule(diagnostics, u"lone-package-update"_s);
    QVERIFY2(lone.first().message.contains(u"apk update"_s), qPrintable(lone.first().message));
}

void TestDockerfileLinter::checkDirective()
{
    const QSet<QString> skipped = ruleIds(DockerfileLinter::lint(
        "# check=skip=no-user,Unpinned-Base-Image\nFROM alpine\nRUN apk add curl\n"));
    QCOMPARE(skipped, QSet<QString>{u"apk-add-no-cache"_s});
    QVERIFY(DockerfileLinter::lint("# check=skip=all\nFROM alpine\nMAINTAINER x\n").isEmpty());
    const QList<LintDiagnostic> all = DockerfileLinter::lint("# check=skip=all\nFROM alpine\nFROBNICATE\n");
    QCOMPARE(ruleIds(all), QSet<QString>{u"syntax-error"_s});
    const QList<LintDiagnostic> strict = DockerfileLinter::lint("# check=error=true\nFROM alpine:3.19\nUSER app\nMAINTAINER x\nADD a /b\n");
    QCOMPARE(withRule(strict, u"add-instead-of-copy"_s).first().severity, LintSeverity::Error);
    QCOMPARE(withRule(strict, u"maintainer-deprecated"_s).first().severity, LintSeverity::Info);
}

void TestDockerfileLinter::errorsNextToHints()
{
    const QList<LintDiagnostic> diagnostics = DockerfileLinter::lint(
        "FROM alpine:3.19\nHEALTHCHECK --interval=1us CMD true\nRUN apk add curl\nUSER app\n");
    const QList<LintDiagnostic> errors = withRule(diagnostics, u"syntax-error"_s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, 2);
    QCOMPARE(errors.first().severity, LintSeverity::Error);
    QVERIFY2(errors.first().message.startsWith(u"HEALTHCHECK: "_s), qPrintable(errors.first().message));
    QCOMPARE(withRule(diagnostics, u"apk-add-no-cache"_s).size(), 1);

    const QList<LintDiagnostic> beforeFrom = DockerfileLinter::lint("RUN x\nFROM alpine:3.19\nUSER app\n");
    QCOMPARE(ruleIds(beforeFrom), QSet<QString>{u"syntax-error"_s});
    QCOMPARE(beforeFrom.first().line, 1);

    const QList<LintDiagnostic> unparsable = DockerfileLinter::lint("FROM alpine\nENV A\nRUN apk add curl\n");
    QCOMPARE(unparsable.size(), 1);
    QCOMPARE(unparsable.first().rule, u"syntax-error"_s);
    QCOMPARE(unparsable.first().line, 2);
    QVERIFY(unparsable.first().message.contains(u"ENV must have two arguments"_s));
}

void TestDockerfileLinter::sortedByPosition()
{
    const QList<LintDiagnostic> diagnostics = DockerfileLinter::lint(
        "FROM alpine\nRUN apk update\nRUN cd /x && apk add curl | sh\nMAINTAINER me\nENV TOKEN=x\n");
    QVERIFY(diagnostics.size() >= 6);
    for (qsizetype i = 1; i < diagnostics.size(); ++i) {
        const LintDiagnostic &a = diagnostics.at(i - 1);
        const LintDiagnostic &b = diagnostics.at(i);
        QVERIFY(a.line < b.line || (a.line == b.line && a.column <= b.column));
    }
}

void TestDockerfileLinter::lintTwoThousandLines()
{
    QByteArray source = "FROM alpine:3.19 AS build\n";
    int blocks = 0;
    while (source.count('\n') < 2000) {
        source += "RUN apk add curl \\\n    && cd /tmp \\\n    && curl -fsSL https://example.org/x | sh\n"
                  "COPY . /src\nENV A=1 B=\"two words\"\nRUN npm ci\nCMD [\"a\"]\n\n";
        ++blocks;
    }
    QElapsedTimer timer;
    timer.start();
    const QList<LintDiagnostic> diagnostics = DockerfileLinter::lint(source);
    const qint64 elapsed = timer.nsecsElapsed();
    QCOMPARE(withRule(diagnostics, u"apk-add-no-cache"_s).size(), blocks);
    QCOMPARE(withRule(diagnostics, u"multiple-cmd"_s).size(), blocks - 1);
    qInfo("linted %lld lines (%lld diagnostics) in %.2f ms", qlonglong(source.count('\n')),
          qlonglong(diagnostics.size()), double(elapsed) / 1e6);
}

QTEST_GUILESS_MAIN(TestDockerfileLinter)
#include "tst_dockerfilelinter.moc"
