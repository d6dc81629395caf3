// Word expansion beyond the BuildKit data files: the #, %, / modifiers, the ?-errors, the options,
// heredoc markers and the matched / unmatched variable names.
#include "build/shelllexer.h"

#include <QTest>

using namespace Ponton;
using namespace Ponton::Build;
using namespace Qt::StringLiterals;

class TestShellLexer : public QObject
{
    Q_OBJECT
private slots:
    void modifiers_data();
    void modifiers();
    void errors_data();
    void errors();
    void options_data();
    void options();
    void words_data();
    void words();
    void backtickEscape();
    void matchedNames();
};

namespace {
ShellEnvironment environment()
{
    return {{u"V"_s, u"abc/def/ghi.tar.gz"_s}, {u"EMPTY"_s, QString()}, {u"SP"_s, u"a  b"_s},
            {u"한국"_s, u"korea"_s}};
}
} // namespace

void TestShellLexer::modifiers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("shortest-prefix") << u"${V#*/}"_s << u"def/ghi.tar.gz"_s;
    QTest::newRow("longest-prefix") << u"${V##*/}"_s << u"ghi.tar.gz"_s;
    QTest::newRow("shortest-suffix") << u"${V%.*}"_s << u"abc/def/ghi.tar"_s;
    QTest::newRow("longest-suffix") << u"${V%%.*}"_s << u"abc/def/ghi"_s;
    QTest::newRow("prefix-no-match") << u"${V#xyz}"_s << u"abc/def/ghi.tar.gz"_s;
    QTest::newRow("suffix-question-mark") << u"${V%?}"_s << u"abc/def/ghi.tar.g"_s;
    QTest::newRow("prefix-literal") << u"${V#abc/}"_s << u"def/ghi.tar.gz"_s;
    QTest::newRow("escaped-star-is-literal") << u"${V#\\*}"_s << u"abc/def/ghi.tar.gz"_s;
    QTest::newRow("dot-is-literal") << u"${V%.gz}"_s << u"abc/def/ghi.tar"_s;
    QTest::newRow("bracket-is-literal") << u"${V#[a]}"_s << u"abc/def/ghi.tar.gz"_s;
    QTest::newRow("unset-prefix") << u"x${NOPE#a}y"_s << u"xy"_s;
    QTest::newRow("replace-first") << u"${V/def/X}"_s << u"abc/X/ghi.tar.gz"_s;
    QTest::newRow("replace-all-escaped-slash") << u"${V//\\//_}"_s << u"abc_def_ghi.tar.gz"_s;
    QTest::newRow("replace-first-slash") << u"${V/\\//_}"_s << u"abc_def/ghi.tar.gz"_s;
    QTest::newRow("replace-glob-longest") << u"${V/d*\\//}"_s << u"abc/ghi.tar.gz"_s;
    QTest::newRow("replace-all-question") << u"${V//?/x}"_s << u"xxxxxxxxxxxxxxxxxx"_s;
    QTest::newRow("replace-no-match") << u"${V/zzz/y}"_s << u"abc/def/ghi.tar.gz"_s;
    QTest::newRow("replace-empty-replacement") << u"${V/.tar/}"_s << u"abc/def/ghi.gz"_s;
    QTest::newRow("empty-colon-dash") << u"${EMPTY:-d}"_s << u"d"_s;
    QTest::newRow("empty-dash") << u"[${EMPTY-d}]"_s << u"[]"_s;
    QTest::newRow("empty-colon-plus") << u"[${EMPTY:+x}]"_s << u"[]"_s;
    QTest::newRow("empty-plus") << u"${EMPTY+x}"_s << u"x"_s;
    QTest::newRow("default-is-expanded") << u"${NOPE:-$V}"_s << u"abc/def/ghi.tar.gz"_s;
    QTest::newRow("default-quoted") << u"${NOPE:-\"a  b\"}"_s << u"a  b"_s;
    QTest::newRow("korean-name") << u"$한국!"_s << u"korea!"_s;
    QTest::newRow("value-spaces-kept") << u"$SP"_s << u"a  b"_s;
    QTest::newRow("heredoc-marker-kept") << u"cat <<  EOF"_s << u"cat <<  EOF"_s;
}

void TestShellLexer::modifiers()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> word = ShellLexer().processWord(input, environment());
    QVERIFY2(word.has_value(), qPrintable(word ? QString() : word.error().message));
    QCOMPARE(*word, expected);
}

void TestShellLexer::errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("colon-hash") << u"${V:#x}"_s << u"unsupported modifier (:#)"_s;
    QTest::newRow("colon-percent") << u"${V:%x}"_s << u"unsupported modifier (:%)"_s;
    QTest::newRow("colon-equals") << u"${V:=x}"_s << u"unsupported modifier (:=)"_s;
    QTest::newRow("replace-missing-slash") << u"${V/a"_s << u"missing '/'"_s;
    QTest::newRow("replace-missing-brace") << u"${V/a/b"_s << u"missing '}'"_s;
    QTest::newRow("bad-pattern-escape") << u"${V#\\q}"_s << u"invalid escape"_s;
    QTest::newRow("unset-custom-message") << u"${NOPE:?please set NOPE}"_s << u"NOPE: please set NOPE"_s;
    QTest::newRow("unset-default-message") << u"${NOPE?}"_s << u"NOPE: is not allowed to be unset"_s;
    QTest::newRow("empty-default-message") << u"${EMPTY:?}"_s << u"EMPTY: is not allowed to be empty"_s;
    QTest::newRow("message-is-expanded") << u"${NOPE?need $V}"_s << u"need abc/def/ghi.tar.gz"_s;
    QTest::newRow("bad-substitution") << u"${:}"_s << u"bad substitution"_s;
    QTest::newRow("names-the-word") << u"x${"_s << u"failed to process \"x${\""_s;
}

void TestShellLexer::errors()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const Result<QString> word = ShellLexer().processWord(input, environment());
    QVERIFY2(!word.has_value(), qPrintable(word.value_or(QString())));
    QCOMPARE(word.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(word.error().message.contains(message), qPrintable(word.error().message));
}

void TestShellLexer::options_data()
{
    QTest::addColumn<bool>("rawQuotes");
    QTest::addColumn<bool>("rawEscapes");
    QTest::addColumn<bool>("skipUnset");
    QTest::addColumn<bool>("skipQuotes");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << false << false << false << false << u"\"a b\" 'c' \\d $NOPE"_s << u"a b c d "_s;
    QTest::newRow("raw-quotes") << true << false << false << false << u"\"a $V\" 'c'"_s
                                << u"\"a abc/def/ghi.tar.gz\" 'c'"_s;
    QTest::newRow("raw-escapes") << false << true << false << false << u"a\\ b"_s << u"a\\ b"_s;
    QTest::newRow("skip-unset") << false << false << true << false << u"$X ${Y} ${Z:-w} ${W/a/b} $V"_s
                                << u"$X ${Y} ${Z:-w} ${W/a/b} abc/def/ghi.tar.gz"_s;
    QTest::newRow("skip-quote-processing") << false << false << false << true << u"\"a\" 'b'"_s
                                           << u"\"a\" 'b'"_s;
}

void TestShellLexer::options()
{
    QFETCH(bool, rawQuotes);
    QFETCH(bool, rawEscapes);
    QFETCH(bool, skipUnset);
    QFETCH(bool, skipQuotes);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    ShellLexer::Options options;
    options.rawQuotes = rawQuotes;
    options.rawEscapes = rawEscapes;
    options.skipUnsetEnv = skipUnset;
    options.skipProcessQuotes = skipQuotes;
    const Result<QString> word = ShellLexer(u'\\', options).processWord(input, environment());
    QVERIFY2(word.has_value(), qPrintable(word ? QString() : word.error().message));
    QCOMPARE(*word, expected);
}

void TestShellLexer::words_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("value-splits") << u"x$SP"_s << QStringList{u"xa"_s, u"b"_s};
    QTest::newRow("quoted-value-does-not-split") << u"\"$SP\""_s << QStringList{u"a  b"_s};
    QTest::newRow("empty-quotes-dropped") << u"a \"\" b"_s << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("heredoc-marker") << u"cat <<EOF > out"_s << QStringList{u"cat"_s, u"<<EOF"_s, u">"_s, u"out"_s};
    QTest::newRow("heredoc-marker-with-space") << u"cat << EOF"_s << QStringList{u"cat"_s, u"<< EOF"_s};
    QTest::newRow("default-value-splits") << u"${NOPE:-a b}"_s << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("tab-separates") << u"a\tb"_s << QStringList{u"a"_s, u"b"_s};
}

void TestShellLexer::words()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    const Result<QStringList> words = ShellLexer().processWords(input, environment());
    QVERIFY2(words.has_value(), qPrintable(words ? QString() : words.error().message));
    QCOMPARE(*words, expected);
}

void TestShellLexer::backtickEscape()
{
    const ShellLexer lexer(u'`');
    QCOMPARE(lexer.processWord(u"C:\\dir`$V"_s, environment()).value_or(u"error"_s), u"C:\\dir$V"_s);
    QCOMPARE(lexer.processWord(u"\"a`\"b\""_s, environment()).value_or(u"error"_s), u"a\"b"_s);
    QCOMPARE(lexer.processWords(u"a` b c"_s, environment()).value_or(QStringList()),
             (QStringList{u"a b"_s, u"c"_s}));
}

void TestShellLexer::matchedNames()
{
    const Result<ShellExpansion> expansion = ShellLexer().process(u"$V ${NOPE:-x} ${EMPTY} $OTHER"_s, environment());
    QVERIFY(expansion.has_value());
    QCOMPARE(expansion->matched, (QSet<QString>{u"V"_s, u"EMPTY"_s}));
    QCOMPARE(expansion->unmatched, (QSet<QString>{u"NOPE"_s, u"OTHER"_s}));
    const ShellEnvironment later = ShellLexer::environmentFromList({u"A=1"_s, u"B=2"_s, u"A=3"_s, u"C"_s});
    QCOMPARE(later.value(u"A"_s), u"3"_s);
    QVERIFY(later.contains(u"C"_s));
    QCOMPARE(later.value(u"C"_s), QString());
}

QTEST_GUILESS_MAIN(TestShellLexer)
#include "tst_shelllexer.moc"
