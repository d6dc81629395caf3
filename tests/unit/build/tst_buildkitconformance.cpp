// BuildKit's parser and shell-lexer conformance data (../shared/conformance/buildkit, see FORMAT.md
// there), run as one QTest row per case so that a failure names the case.
#include "build/dockerfileparser.h"
#include "build/shelllexer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Ponton;
using namespace Ponton::Build;
using namespace Qt::StringLiterals;

namespace {

QString conformanceDir()
{
    const QByteArray fromEnv = qgetenv("PONTON_CONFORMANCE_DIR");
    return fromEnv.isEmpty() ? QString::fromUtf8(PONTON_CONFORMANCE_DEFAULT_DIR) : QString::fromLocal8Bit(fromEnv);
}

QString dataPath(const QString &relative)
{
    return conformanceDir() + u"/frontend/dockerfile/"_s + relative;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList caseFolders(const QString &relative)
{
    return QDir(dataPath(relative)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// The shared environment of envVarTest.
ShellEnvironment envVarEnvironment()
{
    return ShellLexer::environmentFromList({u"PWD=/home"_s, u"SHELL=bash"_s, u"KOREAN=한국어"_s, u"NULL="_s});
}

QString trimLeadingSpaces(const QString &text)
{
    qsizetype pos = 0;
    while (pos < text.size() && text[pos] == u' ')
        ++pos;
    return text.mid(pos);
}

int g_passed = 0;
int g_ran = 0;
QStringList g_skipped;

} // namespace

class TestBuildkitConformance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void positive_data();
    void positive();
    void negative_data();
    void negative();
    void lineNumbers();
    void envVar_data();
    void envVar();
    void words_data();
    void words();
    void cleanupTestCase();
};

void TestBuildkitConformance::initTestCase()
{
    const QString dir = conformanceDir();
    QVERIFY2(QDir(dataPath(u"parser/testfiles"_s)).exists(),
             qPrintable(u"BuildKit conformance data not found: looked in %1 "
                        "(set PONTON_CONFORMANCE_DIR to the folder that holds frontend/dockerfile)"_s.arg(dir)));
    QCOMPARE(caseFolders(u"parser/testfiles"_s).size(), 33);
    QCOMPARE(caseFolders(u"parser/testfiles-negative"_s).size(), 4);
    qInfo("conformance data: %s", qPrintable(dir));
}

void TestBuildkitConformance::positive_data()
{
    QTest::addColumn<QString>("folder");
    for (const QString &name : caseFolders(u"parser/testfiles"_s))
        QTest::newRow(qPrintable(name)) << dataPath(u"parser/testfiles/"_s + name);
}

void TestBuildkitConformance::positive()
{
    QFETCH(QString, folder);
    ++g_ran;
    const QByteArray source = readBytes(folder + u"/Dockerfile"_s);
    QByteArray expected = readBytes(folder + u"/result"_s);
    expected.replace("\r\n", "\n");
    QVERIFY2(!expected.isEmpty(), "missing result file");
    const Result<DockerfileAst> ast = DockerfileParser::parse(source);
    QVERIFY2(ast.has_value(), qPrintable(ast ? QString() : ast.error().toString()));
    QCOMPARE(ast->dump() + u'\n', QString::fromUtf8(expected));
    ++g_passed;
}

void TestBuildkitConformance::negative_data()
{
    QTest::addColumn<QString>("folder");
    for (const QString &name : caseFolders(u"parser/testfiles-negative"_s))
        QTest::newRow(qPrintable(name)) << dataPath(u"parser/testfiles-negative/"_s + name);
}

void TestBuildkitConformance::negative()
{
    QFETCH(QString, folder);
    ++g_ran;
    QFile file(folder + u"/Dockerfile"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const Result<DockerfileAst> ast = DockerfileParser::parse(file.readAll());
    QVERIFY2(!ast.has_value(), qPrintable(ast ? ast->dump() : QString()));
    QVERIFY2(ast.error().message.startsWith(u"Dockerfile:"_s), qPrintable(ast.error().message));
    qInfo("%s", qPrintable(ast.error().message));
    ++g_passed;
}

void TestBuildkitConformance::lineNumbers()
{
    ++g_ran;
    const Result<DockerfileAst> ast = DockerfileParser::parse(readBytes(dataPath(u"parser/testfile-line/Dockerfile"_s)));
    QVERIFY2(ast.has_value(), qPrintable(ast ? QString() : ast.error().toString()));
    QCOMPARE(ast->instructions.size(), 3);
    const QList<QPair<int, int>> expected = {{5, 5}, {11, 12}, {17, 31}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(ast->instructions.at(i).startLine, expected.at(i).first);
        QCOMPARE(ast->instructions.at(i).endLine, expected.at(i).second);
    }
    QCOMPARE(ast->instructions.first().startLine, 5);
    QCOMPARE(ast->instructions.last().endLine, 31);
    ++g_passed;
}

void TestBuildkitConformance::envVar_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QByteArray data = readBytes(dataPath(u"shell/envVarTest"_s));
    QVERIFY2(!data.isEmpty(), "envVarTest not found");
    const QStringList lines = QString::fromUtf8(data).split(u'\n');
    int linux = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        const QStringList fields = line.split(u'|');
        QVERIFY2(fields.size() == 3, qPrintable(u"envVarTest:%1: not 3 fields"_s.arg(i + 1)));
        const QString tag = fields.at(0).trimmed();
        QVERIFY2(tag == u"A" || tag == u"U" || tag == u"W", qPrintable(u"envVarTest:%1: bad tag"_s.arg(i + 1)));
        const QString name = u"line %1: %2"_s.arg(i + 1).arg(fields.at(1).trimmed());
        if (tag == u"W") {
            g_skipped.append(u"envVarTest %1 (Windows only: case-insensitive variable names)"_s.arg(name));
            continue;
        }
        ++linux;
        QTest::newRow(qPrintable(name)) << fields.at(1).trimmed() << fields.at(2).trimmed();
    }
    QCOMPARE(linux, 228);
}

void TestBuildkitConformance::envVar()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    ++g_ran;
    const Result<QString> word = ShellLexer(u'\\').processWord(input, envVarEnvironment());
    if (expected == u"error") {
        QVERIFY2(!word.has_value(), qPrintable(u"expected an error, got \"%1\""_s.arg(word.value_or(QString()))));
    } else {
        QVERIFY2(word.has_value(), qPrintable(word ? QString() : word.error().toString()));
        QCOMPARE(*word, expected);
    }
    ++g_passed;
}

void TestBuildkitConformance::words_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("expected");
    const QByteArray data = readBytes(dataPath(u"shell/wordsTest"_s));
    QVERIFY2(!data.isEmpty(), "wordsTest not found");
    const QStringList lines = QString::fromUtf8(data).split(u'\n');
    QStringList environment;
    int cases = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(u'#') || (line.isEmpty() && i == lines.size() - 1))
            continue;
        if (line.startsWith(u"ENV "_s)) {
            environment.append(trimLeadingSpaces(line.mid(4)));
            continue;
        }
        const QStringList fields = line.split(u'|');
        QVERIFY2(fields.size() == 2, qPrintable(u"wordsTest:%1: not 2 fields"_s.arg(i + 1)));
        ++cases;
        const QString input = fields.at(0).trimmed();
        QTest::newRow(qPrintable(u"line %1: %2"_s.arg(i + 1).arg(input)))
            << input << environment << trimLeadingSpaces(fields.at(1)).split(u',');
    }
    QCOMPARE(cases, 24);
}

void TestBuildkitConformance::words()
{
    QFETCH(QString, input);
    QFETCH(QStringList, environment);
    QFETCH(QStringList, expected);
    ++g_ran;
    const Result<QStringList> words = ShellLexer(u'\\').processWords(input, ShellLexer::environmentFromList(environment));
    QCOMPARE(words.value_or(QStringList{u"error"_s}), expected);
    ++g_passed;
}

void TestBuildkitConformance::cleanupTestCase()
{
    qInfo("BuildKit conformance: %d of %d Linux cases passed, %lld skipped", g_passed, g_ran,
          qlonglong(g_skipped.size()));
    for (const QString &skipped : std::as_const(g_skipped))
        qInfo("skipped: %s", qPrintable(skipped));
}

QTEST_GUILESS_MAIN(TestBuildkitConformance)
#include "tst_buildkitconformance.moc"
