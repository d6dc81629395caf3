// The parser beyond the BuildKit data: heredocs, directives, warnings, exec-form detection,
// located errors, node fields, and the time to parse a 2,000-line Dockerfile.
#include "build/dockerfileparser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Ponton;
using namespace Ponton::Build;
using namespace Qt::StringLiterals;

class TestDockerfileParser : public QObject
{
    Q_OBJECT
private slots:
    void heredocs_data();
    void heredocs();
    void heredocLines();
    void heredocMarkers_data();
    void heredocMarkers();
    void noHeredoc_data();
    void noHeredoc();
    void errors_data();
    void errors();
    void directives_data();
    void directives();
    void emptyContinuationWarnings();
    void execForm_data();
    void execForm();
    void nodeFields();
    void byteOrderMarkAndCrlf();
    void parseTwoThousandLines();
};

namespace {
QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// "name|fd|expand|chomp|content" per heredoc, content with \n escaped as "\\n".
QStringList describe(const QList<Heredoc> &heredocs)
{
    QStringList out;
    for (const Heredoc &heredoc : heredocs) {
        QString content = heredoc.content;
        content.replace(u'\n', u"\\n"_s).replace(u'\t', u"\\t"_s);
        out << u"%1|%2|%3|%4|%5"_s.arg(heredoc.name).arg(heredoc.fileDescriptor).arg(heredoc.expand)
                   .arg(heredoc.chomp).arg(content);
    }
    return out;
}
} // namespace

void TestDockerfileParser::heredocs_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("run") << u"FROM a\nRUN <<EOF\necho hi\nEOF\n"_s << QStringList{u"EOF|0|1|0|echo hi\\n"_s};
    QTest::newRow("chomp-keeps-tabs-in-body") << u"FROM a\nRUN <<-EOT\n\techo hi\n\tEOT\n"_s
                                              << QStringList{u"EOT|0|1|1|\\techo hi\\n"_s};
    QTest::newRow("single-quoted") << u"FROM a\nRUN <<'EOF'\n$x\nEOF\n"_s << QStringList{u"EOF|0|0|0|$x\\n"_s};
    QTest::newRow("double-quoted") << u"FROM a\nRUN <<\"EOF\"\n$x\nEOF\n"_s << QStringList{u"EOF|0|0|0|$x\\n"_s};
    QTest::newRow("partly-quoted") << u"FROM a\nRUN <<eo'f'\nx\neof\n"_s << QStringList{u"eof|0|0|0|x\\n"_s};
    QTest::newRow("two-on-one-line") << u"FROM a\nRUN cat <<A <<B\na\nA\nb\nB\n"_s
                                     << QStringList{u"A|0|1|0|a\\n"_s, u"B|0|1|0|b\\n"_s};
    QTest::newRow("file-descriptor") << u"FROM a\nRUN 3<<EOF cat /proc/self/fd/3\nx\nEOF\n"_s
                                     << QStringList{u"EOF|3|1|0|x\\n"_s};
    QTest::newRow("space-after-marker") << u"FROM a\nRUN cat << EOF\nx\nEOF\n"_s << QStringList{u"EOF|0|1|0|x\\n"_s};
    QTest::newRow("copy") << u"FROM a\nCOPY <<EOF /etc/motd\nhello\nEOF\n"_s << QStringList{u"EOF|0|1|0|hello\\n"_s};
    QTest::newRow("add") << u"FROM a\nADD <<EOF /x\nhello\nEOF\n"_s << QStringList{u"EOF|0|1|0|hello\\n"_s};
    QTest::newRow("onbuild-run") << u"FROM a\nONBUILD RUN <<EOF\nx\nEOF\n"_s << QStringList{u"EOF|0|1|0|x\\n"_s};
    QTest::newRow("empty-body") << u"FROM a\nRUN <<EOF\nEOF\n"_s << QStringList{u"EOF|0|1|0|"_s};
    QTest::newRow("terminator-needs-whole-line") << u"FROM a\nRUN <<EOF\n EOF\nEOF\n"_s
                                                 << QStringList{u"EOF|0|1|0| EOF\\n"_s};
    QTest::newRow("crlf-body") << u"FROM a\r\nRUN <<EOF\r\nx\r\nEOF\r\n"_s << QStringList{u"EOF|0|1|0|x\\n"_s};
}

void TestDockerfileParser::heredocs()
{
    QFETCH(QString, source);
    QFETCH(QStringList, expected);
    const Result<DockerfileAst> ast = DockerfileParser::parse(utf8(source));
    QVERIFY2(ast.has_value(), qPrintable(ast ? QString() : ast.error().message));
    QCOMPARE(ast->instructions.size(), 2);
    QCOMPARE(describe(ast->instructions.at(1).heredocs), expected);
}

void TestDockerfileParser::heredocLines()
{
    const Result<DockerfileAst> ast = DockerfileParser::parse("FROM a\nRUN <<EOF\none\ntwo\nEOF\nUSER me\n");
    QVERIFY(ast.has_value());
    QCOMPARE(ast->instructions.size(), 3);
    QCOMPARE(ast->instructions.at(1).startLine, 2);
    QCOMPARE(ast->instructions.at(1).endLine, 5);
    QCOMPARE(ast->instructions.at(2).startLine, 6);
    QCOMPARE(ast->instructions.at(1).dump(), u"run \"<<EOF\""_s);
}

void TestDockerfileParser::heredocMarkers_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected"); // name|expand|chomp, "none" or "error"
    QTest::newRow("plain") << u"<<EOF"_s << u"EOF|1|0"_s;
    QTest::newRow("chomp-quoted") << u"<<-'EOF'"_s << u"EOF|0|1"_s;
    QTest::newRow("spaces") << u"<<  EOF"_s << u"EOF|1|0"_s;
    QTest::newRow("escaped") << u"<<E\\OF"_s << u"EOF|1|0"_s;
    QTest::newRow("unclosed-single") << u"<<'EOF"_s << u"error"_s;
    QTest::newRow("unclosed-double") << u"<<\"EOF"_s << u"error"_s;
    QTest::newRow("no-name") << u"<<"_s << u"none"_s;
    QTest::newRow("text-before") << u"a<<EOF"_s << u"none"_s;
    QTest::newRow("two-words") << u"<<A B"_s << u"none"_s;
    QTest::newRow("here-string") << u"<<<EOF"_s << u"none"_s;
}

void TestDockerfileParser::heredocMarkers()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    const Result<std::optional<Heredoc>> heredoc = Heredoc::fromWord(word);
    if (!heredoc) {
        QCOMPARE(u"error"_s, expected);
        return;
    }
    if (!*heredoc) {
        QCOMPARE(u"none"_s, expected);
        return;
    }
    const Heredoc &found = **heredoc;
    QCOMPARE(u"%1|%2|%3"_s.arg(found.name).arg(found.expand).arg(found.chomp), expected);
}

void TestDockerfileParser::noHeredoc_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("instructions");
    QTest::newRow("exec-form") << u"FROM a\nRUN [\"cat\", \"<<EOF\"]\nEOF\n"_s << 3;
    QTest::newRow("inside-quotes") << u"FROM a\nRUN echo \"<<EOF\"\nEOF\n"_s << 3;
    QTest::newRow("not-for-cmd") << u"FROM a\nCMD cat <<EOF\nEOF\n"_s << 3;
    QTest::newRow("here-string") << u"FROM a\nRUN cat <<<word\nEOF\n"_s << 3;
    QTest::newRow("unlexable-line") << u"FROM a\nRUN <<'EOF\nEOF\n"_s << 3;
}

void TestDockerfileParser::noHeredoc()
{
    QFETCH(QString, source);
    QFETCH(int, instructions);
    const Result<DockerfileAst> ast = DockerfileParser::parse(utf8(source));
    QVERIFY2(ast.has_value(), qPrintable(ast ? QString() : ast.error().message));
    QCOMPARE(ast->instructions.size(), instructions);
    QVERIFY(ast->instructions.at(1).heredocs.isEmpty());
    QCOMPARE(ast->instructions.at(2).keyword, u"eof"_s);
}

void TestDockerfileParser::errors_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated-heredoc") << QByteArray("FROM a\nRUN <<EOF\nx\n") << 2 << u"unterminated heredoc"_s;
    QTest::newRow("repeated-directive") << QByteArray("# escape=\\\n# escape=`\nFROM a\n") << 2
                                        << u"only one escape parser directive"_s;
    QTest::newRow("bad-escape") << QByteArray("# escape=x\nFROM a\n") << 1 << u"invalid escape token 'x'"_s;
    QTest::newRow("line-too-long") << QByteArray("FROM a\nRUN " + QByteArray(65536, 'x') + "\n") << 2
                                   << u"max allowed size of 65535"_s;
    QTest::newRow("nested-json") << QByteArray("FROM a\n\nCMD [\"a\", [\"b\"]]\n") << 3
                                 << u"arrays must be comprised of strings only"_s;
    QTest::newRow("number-in-json") << QByteArray("FROM a\nRUN [\"a\", 1]\n") << 2 << u"strings only"_s;
    QTest::newRow("object-in-json") << QByteArray("FROM a\nRUN [{}]\n") << 2 << u"strings only"_s;
    QTest::newRow("null-in-json") << QByteArray("FROM a\nRUN [null]\n") << 2 << u"strings only"_s;
    QTest::newRow("env-no-value") << QByteArray("FROM a\nENV A\n") << 2 << u"ENV must have two arguments"_s;
    QTest::newRow("label-no-value") << QByteArray("FROM a\nLABEL A\n") << 2 << u"LABEL must have two arguments"_s;
    QTest::newRow("env-missing-equals") << QByteArray("FROM a\nENV a=b \\\n  c\n") << 2 << u"can't find = in \"c\""_s;
    QTest::newRow("empty") << QByteArray() << 1 << u"file with no instructions"_s;
    QTest::newRow("only-directives") << QByteArray("# syntax=x\n\n# hi\n") << 3 << u"file with no instructions"_s;
}

void TestDockerfileParser::errors()
{
    QFETCH(QByteArray, source);
    QFETCH(int, line);
    QFETCH(QString, message);
    const std::expected<DockerfileAst, ParseFailure> located = DockerfileParser::parseLocated(source);
    QVERIFY(!located.has_value());
    QCOMPARE(located.error().startLine, line);
    QVERIFY2(located.error().error.message.contains(message), qPrintable(located.error().error.message));
    const Result<DockerfileAst> ast = DockerfileParser::parse(source, u"app.Dockerfile"_s);
    QVERIFY(!ast.has_value());
    QVERIFY2(ast.error().message.startsWith(u"app.Dockerfile:%1: "_s.arg(line)), qPrintable(ast.error().message));
}

void TestDockerfileParser::directives_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("escape");
    QTest::addColumn<QString>("syntax");
    QTest::addColumn<QString>("check");
    QTest::newRow("none") << u"FROM a\n"_s << u"\\"_s << QString() << QString();
    QTest::newRow("all-three") << u"# syntax=docker/dockerfile:1\n# ESCAPE = `\n#check=skip=all\nFROM a\n"_s
                               << u"`"_s << u"docker/dockerfile:1"_s << u"skip=all"_s;
    QTest::newRow("leading-blanks") << u"  # escape=`\nFROM a\n"_s << u"`"_s << QString() << QString();
    QTest::newRow("after-instruction") << u"FROM a\n# escape=`\n"_s << u"\\"_s << QString() << QString();
    QTest::newRow("after-blank-line") << u"\n# escape=`\nFROM a\n"_s << u"\\"_s << QString() << QString();
    QTest::newRow("after-comment") << u"# hello\n# escape=`\nFROM a\n"_s << u"\\"_s << QString() << QString();
    QTest::newRow("unknown-name-ends-section") << u"# foo=bar\n# escape=`\nFROM a\n"_s << u"\\"_s << QString()
                                               << QString();
    QTest::newRow("slashes-are-not-directives") << u"//syntax=x\nFROM a\n"_s << u"\\"_s << QString() << QString();
    QTest::newRow("trailing-blanks-dropped") << u"# syntax = foo/bar  \nFROM a\n"_s << u"\\"_s << u"foo/bar"_s
                                             << QString();
}

void TestDockerfileParser::directives()
{
    QFETCH(QString, source);
    QFETCH(QString, escape);
    QFETCH(QString, syntax);
    QFETCH(QString, check);
    const Result<DockerfileAst> ast = DockerfileParser::parse(utf8(source));
    QVERIFY2(ast.has_value(), qPrintable(ast ? QString() : ast.error().message));
    QCOMPARE(QString(ast->escapeToken), escape);
    QCOMPARE(ast->syntax, syntax);
    QCOMPARE(ast->check, check);
}

void TestDockerfileParser::emptyContinuationWarnings()
{
    const QByteArray source = "FROM a\nRUN echo \\\n\n  hello \\\n  # comment\n  world\n"
                              "RUN a \\\n  # only a comment\n  b\nRUN c \\\n\n\n  d\n";
    const Result<DockerfileAst> ast = DockerfileParser::parse(source);
    QVERIFY2(ast.has_value(), qPrintable(ast ? QString() : ast.error().message));
    QCOMPARE(ast->instructions.size(), 4);
    QCOMPARE(ast->instructions.at(1).arguments, QStringList{u"echo   hello   world"_s});
    QCOMPARE(ast->warnings.size(), 2);
    QCOMPARE(ast->warnings.at(0).line, 6);
    QCOMPARE(ast->warnings.at(1).line, 13);
    QCOMPARE(ast->warnings.at(0).rule, u"no-empty-continuation"_s);
    QVERIFY(ast->warnings.at(1).message.contains(u"RUN c"_s));
}

void TestDockerfileParser::execForm_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("empty-array") << u"CMD []"_s << true << QStringList();
    QTest::newRow("empty-string") << u"CMD [\"\"]"_s << true << QStringList{QString()};
    QTest::newRow("tabs-around") << u"CMD\t[\t\"a\",\t\"b\"\t]\t"_s << true << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("unicode-escape") << u"CMD [\"caf\\u00e9\"]"_s << true << QStringList{u"café"_s};
    QTest::newRow("surrogate-pair") << u"CMD [\"\\ud83d\\ude00\"]"_s << true << QStringList{u"😀"_s};
    QTest::newRow("escaped-slash") << u"CMD [\"\\/bin\"]"_s << true << QStringList{u"/bin"_s};
    QTest::newRow("trailing-comma") << u"CMD [\"a\",]"_s << false << QStringList{u"[\"a\",]"_s};
    QTest::newRow("text-after") << u"CMD [\"a\"] b"_s << false << QStringList{u"[\"a\"] b"_s};
    QTest::newRow("raw-tab-in-string") << u"CMD [\"a\tb\"]"_s << false << QStringList{u"[\"a\tb\"]"_s};
    QTest::newRow("bad-escape") << u"CMD [\"\\x\"]"_s << false << QStringList{u"[\"\\x\"]"_s};
    QTest::newRow("single-quotes") << u"CMD ['a']"_s << false << QStringList{u"['a']"_s};
    QTest::newRow("copy-fallback-splits") << u"COPY [\"a\" b"_s << false << QStringList{u"[\"a\""_s, u"b"_s};
    QTest::newRow("copy-json") << u"COPY [\"a b\", \"/c\"]"_s << true << QStringList{u"a b"_s, u"/c"_s};
    QTest::newRow("healthcheck-json") << u"HEALTHCHECK CMD [\"x\", \"y\"]"_s << true
                                      << QStringList{u"CMD"_s, u"x"_s, u"y"_s};
}

void TestDockerfileParser::execForm()
{
    QFETCH(QString, line);
    QFETCH(bool, json);
    QFETCH(QStringList, arguments);
    const Result<DockerfileAst> ast = DockerfileParser::parse(utf8(u"FROM a\n"_s + line + u'\n'));
    QVERIFY2(ast.has_value(), qPrintable(ast ? QString() : ast.error().message));
    QCOMPARE(ast->instructions.at(1).json, json);
    QCOMPARE(ast->instructions.at(1).arguments, arguments);
}

void TestDockerfileParser::nodeFields()
{
    const QByteArray source = "# base image\n#\n# the real one\nFrOm --platform=\"linux/arm64\" alpine AS build\n"
                              "COPY --chown=a\\ b --link -- x y\nONBUILD --x RUN echo hi\n";
    const Result<DockerfileAst> ast = DockerfileParser::parse(source);
    QVERIFY2(ast.has_value(), qPrintable(ast ? QString() : ast.error().message));
    const Node &from = ast->instructions.at(0);
    QCOMPARE(from.keyword, u"from"_s);
    QCOMPARE(from.writtenKeyword, u"FrOm"_s);
    QCOMPARE(from.flags, QStringList{u"--platform=linux/arm64"_s});
    QCOMPARE(from.arguments, (QStringList{u"alpine"_s, u"AS"_s, u"build"_s}));
    QCOMPARE(from.comments, QStringList{u"the real one"_s});
    QCOMPARE(from.startLine, 4);
    const Node &copy = ast->instructions.at(1);
    QCOMPARE(copy.flags, (QStringList{u"--chown=a b"_s, u"--link"_s}));
    QCOMPARE(copy.arguments, (QStringList{u"x"_s, u"y"_s}));
    QCOMPARE(copy.original, u"COPY --chown=a\\ b --link -- x y"_s);
    const Node &onbuild = ast->instructions.at(2);
    QCOMPARE(onbuild.flags, QStringList{u"--x"_s});
    QCOMPARE(onbuild.children.size(), size_t(1));
    QCOMPARE(onbuild.children.front().keyword, u"run"_s);
    QCOMPARE(onbuild.dump(), u"onbuild [\"--x\"] (run \"echo hi\")"_s);
}

void TestDockerfileParser::byteOrderMarkAndCrlf()
{
    const Result<DockerfileAst> ast = DockerfileParser::parse("\xEF\xBB\xBF# escape=`\r\nFROM a\r\nRUN x `\r\n  y\r\n");
    QVERIFY2(ast.has_value(), qPrintable(ast ? QString() : ast.error().message));
    QCOMPARE(ast->escapeToken, QChar(u'`'));
    QCOMPARE(ast->dump(), u"(from \"a\")\n(run \"x   y\")"_s);
}

void TestDockerfileParser::parseTwoThousandLines()
{
    QByteArray source = "# syntax=docker/dockerfile:1\nARG BASE=alpine:3.19\nFROM ${BASE} AS build\n";
    int expected = 2;
    while (source.count('\n') < 2000) {
        source += "ENV A=1 B=\"two words\" C=$A\n"
                  "RUN apk add --no-cache curl \\\n    && echo done \\\n    && rm -rf /tmp/*\n"
                  "COPY --chown=1000:1000 [\"src/a b\", \"/app/\"]\n"
                  "HEALTHCHECK --interval=30s CMD wget -q -O- http://localhost/ || exit 1\n"
                  "# a comment line\n\n"
                  "RUN <<EOF\nset -e\necho heredoc\nEOF\n";
        expected += 5;
    }
    QElapsedTimer timer;
    timer.start();
    const Result<DockerfileAst> ast = DockerfileParser::parse(source);
    const qint64 elapsed = timer.nsecsElapsed();
    QVERIFY2(ast.has_value(), qPrintable(ast ? QString() : ast.error().message));
    QCOMPARE(int(ast->instructions.size()), expected);
    qInfo("parsed %lld lines (%lld instructions) in %.2f ms", qlonglong(source.count('\n')),
          qlonglong(ast->instructions.size()), double(elapsed) / 1e6);
}

QTEST_GUILESS_MAIN(TestDockerfileParser)
#include "tst_dockerfileparser.moc"
