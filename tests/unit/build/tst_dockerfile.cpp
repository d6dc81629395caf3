// Typed instructions, stages and the semantic errors of DOCKERFILE-SEMANTICS.md.
#include "build/dockerfile.h"
#include "build/goduration.h"
#include "build/signalname.h"

#include <QTest>

using namespace Ponton;
using namespace Ponton::Build;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestDockerfile : public QObject
{
    Q_OBJECT
private slots:
    void typed_data();
    void typed();
    void errors_data();
    void errors();
    void stages();
    void onbuildTriggerReparses();
    void durations_data();
    void durations();
    void signalNames_data();
    void signalNames();
};

namespace {

QString list(const QStringList &values)
{
    return u'[' + values.join(u',') + u']';
}

QString pairs(const QList<KeyValue> &values)
{
    QStringList out;
    for (const KeyValue &pair : values)
        out << pair.key + u'=' + pair.value;
    return list(out);
}

QString ms(std::chrono::nanoseconds value)
{
    return QString::number(double(value.count()) / 1e6);
}

// A canonical one-line description of an instruction, so that table rows can state every field.
struct Describe {
    QString operator()(const FromInstruction &i) const { return u"image=%1 name=%2 platform=%3"_s.arg(i.image, i.stageName, i.platform); }
    QString operator()(const ArgInstruction &i) const
    {
        QStringList out;
        for (const ArgDefinition &arg : i.args)
            out << (arg.defaultValue ? QString(arg.name + u'=' + *arg.defaultValue) : QString(arg.name + u"(unset)"_s));
        return list(out);
    }
    QString operator()(const EnvInstruction &i) const { return pairs(i.pairs) + (i.legacyForm ? u" legacy"_s : QString()); }
    QString operator()(const RunInstruction &i) const
    {
        return u"%1 shell=%2 heredocs=%3 mounts=%4 network=%5"_s.arg(list(i.command)).arg(i.shellForm)
            .arg(i.heredocs.size()).arg(list(i.mounts), i.network);
    }
    QString operator()(const CopyInstruction &i) const
    {
        QStringList heredocs;
        for (const Heredoc &heredoc : i.heredocs)
            heredocs << heredoc.name + u':' + QString(heredoc.content).replace(u'\n', u'|');
        return u"add=%1 src=%2 dst=%3 from=%4 chown=%5 chmod=%6 link=%7 heredocs=%8 checksum=%9 unpack=%10"_s
            .arg(i.add).arg(list(i.sources), i.destination, i.from, i.chown, i.chmod).arg(i.link)
            .arg(list(heredocs), i.checksum, i.unpack ? QString::number(*i.unpack) : u"-"_s);
    }
    QString operator()(const WorkdirInstruction &i) const { return i.path; }
    QString operator()(const UserInstruction &i) const { return i.user; }
    QString operator()(const CmdInstruction &i) const { return list(i.command) + u" shell=%1"_s.arg(i.shellForm); }
    QString operator()(const EntrypointInstruction &i) const { return list(i.command) + u" shell=%1"_s.arg(i.shellForm); }
    QString operator()(const ShellInstruction &i) const { return list(i.shell); }
    QString operator()(const LabelInstruction &i) const { return pairs(i.labels) + (i.legacyForm ? u" legacy"_s : QString()); }
    QString operator()(const ExposeInstruction &i) const { return list(i.ports); }
    QString operator()(const VolumeInstruction &i) const { return list(i.volumes); }
    QString operator()(const StopSignalInstruction &i) const { return i.signal; }
    QString operator()(const HealthcheckInstruction &i) const
    {
        return u"%1 interval=%2 timeout=%3 start=%4 startInterval=%5 retries=%6"_s.arg(list(i.test), ms(i.interval),
            ms(i.timeout), ms(i.startPeriod), ms(i.startInterval)).arg(i.retries);
    }
    QString operator()(const OnbuildInstruction &i) const { return i.keyword + u": "_s + i.expression; }
    QString operator()(const MaintainerInstruction &i) const { return i.maintainer; }
};

} // namespace

void TestDockerfile::typed_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("expected");
    QTest::newRow("from-platform-as") << u"FROM --platform=linux/arm64 alpine:3.19 AS Build"_s << u"FROM"_s
                                      << u"image=alpine:3.19 name=build platform=linux/arm64"_s;
    QTest::newRow("from-lower-as") << u"FROM x as y.z-1_2"_s << u"FROM"_s << u"image=x name=y.z-1_2 platform="_s;
    QTest::newRow("arg") << u"ARG a b=c d=\"e f\" g="_s << u"ARG"_s << u"[a(unset),b=c,d=\"e f\",g=]"_s;
    QTest::newRow("env-legacy") << u"ENV k v  w"_s << u"ENV"_s << u"[k=v  w] legacy"_s;
    QTest::newRow("env-pairs") << u"ENV a=1 b=\"2 3\" c=$a"_s << u"ENV"_s << u"[a=1,b=\"2 3\",c=$a]"_s;
    QTest::newRow("run-shell") << u"RUN echo \"$HOME\" && ls"_s << u"RUN"_s
                               << u"[echo \"$HOME\" && ls] shell=1 heredocs=0 mounts=[] network="_s;
    QTest::newRow("run-exec") << u"RUN [\"ls\", \"-l\"]"_s << u"RUN"_s << u"[ls,-l] shell=0 heredocs=0 mounts=[] network="_s;
    QTest::newRow("run-flags") << u"RUN --mount=type=cache,target=/c --mount=type=tmpfs,target=/t --network=none make"_s
                               << u"RUN"_s << u"[make] shell=1 heredocs=0 mounts=[type=cache,target=/c,type=tmpfs,target=/t] network=none"_s;
    QTest::newRow("run-heredoc") << u"RUN <<EOF\necho a\nEOF"_s << u"RUN"_s << u"[<<EOF] shell=1 heredocs=1 mounts=[] network="_s;
    QTest::newRow("copy-flags") << u"COPY --from=build --chown=1:2 --chmod=0755 --link a b /dst/"_s << u"COPY"_s
                                << u"add=0 src=[a,b] dst=/dst/ from=build chown=1:2 chmod=0755 link=1 heredocs=[] checksum= unpack=-"_s;
    QTest::newRow("copy-json") << u"COPY [\"a b\", \"/c d/\"]"_s << u"COPY"_s
                               << u"add=0 src=[a b] dst=/c d/ from= chown= chmod= link=0 heredocs=[] checksum= unpack=-"_s;
    QTest::newRow("copy-symbolic-chmod") << u"COPY --chmod=u+x,go-w a /b"_s << u"COPY"_s
                                         << u"add=0 src=[a] dst=/b from= chown= chmod=u+x,go-w link=0 heredocs=[] checksum= unpack=-"_s;
    QTest::newRow("copy-heredoc") << u"COPY <<EOF /etc/motd\nhello\nEOF"_s << u"COPY"_s
                                  << u"add=0 src=[] dst=/etc/motd from= chown= chmod= link=0 heredocs=[EOF:hello|] checksum= unpack=-"_s;
    QTest::newRow("copy-heredoc-chomped") << u"COPY <<-EOF /x\n\t\tindented\n\tEOF"_s << u"COPY"_s
                                          << u"add=0 src=[] dst=/x from= chown= chmod= link=0 heredocs=[EOF:indented|] checksum= unpack=-"_s;
    QTest::newRow("add-flags") << u"ADD --checksum=sha256:abc --unpack=false --link=false https://x/y.tgz /opt/"_s << u"ADD"_s
                               << u"add=1 src=[https://x/y.tgz] dst=/opt/ from= chown= chmod= link=0 heredocs=[] checksum=sha256:abc unpack=0"_s;
    QTest::newRow("workdir") << u"WORKDIR /a b"_s << u"WORKDIR"_s << u"/a b"_s;
    QTest::newRow("user") << u"USER app:staff"_s << u"USER"_s << u"app:staff"_s;
    QTest::newRow("cmd-exec") << u"CMD [\"nginx\", \"-g\", \"daemon off;\"]"_s << u"CMD"_s << u"[nginx,-g,daemon off;] shell=0"_s;
    QTest::newRow("cmd-shell") << u"CMD nginx -g 'daemon off;'"_s << u"CMD"_s << u"[nginx -g 'daemon off;'] shell=1"_s;
    QTest::newRow("cmd-empty-exec") << u"CMD []"_s << u"CMD"_s << u"[] shell=0"_s;
    QTest::newRow("entrypoint") << u"ENTRYPOINT [\"/init\"]"_s << u"ENTRYPOINT"_s << u"[/init] shell=0"_s;
    QTest::newRow("shell") << u"SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]"_s << u"SHELL"_s
                           << u"[/bin/bash,-o,pipefail,-c]"_s;
    QTest::newRow("label") << u"LABEL a=b \"c d\"=e"_s << u"LABEL"_s << u"[a=b,\"c d\"=e]"_s;
    QTest::newRow("label-legacy") << u"LABEL maintainer Jane Doe"_s << u"LABEL"_s << u"[maintainer=Jane Doe] legacy"_s;
    QTest::newRow("expose") << u"EXPOSE 80 443/udp 1000-2000/tcp ${PORT}"_s << u"EXPOSE"_s
                            << u"[80,443/udp,1000-2000/tcp,${PORT}]"_s;
    QTest::newRow("volume-json") << u"VOLUME [\"/a\", \"/b\"]"_s << u"VOLUME"_s << u"[/a,/b]"_s;
    QTest::newRow("volume-words") << u"VOLUME /c /d"_s << u"VOLUME"_s << u"[/c,/d]"_s;
    QTest::newRow("stopsignal-name") << u"STOPSIGNAL SIGKILL"_s << u"STOPSIGNAL"_s << u"SIGKILL"_s;
    QTest::newRow("stopsignal-variable") << u"STOPSIGNAL $SIG"_s << u"STOPSIGNAL"_s << u"$SIG"_s;
    QTest::newRow("healthcheck-shell") << u"HEALTHCHECK --interval=5m --timeout=3s --start-period=1.5s --start-interval=2s --retries=4 CMD curl -f http://x/ || exit 1"_s
                                       << u"HEALTHCHECK"_s
                                       << u"[CMD-SHELL,curl -f http://x/ || exit 1] interval=300000 timeout=3000 start=1500 startInterval=2000 retries=4"_s;
    QTest::newRow("healthcheck-exec-zero") << u"HEALTHCHECK --interval=0s --retries=0 CMD [\"check\", \"-q\"]"_s << u"HEALTHCHECK"_s
                                           << u"[CMD,check,-q] interval=0 timeout=0 start=0 startInterval=0 retries=0"_s;
    QTest::newRow("healthcheck-1ms") << u"HEALTHCHECK --timeout=1ms CMD x"_s << u"HEALTHCHECK"_s
                                     << u"[CMD-SHELL,x] interval=0 timeout=1 start=0 startInterval=0 retries=0"_s;
    QTest::newRow("healthcheck-none") << u"HEALTHCHECK NONE"_s << u"HEALTHCHECK"_s
                                      << u"[NONE] interval=0 timeout=0 start=0 startInterval=0 retries=0"_s;
    QTest::newRow("onbuild") << u"ONBUILD  RUN echo hi"_s << u"ONBUILD"_s << u"RUN: RUN echo hi"_s;
    QTest::newRow("onbuild-copy-flags") << u"onbuild COPY --from=x a b"_s << u"ONBUILD"_s << u"COPY: COPY --from=x a b"_s;
    QTest::newRow("onbuild-heredoc") << u"ONBUILD RUN <<EOF\necho a\nEOF"_s << u"ONBUILD"_s
                                     << u"RUN: RUN <<EOF\necho a\nEOF"_s;
    QTest::newRow("maintainer") << u"MAINTAINER Jane <j@x.org>"_s << u"MAINTAINER"_s << u"Jane <j@x.org>"_s;
}

void TestDockerfile::typed()
{
    QFETCH(QString, line);
    QFETCH(QString, keyword);
    QFETCH(QString, expected);
    const Result<Dockerfile> dockerfile = Dockerfile::parse((u"FROM base AS stage0\n"_s + line + u'\n').toUtf8());
    QVERIFY2(dockerfile.has_value(), qPrintable(dockerfile ? QString() : dockerfile.error().toString()));
    const bool isFrom = keyword == u"FROM";
    const Stage &stage = dockerfile->stages().at(isFrom ? 1 : 0);
    const Instruction &instruction = isFrom ? stage.from : stage.instructions.first();
    QCOMPARE(instruction.keyword, keyword);
    QCOMPARE(instruction.startLine, 2);
    QCOMPARE(std::visit(Describe{}, instruction.data), expected);
}

void TestDockerfile::errors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected"); // the whole message, "Dockerfile:<line>: …"
    QTest::newRow("unknown-instruction") << u"FROM a\nFROBNICATE bar"_s << u"Dockerfile:2: unknown instruction: FROBNICATE"_s;
    QTest::newRow("unknown-suggests") << u"FROM a\n\nRUNN make"_s << u"Dockerfile:3: unknown instruction: RUNN (did you mean RUN?)"_s;
    QTest::newRow("before-from") << u"# c\nRUN x\nFROM a"_s
                                 << u"Dockerfile:2: RUN: no build stage in current context: only ARG may come before the first FROM"_s;
    QTest::newRow("env-before-from") << u"ENV A=1\nFROM a"_s
                                     << u"Dockerfile:1: ENV: no build stage in current context: only ARG may come before the first FROM"_s;
    QTest::newRow("only-args") << u"ARG A\nARG B"_s << u"Dockerfile:2: the Dockerfile has no FROM: there is no build stage"_s;
    QTest::newRow("stage-name-digit") << u"FROM a AS 1st"_s
                                      << u"Dockerfile:1: FROM: invalid name for build stage: \"1st\", name can't start with a number or contain symbols"_s;
    QTest::newRow("stage-name-symbol") << u"FROM a AS my/stage"_s
                                       << u"Dockerfile:1: FROM: invalid name for build stage: \"my/stage\", name can't start with a number or contain symbols"_s;
    QTest::newRow("from-two-words") << u"FROM a b"_s << u"Dockerfile:1: FROM: FROM requires either one or three arguments"_s;
    QTest::newRow("from-not-as") << u"FROM a IS b"_s << u"Dockerfile:1: FROM: FROM requires either one or three arguments"_s;
    QTest::newRow("from-empty") << u"FROM"_s << u"Dockerfile:1: FROM: FROM requires either one or three arguments"_s;
    QTest::newRow("duplicate-stage") << u"FROM a AS x\nFROM b AS X"_s << u"Dockerfile:2: FROM: duplicate stage name \"x\""_s;
    QTest::newRow("chained-onbuild") << u"FROM a\nONBUILD ONBUILD RUN x"_s
                                     << u"Dockerfile:2: ONBUILD: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"_s;
    QTest::newRow("onbuild-from") << u"FROM a\nONBUILD FROM b"_s << u"Dockerfile:2: ONBUILD: FROM isn't allowed as an ONBUILD trigger"_s;
    QTest::newRow("onbuild-maintainer") << u"FROM a\nONBUILD maintainer me"_s
                                        << u"Dockerfile:2: ONBUILD: MAINTAINER isn't allowed as an ONBUILD trigger"_s;
    QTest::newRow("onbuild-unknown") << u"FROM a\nONBUILD frobnicate x"_s << u"Dockerfile:2: ONBUILD: unknown instruction: FROBNICATE"_s;
    QTest::newRow("onbuild-empty") << u"FROM a\nONBUILD"_s << u"Dockerfile:2: ONBUILD: ONBUILD requires at least one argument"_s;
    QTest::newRow("healthcheck-too-short") << u"FROM a\nHEALTHCHECK --interval=10us CMD x"_s
                                           << u"Dockerfile:2: HEALTHCHECK: Interval \"interval\" cannot be less than 1ms"_s;
    QTest::newRow("healthcheck-negative") << u"FROM a\nHEALTHCHECK --start-period=-1s CMD x"_s
                                          << u"Dockerfile:2: HEALTHCHECK: Interval \"start-period\" cannot be less than 1ms"_s;
    QTest::newRow("healthcheck-bad-duration") << u"FROM a\nHEALTHCHECK --timeout=3 CMD x"_s
                                              << u"Dockerfile:2: HEALTHCHECK: --timeout: invalid duration \"3\""_s;
    QTest::newRow("healthcheck-negative-retries") << u"FROM a\nHEALTHCHECK --retries=-1 CMD x"_s
                                                  << u"Dockerfile:2: HEALTHCHECK: --retries cannot be negative (-1)"_s;
    QTest::newRow("healthcheck-none-args") << u"FROM a\nHEALTHCHECK NONE x"_s
                                           << u"Dockerfile:2: HEALTHCHECK: HEALTHCHECK NONE takes no arguments"_s;
    QTest::newRow("healthcheck-type") << u"FROM a\nHEALTHCHECK CONNECT TCP 7000"_s
                                      << u"Dockerfile:2: HEALTHCHECK: Unknown type \"CONNECT\" in HEALTHCHECK (try CMD)"_s;
    QTest::newRow("healthcheck-no-command") << u"FROM a\nHEALTHCHECK CMD"_s
                                            << u"Dockerfile:2: HEALTHCHECK: Missing command after HEALTHCHECK CMD"_s;
    QTest::newRow("healthcheck-bare") << u"FROM a\nHEALTHCHECK"_s
                                      << u"Dockerfile:2: HEALTHCHECK: HEALTHCHECK requires at least one argument"_s;
    QTest::newRow("healthcheck-unknown-flag") << u"FROM a\nHEALTHCHECK --every=1s CMD x"_s
                                              << u"Dockerfile:2: HEALTHCHECK: unknown flag: --every"_s;
    QTest::newRow("copy-one-arg") << u"FROM a\nCOPY a"_s
                                  << u"Dockerfile:2: COPY: COPY requires at least two arguments, but only one was provided. Destination could not be determined"_s;
    QTest::newRow("copy-unknown-flag") << u"FROM a\nCOPY --foo=x a b"_s << u"Dockerfile:2: COPY: unknown flag: --foo"_s;
    QTest::newRow("copy-bad-bool") << u"FROM a\nCOPY --link=maybe a b"_s
                                   << u"Dockerfile:2: COPY: expecting boolean value for flag --link, not: maybe"_s;
    QTest::newRow("copy-missing-value") << u"FROM a\nCOPY --from a b"_s << u"Dockerfile:2: COPY: missing a value on flag: --from"_s;
    QTest::newRow("copy-duplicate-flag") << u"FROM a\nCOPY --chown=a --chown=b x y"_s
                                         << u"Dockerfile:2: COPY: duplicate flag specified: --chown"_s;
    QTest::newRow("add-from") << u"FROM a\nADD --from=x a b"_s << u"Dockerfile:2: ADD: unknown flag: --from"_s;
    QTest::newRow("copy-bad-chmod") << u"FROM a\nCOPY --chmod=999 a b"_s << u"Dockerfile:2: COPY: invalid chmod parameter: 999"_s;
    QTest::newRow("copy-heredoc-destination") << u"FROM a\nCOPY a <<EOF\nx\nEOF"_s
                                              << u"Dockerfile:2: COPY: COPY cannot accept a heredoc as a destination"_s;
    QTest::newRow("copy-from-later-stage") << u"FROM a\nFROM b\nCOPY --from=1 x y"_s
                                           << u"Dockerfile:3: COPY: invalid from flag value 1: refers to the current or a later build stage"_s;
    QTest::newRow("copy-from-itself") << u"FROM a AS me\nCOPY --from=ME x y"_s
                                      << u"Dockerfile:2: COPY: circular dependency detected on stage: me"_s;
    QTest::newRow("shell-not-json") << u"FROM a\nSHELL /bin/bash -c"_s << u"Dockerfile:2: SHELL: SHELL requires the arguments to be in JSON form"_s;
    QTest::newRow("shell-empty") << u"FROM a\nSHELL []"_s << u"Dockerfile:2: SHELL: SHELL requires at least one argument"_s;
    QTest::newRow("workdir-empty") << u"FROM a\nWORKDIR"_s << u"Dockerfile:2: WORKDIR: WORKDIR requires exactly one argument"_s;
    QTest::newRow("user-empty") << u"FROM a\nUSER"_s << u"Dockerfile:2: USER: USER requires exactly one argument"_s;
    QTest::newRow("env-empty") << u"FROM a\nENV"_s << u"Dockerfile:2: ENV: ENV requires at least one argument"_s;
    QTest::newRow("env-blank-name") << u"FROM a\nENV =x"_s << u"Dockerfile:2: ENV: ENV names can not be blank"_s;
    QTest::newRow("label-blank-name") << u"FROM a\nLABEL =x"_s << u"Dockerfile:2: LABEL: LABEL names can not be blank"_s;
    QTest::newRow("arg-blank-name") << u"ARG =x\nFROM a"_s << u"Dockerfile:1: ARG: ARG names can not be blank"_s;
    QTest::newRow("arg-empty") << u"FROM a\nARG"_s << u"Dockerfile:2: ARG: ARG requires at least one argument"_s;
    QTest::newRow("volume-empty-entry") << u"FROM a\nVOLUME [\"/a\", \" \"]"_s
                                        << u"Dockerfile:2: VOLUME: VOLUME specified can not be an empty string"_s;
    QTest::newRow("stopsignal-unknown") << u"FROM a\nSTOPSIGNAL SIGFOO"_s << u"Dockerfile:2: STOPSIGNAL: invalid signal: SIGFOO"_s;
    QTest::newRow("stopsignal-zero") << u"FROM a\nSTOPSIGNAL 0"_s << u"Dockerfile:2: STOPSIGNAL: invalid signal: 0"_s;
    QTest::newRow("expose-protocol") << u"FROM a\nEXPOSE 80/foo"_s << u"Dockerfile:2: EXPOSE: invalid port specification: \"80/foo\""_s;
    QTest::newRow("expose-range") << u"FROM a\nEXPOSE 70000"_s << u"Dockerfile:2: EXPOSE: invalid port specification: \"70000\""_s;
    QTest::newRow("run-empty") << u"FROM a\nRUN"_s << u"Dockerfile:2: RUN: RUN requires at least one argument"_s;
    QTest::newRow("run-unknown-flag") << u"FROM a\nRUN --privileged x"_s << u"Dockerfile:2: RUN: unknown flag: --privileged"_s;
    QTest::newRow("cmd-flag") << u"FROM a\nCMD --doit x"_s << u"Dockerfile:2: CMD: unknown flag: --doit"_s;
    QTest::newRow("line-of-continued-instruction") << u"FROM a\n\nRUN a \\\n  b \\\n  --c\nHEALTHCHECK --interval=1ns CMD x"_s
                                                   << u"Dockerfile:6: HEALTHCHECK: Interval \"interval\" cannot be less than 1ms"_s;
}

void TestDockerfile::errors()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const Result<Dockerfile> dockerfile = Dockerfile::parse(source.toUtf8());
    QVERIFY2(!dockerfile.has_value(), "the Dockerfile was accepted");
    QCOMPARE(dockerfile.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(dockerfile.error().message, expected);
    const qsizetype line = expected.section(u':', 1, 1).toInt();
    if (!expected.contains(u"has no FROM"_s)) {
        const QString written = source.section(u'\n', int(line - 1), int(line - 1));
        QVERIFY2(dockerfile.error().detail.startsWith(written), qPrintable(dockerfile.error().detail));
    }
}

void TestDockerfile::stages()
{
    const QByteArray source = "ARG BASE=alpine\nARG TAG\nFROM ${BASE}:${TAG} AS deps\nRUN apk add make\n"
                              "FROM deps AS Build\nCOPY . /src\nRUN make\n"
                              "FROM scratch\nCOPY --from=build /src/app /app\nCOPY --from=0 /etc/passwd /etc/\n"
                              "ENTRYPOINT [\"/app\"]\n";
    const Result<Dockerfile> dockerfile = Dockerfile::parse(source, u"Dockerfile.prod"_s);
    QVERIFY2(dockerfile.has_value(), qPrintable(dockerfile ? QString() : dockerfile.error().toString()));
    QCOMPARE(dockerfile->globalArgs().size(), 2);
    QCOMPARE(dockerfile->stages().size(), 3);
    QCOMPARE(dockerfile->stages().at(0).baseImage, u"${BASE}:${TAG}"_s);
    QCOMPARE(dockerfile->stages().at(1).name, u"build"_s);
    QCOMPARE(dockerfile->stages().at(1).baseImage, u"deps"_s);
    QCOMPARE(dockerfile->stages().at(2).name, QString());
    QCOMPARE(dockerfile->stages().at(2).instructions.size(), 3);
    QCOMPARE(dockerfile->stageIndex(u"BUILD"_s), 1);
    QCOMPARE(dockerfile->stageIndex(u"deps"_s), 0);
    QCOMPARE(dockerfile->stageIndex(u"2"_s), 2);
    QCOMPARE(dockerfile->stageIndex(u"3"_s), -1);
    QCOMPARE(dockerfile->stageIndex(u"nope"_s), -1);
    QCOMPARE(dockerfile->stepCount(), 11);
    QCOMPARE(dockerfile->stages().at(2).instructions.at(0).as<CopyInstruction>()->from, u"build"_s);
}

void TestDockerfile::onbuildTriggerReparses()
{
    const Result<Dockerfile> parent = Dockerfile::parse("FROM a\nONBUILD COPY <<-EOF /motd\n\thello\n\tEOF\n");
    QVERIFY2(parent.has_value(), qPrintable(parent ? QString() : parent.error().toString()));
    const OnbuildInstruction *trigger = parent->stages().first().instructions.first().as<OnbuildInstruction>();
    QVERIFY(trigger);
    const Result<Dockerfile> child = Dockerfile::parse((u"FROM parent\n"_s + trigger->expression).toUtf8());
    QVERIFY2(child.has_value(), qPrintable(child ? QString() : child.error().toString()));
    const CopyInstruction *copy = child->stages().first().instructions.first().as<CopyInstruction>();
    QVERIFY(copy);
    QCOMPARE(copy->destination, u"/motd"_s);
    QCOMPARE(copy->heredocs.size(), 1);
    QCOMPARE(copy->heredocs.first().content, u"hello\n"_s);
}

void TestDockerfile::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("nanoseconds"); // -1: invalid
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("seconds") << u"30s"_s << qint64(30'000'000'000);
    QTest::newRow("compound") << u"1h2m3.5s"_s << qint64(3'723'500'000'000);
    QTest::newRow("milliseconds") << u"300ms"_s << qint64(300'000'000);
    QTest::newRow("micro-u") << u"1.5us"_s << qint64(1500);
    QTest::newRow("micro-sign") << u"2µs"_s << qint64(2000);
    QTest::newRow("nanoseconds") << u"7ns"_s << qint64(7);
    QTest::newRow("fraction-only") << u".5s"_s << qint64(500'000'000);
    QTest::newRow("trailing-dot") << u"5.s"_s << qint64(5'000'000'000);
    QTest::newRow("negative") << u"-1m"_s << qint64(-60'000'000'000);
    QTest::newRow("no-unit") << u"10"_s << qint64(-1);
    QTest::newRow("unknown-unit") << u"1d"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("dot-only") << u".s"_s << qint64(-1);
    QTest::newRow("space") << u"1 s"_s << qint64(-1);
}

void TestDockerfile::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, nanoseconds);
    const Result<std::chrono::nanoseconds> duration = GoDuration::parse(text);
    QCOMPARE(duration.has_value(), nanoseconds != -1);
    if (duration)
        QCOMPARE(qint64(duration->count()), nanoseconds);
}

void TestDockerfile::signalNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("number"); // 0: invalid
    QTest::newRow("sigterm") << u"SIGTERM"_s << 15;
    QTest::newRow("kill-lower") << u"kill"_s << 9;
    QTest::newRow("number") << u"3"_s << 3;
    QTest::newRow("rtmin-plus") << u"SIGRTMIN+3"_s << 37;
    QTest::newRow("rtmax-minus") << u"RTMAX-1"_s << 63;
    QTest::newRow("zero") << u"0"_s << 0;
    QTest::newRow("too-big") << u"65"_s << 0;
    QTest::newRow("unknown") << u"SIGFOO"_s << 0;
    QTest::newRow("rt-out-of-range") << u"RTMIN+40"_s << 0;
}

void TestDockerfile::signalNames()
{
    QFETCH(QString, text);
    QFETCH(int, number);
    QCOMPARE(SignalName::parse(text).value_or(0), number);
}

QTEST_GUILESS_MAIN(TestDockerfile)
#include "tst_dockerfile.moc"
