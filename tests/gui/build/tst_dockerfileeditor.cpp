// The Build view's editor offscreen: highlighting across continuation lines and heredocs, the linter's
// findings (run as a real engine job) underlined with their message as the tooltip.
#include "build/dockerfilechecker.h"
#include "build/dockerfileeditor.h"
#include "build/dockerfilehighlighter.h"

#include "engine/engine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Ponton;
using namespace Qt::StringLiterals;
using Role = Ponton::Gui::DockerfileHighlighter::Role;

namespace {

// The format the highlighter gave to the character at `column` of `line` (0-based).
QTextCharFormat formatAt(const QTextDocument *document, int line, int column)
{
    const QTextBlock block = document->findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestDockerfileEditor : public QObject
{
    Q_OBJECT
private slots:
    void highlighting_data();
    void highlighting();
    void lintFindingsAreUnderlined();
    void typingIsDebounced();
    void showLinesSelectsTheInstruction();
};

void TestDockerfileEditor::highlighting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");   // -1: plain

    const QString continued = u"RUN apk add \\\n    curl \\\n    RUN\nCOPY a b"_s;
    QTest::newRow("keyword") << continued << 0 << 1 << int(Role::Keyword);
    QTest::newRow("escape-at-line-end") << continued << 0 << 12 << int(Role::Escape);
    QTest::newRow("continuation-word-is-plain") << continued << 2 << 5 << -1;
    QTest::newRow("keyword-after-continuation") << continued << 3 << 0 << int(Role::Keyword);
    QTest::newRow("comment") << u"# a comment\nFROM alpine"_s << 0 << 3 << int(Role::Comment);
    QTest::newRow("comment-inside-continuation") << u"RUN a \\\n# note\n  FROM"_s << 2 << 3 << -1;
    QTest::newRow("flag") << u"COPY --from=build /a /b"_s << 0 << 7 << int(Role::Flag);
    QTest::newRow("variable") << u"ENV A=$HOME/x"_s << 0 << 7 << int(Role::Variable);
    QTest::newRow("braced-variable") << u"RUN echo ${NAME:-x}"_s << 0 << 12 << int(Role::Variable);
    QTest::newRow("string") << u"CMD [\"sh\", \"-c\"]"_s << 0 << 6 << int(Role::String);
    QTest::newRow("heredoc-body") << u"RUN <<EOF\nFROM x\nEOF\nUSER me"_s << 1 << 0 << int(Role::Heredoc);
    QTest::newRow("after-heredoc") << u"RUN <<EOF\nFROM x\nEOF\nUSER me"_s << 3 << 0 << int(Role::Keyword);
}

void TestDockerfileEditor::highlighting()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, role);
    Gui::DockerfileEditor editor;
    editor.setPlainText(text);
    const QTextCharFormat applied = formatAt(editor.document(), line, column);
    if (role < 0) {
        QVERIFY2(!applied.hasProperty(QTextFormat::ForegroundBrush), qPrintable(applied.foreground().color().name()));
        return;
    }
    const QTextCharFormat expected = editor.highlighter()->format(Role(role));
    QCOMPARE(applied.foreground().color(), expected.foreground().color());
}

void TestDockerfileEditor::lintFindingsAreUnderlined()
{
    QTemporaryDir root;
    EngineOptions options;
    options.root = root.path();
    Engine engine(options);
    Gui::DockerfileEditor editor;
    Gui::DockerfileChecker checker(&engine);
    QObject::connect(&checker, &Gui::DockerfileChecker::checked, &editor, &Gui::DockerfileEditor::setDiagnostics);
    QSignalSpy checked(&checker, &Gui::DockerfileChecker::checked);
    editor.setPlainText(u"# a comment line has no finding\nFROM alpine\nRUN apk update\nRUN apk add curl\nFROB x\n"_s);
    checker.setSource(editor.toPlainText().toUtf8());
    QVERIFY(!checker.isChecking());   // nothing runs before typing pauses
    QVERIFY(checked.wait(10000));
    QVERIFY(!editor.diagnostics().isEmpty());
    bool loneUpdate = false;
    bool syntax = false;
    for (const Build::LintDiagnostic &diagnostic : editor.diagnostics()) {
        loneUpdate = loneUpdate || (diagnostic.rule == u"lone-package-update"_s && diagnostic.line == 3);
        syntax = syntax || (diagnostic.rule == u"syntax-error"_s && diagnostic.line == 5);
    }
    QVERIFY(loneUpdate);
    QVERIFY(syntax);
    // Underlines are extra selections: one per finding.
    int underlined = 0;
    for (const QTextEdit::ExtraSelection &selection : editor.extraSelections())
        underlined += selection.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline ? 1 : 0;
    QCOMPARE(underlined, editor.diagnostics().size());
    QVERIFY(editor.toolTipAt(3, 5).contains(u"lone-package-update"_s));
    QVERIFY(editor.toolTipAt(1, 2).isEmpty());
}

void TestDockerfileEditor::typingIsDebounced()
{
    QTemporaryDir root;
    EngineOptions options;
    options.root = root.path();
    Engine engine(options);
    Gui::DockerfileChecker checker(&engine);
    checker.setDelay(100);
    QSignalSpy checked(&checker, &Gui::DockerfileChecker::checked);
    for (const QString &text : {u"F"_s, u"FR"_s, u"FROM"_s, u"FROM alpine\nRUN apk update\n"_s})
        checker.setSource(text.toUtf8());
    QVERIFY(checked.wait(10000));
    QTest::qWait(300);
    QCOMPARE(checked.size(), 1);   // one run for the text as it was when typing paused
    const auto diagnostics = checked.first().first().value<QList<Build::LintDiagnostic>>();
    QVERIFY(std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                        [](const Build::LintDiagnostic &d) { return d.rule == u"lone-package-update"_s; }));
}

void TestDockerfileEditor::showLinesSelectsTheInstruction()
{
    Gui::DockerfileEditor editor;
    editor.setPlainText(u"FROM alpine\nRUN apk add \\\n  curl\nUSER me\n"_s);
    editor.showLines(2, 3);
    QCOMPARE(editor.textCursor().blockNumber(), 1);
    QVERIFY(editor.lineNumberAreaWidth() > 0);
}

QTEST_MAIN(TestDockerfileEditor)
#include "tst_dockerfileeditor.moc"
