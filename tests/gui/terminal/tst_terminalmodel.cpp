#include "terminal/terminalmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Ponton::Gui;
using namespace Qt::StringLiterals;

// The emulation model fed with recorded bytes, as a shell or a full-screen program would send them.
class TestTerminalModel : public QObject
{
    Q_OBJECT
private slots:
    void plainText();
    void colours_data();
    void colours();
    void attributes();
    void cursorMoves_data();
    void cursorMoves();
    void lineWrap();
    void scrollback();
    void scrollbackLimit();
    void resizeGrowsFromScrollback();
    void resizeNarrower();
    void alternateScreen();
    void utf8_data();
    void utf8();
    void utf8SplitAcrossFeeds();
    void wideCharacter();
    void selectionText_data();
    void selectionText();
    void title();
    void cursorVisibility();
    void statusReportAnswered();
    void keys_data();
    void keys();
    void applicationCursorKeys();
    void bracketedPaste();
};

void TestTerminalModel::plainText()
{
    TerminalModel model(5, 20);
    QSignalSpy changed(&model, &TerminalModel::contentChanged);
    model.feed("hello\r\nworld"_ba);
    QCOMPARE(model.lineText(0), u"hello"_s);
    QCOMPARE(model.lineText(1), u"world"_s);
    QCOMPARE(model.lineText(2), QString());
    QCOMPARE(model.cursor(), QPoint(5, 1));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.cell(0, 0).text, u"h"_s);
    QVERIFY(model.cell(0, 0).defaultForeground);
}

void TestTerminalModel::colours_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("background");
    QTest::addColumn<int>("paletteIndex");   // -1: compare with rgb instead
    QTest::addColumn<QColor>("rgb");
    QTest::newRow("sgr-31-red") << "\x1b[31mX"_ba << false << 1 << QColor();
    QTest::newRow("sgr-42-green-background") << "\x1b[42mX"_ba << true << 2 << QColor();
    QTest::newRow("sgr-94-bright-blue") << "\x1b[94mX"_ba << false << 12 << QColor();
    QTest::newRow("256-colour-196") << "\x1b[38;5;196mX"_ba << false << 196 << QColor();
    QTest::newRow("256-colour-background-21") << "\x1b[48;5;21mX"_ba << true << 21 << QColor();
    QTest::newRow("truecolour") << "\x1b[38;2;10;20;30mX"_ba << false << -1 << QColor(10, 20, 30);
    QTest::newRow("truecolour-background") << "\x1b[48;2;200;100;50mX"_ba << true << -1 << QColor(200, 100, 50);
}

void TestTerminalModel::colours()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, background);
    QFETCH(int, paletteIndex);
    QFETCH(QColor, rgb);
    TerminalModel model(3, 10);
    model.feed(bytes + "\x1b[0mY"_ba);
    const TerminalCell coloured = model.cell(0, 0);
    const QColor expected = paletteIndex >= 0 ? model.paletteColor(paletteIndex) : rgb;
    QCOMPARE(background ? coloured.background : coloured.foreground, expected);
    QCOMPARE(background ? coloured.defaultBackground : coloured.defaultForeground, false);
    QCOMPARE(background ? coloured.defaultForeground : coloured.defaultBackground, true);
    const TerminalCell reset = model.cell(0, 1);
    QCOMPARE(reset.text, u"Y"_s);
    QVERIFY(reset.defaultForeground);
    QVERIFY(reset.defaultBackground);
}

void TestTerminalModel::attributes()
{
    TerminalModel model(3, 10);
    model.feed("\x1b[1;3;4;7;9mA\x1b[22;23;24;27;29mB"_ba);
    const TerminalCell a = model.cell(0, 0);
    QVERIFY(a.bold && a.italic && a.underline && a.reverse && a.strike);
    const TerminalCell b = model.cell(0, 1);
    QVERIFY(!b.bold && !b.italic && !b.underline && !b.reverse && !b.strike);
    QVERIFY(model.paletteColor(1) != model.paletteColor(2));
}

void TestTerminalModel::cursorMoves_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QPoint>("cursor");
    QTest::newRow("cup-row5-col10") << "\x1b[5;10H"_ba << QPoint(9, 4);
    QTest::newRow("cup-home") << "abc\x1b[H"_ba << QPoint(0, 0);
    QTest::newRow("carriage-return") << "abc\r"_ba << QPoint(0, 0);
    QTest::newRow("line-feed-keeps-column") << "abc\n"_ba << QPoint(3, 1);
    QTest::newRow("cuf-cud") << "\x1b[4C\x1b[2B"_ba << QPoint(4, 2);
    QTest::newRow("cub-cuu-from-middle") << "\x1b[5;10H\x1b[3D\x1b[2A"_ba << QPoint(6, 2);
    QTest::newRow("clamped-at-bottom-right") << "\x1b[99;99H"_ba << QPoint(19, 5);
    QTest::newRow("backspace") << "ab\b"_ba << QPoint(1, 0);
    QTest::newRow("tab-stop") << "a\t"_ba << QPoint(8, 0);
    QTest::newRow("save-restore") << "\x1b[3;3H\x1b" "7\x1b[H\x1b" "8"_ba << QPoint(2, 2);
}

void TestTerminalModel::cursorMoves()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QPoint, cursor);
    TerminalModel model(6, 20);
    model.feed(bytes);
    QCOMPARE(model.cursor(), cursor);
}

void TestTerminalModel::lineWrap()
{
    TerminalModel model(4, 10);
    model.feed("0123456789abcde"_ba);
    QCOMPARE(model.lineText(0), u"0123456789"_s);
    QCOMPARE(model.lineText(1), u"abcde"_s);
    QCOMPARE(model.cursor(), QPoint(5, 1));
}

void TestTerminalModel::scrollback()
{
    TerminalModel model(3, 10);
    QSignalSpy history(&model, &TerminalModel::scrollbackChanged);
    model.feed("one\r\ntwo\r\nthree\r\nfour\r\nfive"_ba);
    QCOMPARE(model.scrollbackLines(), 2);
    QCOMPARE(model.lineCount(), 5);
    QCOMPARE(model.lineText(0), u"one"_s);
    QCOMPARE(model.lineText(1), u"two"_s);
    QCOMPARE(model.lineText(2), u"three"_s);
    QCOMPARE(model.lineText(4), u"five"_s);
    QCOMPARE(model.cursor(), QPoint(4, 2));
    QCOMPARE(history.count(), 1);
    QCOMPARE(history.last().at(0).toInt(), 2);
}

void TestTerminalModel::scrollbackLimit()
{
    TerminalModel model(2, 10);
    model.setScrollbackLimit(3);
    for (int i = 0; i < 10; ++i)
        model.feed(QByteArray::number(i) + "\r\n"_ba);
    QCOMPARE(model.scrollbackLines(), 3);
    QCOMPARE(model.lineText(0), u"6"_s);
    QCOMPARE(model.lineText(3), u"9"_s);
    model.setScrollbackLimit(1);
    QCOMPARE(model.lineText(0), u"8"_s);
}

void TestTerminalModel::resizeGrowsFromScrollback()
{
    TerminalModel model(3, 10);
    model.feed("one\r\ntwo\r\nthree\r\nfour\r\nfive"_ba);
    QSignalSpy sized(&model, &TerminalModel::sizeChanged);
    model.resize(5, 10);
    QCOMPARE(sized.count(), 1);
    QCOMPARE(sized.last().at(0).toInt(), 5);
    QCOMPARE(model.rows(), 5);
    QCOMPARE(model.scrollbackLines(), 0);
    QCOMPARE(model.lineText(0), u"one"_s);
    QCOMPARE(model.lineText(4), u"five"_s);
    QCOMPARE(model.cursor(), QPoint(4, 4));
    model.resize(5, 10);
    QCOMPARE(sized.count(), 1);
}

void TestTerminalModel::resizeNarrower()
{
    TerminalModel model(3, 10);
    model.feed("abcdefgh"_ba);
    model.resize(3, 4);
    QCOMPARE(model.columns(), 4);
    QCOMPARE(model.lineText(0), u"abcd"_s);
    QVERIFY(model.cursor().x() < 4);
    QCOMPARE(model.cell(0, 5).text, QString());
}

void TestTerminalModel::alternateScreen()
{
    TerminalModel model(3, 10);
    model.feed("main"_ba);
    model.feed("\x1b[?1049h\x1b[H"_ba);
    QVERIFY(model.isAlternateScreen());
    QCOMPARE(model.lineText(0), QString());
    model.feed("a\r\nb\r\nc\r\nd\r\ne"_ba);
    QCOMPARE(model.scrollbackLines(), 0);
    model.feed("\x1b[?1049l"_ba);
    QVERIFY(!model.isAlternateScreen());
    QCOMPARE(model.lineText(0), u"main"_s);
    QCOMPARE(model.cursor(), QPoint(4, 0));
}

void TestTerminalModel::utf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("latin-accents") << "caf\xc3\xa9 na\xc3\xafve"_ba << u"café naïve"_s;
    QTest::newRow("euro-three-bytes") << "\xe2\x82\xac"_ba << u"€"_s;
    QTest::newRow("combining-accent") << "e\xcc\x81"_ba << u"e\u0301"_s;
    QTest::newRow("french-sentence") << "\xc3\x80 bient\xc3\xb4t"_ba << u"À bientôt"_s;
}

void TestTerminalModel::utf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    TerminalModel model(3, 20);
    model.feed(bytes);
    QCOMPARE(model.lineText(0), text);
}

void TestTerminalModel::utf8SplitAcrossFeeds()
{
    TerminalModel model(3, 20);
    const QByteArray euro = "\xe2\x82\xac"_ba;
    model.feed(euro.left(1));
    model.feed(euro.mid(1, 1));
    model.feed(euro.mid(2) + "!"_ba);
    QCOMPARE(model.lineText(0), u"€!"_s);
    QCOMPARE(model.cursor(), QPoint(2, 0));
}

void TestTerminalModel::wideCharacter()
{
    TerminalModel model(3, 20);
    model.feed("\xe6\xbc\xa2x"_ba);   // 漢, two columns wide
    QCOMPARE(model.cell(0, 0).text, u"漢"_s);
    QCOMPARE(model.cell(0, 0).width, 2);
    QCOMPARE(model.cell(0, 1).width, 0);
    QCOMPARE(model.cell(0, 2).text, u"x"_s);
    QCOMPARE(model.lineText(0), u"漢x"_s);
    QCOMPARE(model.cursor(), QPoint(3, 0));
}

void TestTerminalModel::selectionText_data()
{
    QTest::addColumn<QPoint>("start");
    QTest::addColumn<QPoint>("end");
    QTest::addColumn<QString>("text");
    QTest::newRow("inside-one-line") << QPoint(2, 0) << QPoint(5, 0) << u"rst"_s;
    QTest::newRow("across-lines") << QPoint(6, 0) << QPoint(3, 2) << u"line\nsecond line\nthi"_s;
    QTest::newRow("reversed-points") << QPoint(3, 2) << QPoint(6, 0) << u"line\nsecond line\nthi"_s;
    QTest::newRow("trailing-blanks-dropped") << QPoint(0, 1) << QPoint(20, 1) << u"second line"_s;
    QTest::newRow("into-scrollback") << QPoint(0, 0) << QPoint(4, 3) << u"first line\nsecond line\nthird\nlast"_s;
}

void TestTerminalModel::selectionText()
{
    QFETCH(QPoint, start);
    QFETCH(QPoint, end);
    QFETCH(QString, text);
    TerminalModel model(2, 20);
    model.feed("first line\r\nsecond line\r\nthird\r\nlast"_ba);
    QCOMPARE(model.scrollbackLines(), 2);
    QCOMPARE(model.text(start, end), text);
}

void TestTerminalModel::title()
{
    TerminalModel model(3, 20);
    QSignalSpy titled(&model, &TerminalModel::titleChanged);
    model.feed("\x1b]2;root@alpine: /\x07"_ba);
    QCOMPARE(titled.count(), 1);
    QCOMPARE(model.title(), u"root@alpine: /"_s);
}

void TestTerminalModel::cursorVisibility()
{
    TerminalModel model(3, 20);
    QVERIFY(model.isCursorVisible());
    model.feed("\x1b[?25l"_ba);
    QVERIFY(!model.isCursorVisible());
    model.feed("\x1b[?25h"_ba);
    QVERIFY(model.isCursorVisible());
}

void TestTerminalModel::statusReportAnswered()
{
    TerminalModel model(5, 20);
    QSignalSpy out(&model, &TerminalModel::bytesForPty);
    model.feed("\x1b[3;7H\x1b[6n"_ba);
    QCOMPARE(out.count(), 1);
    QCOMPARE(out.last().at(0).toByteArray(), "\x1b[3;7R"_ba);
}

void TestTerminalModel::keys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("letter") << int(Qt::Key_A) << 0 << u"a"_s << "a"_ba;
    QTest::newRow("shifted-letter") << int(Qt::Key_A) << int(Qt::ShiftModifier) << u"A"_s << "A"_ba;
    QTest::newRow("accented") << int(Qt::Key_Eacute) << 0 << u"é"_s << "\xc3\xa9"_ba;
    QTest::newRow("return") << int(Qt::Key_Return) << 0 << u"\r"_s << "\r"_ba;
    QTest::newRow("backspace") << int(Qt::Key_Backspace) << 0 << QString() << "\x7f"_ba;
    QTest::newRow("tab") << int(Qt::Key_Tab) << 0 << u"\t"_s << "\t"_ba;
    QTest::newRow("escape") << int(Qt::Key_Escape) << 0 << QString() << "\x1b"_ba;
    QTest::newRow("up") << int(Qt::Key_Up) << 0 << QString() << "\x1b[A"_ba;
    QTest::newRow("left") << int(Qt::Key_Left) << 0 << QString() << "\x1b[D"_ba;
    QTest::newRow("ctrl-c") << int(Qt::Key_C) << int(Qt::ControlModifier) << u"\x03"_s << "\x03"_ba;
    QTest::newRow("ctrl-d-without-text") << int(Qt::Key_D) << int(Qt::ControlModifier) << QString() << "\x04"_ba;
    QTest::newRow("ctrl-p") << int(Qt::Key_P) << int(Qt::ControlModifier) << QString() << "\x10"_ba;
    QTest::newRow("alt-b") << int(Qt::Key_B) << int(Qt::AltModifier) << u"b"_s << "\x1b" "b"_ba;
    QTest::newRow("delete") << int(Qt::Key_Delete) << 0 << QString() << "\x1b[3~"_ba;
    QTest::newRow("f1") << int(Qt::Key_F1) << 0 << QString() << "\x1bOP"_ba;
}

void TestTerminalModel::keys()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    TerminalModel model(3, 20);
    QSignalSpy out(&model, &TerminalModel::bytesForPty);
    QVERIFY(model.sendKey(key, Qt::KeyboardModifiers(modifiers), text));
    QByteArray sent;
    for (const QList<QVariant> &arguments : out)
        sent += arguments.at(0).toByteArray();
    QCOMPARE(sent, bytes);
}

void TestTerminalModel::applicationCursorKeys()
{
    TerminalModel model(3, 20);
    QSignalSpy out(&model, &TerminalModel::bytesForPty);
    model.feed("\x1b[?1h"_ba);   // DECCKM, as vi and less set it
    model.sendKey(Qt::Key_Up, Qt::NoModifier, QString());
    QCOMPARE(out.count(), 1);
    QCOMPARE(out.last().at(0).toByteArray(), "\x1bOA"_ba);
    QVERIFY(!model.sendKey(Qt::Key_Shift, Qt::ShiftModifier, QString()));
    QCOMPARE(out.count(), 1);
}

void TestTerminalModel::bracketedPaste()
{
    TerminalModel model(3, 20);
    QSignalSpy out(&model, &TerminalModel::bytesForPty);
    model.paste(u"echo 1\necho 2"_s);
    QByteArray plain;
    for (const QList<QVariant> &arguments : out)
        plain += arguments.at(0).toByteArray();
    QCOMPARE(plain, "echo 1\recho 2"_ba);
    out.clear();
    model.feed("\x1b[?2004h"_ba);
    model.paste(u"ls"_s);
    QByteArray bracketed;
    for (const QList<QVariant> &arguments : out)
        bracketed += arguments.at(0).toByteArray();
    QCOMPARE(bracketed, "\x1b[200~ls\x1b[201~"_ba);
}

QTEST_GUILESS_MAIN(TestTerminalModel)
#include "tst_terminalmodel.moc"
