#include "build/dockerfileeditor.h"

#include "build/dockerfilehighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

// The margin that shows the line numbers; the editor paints it.
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(DockerfileEditor *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return QSize(m_editor->lineNumberAreaWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    DockerfileEditor *m_editor;
};

namespace {

QColor severityColour(Build::LintSeverity severity)
{
    switch (severity) {
    case Build::LintSeverity::Error: return QColor(0xd32f2f);
    case Build::LintSeverity::Warning: return QColor(0xef6c00);
    case Build::LintSeverity::Info: return QColor(0x1976d2);
    case Build::LintSeverity::Style: return QColor(0x757575);
    }
    return QColor(0xef6c00);
}

} // namespace

DockerfileEditor::DockerfileEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
    , m_highlighter(new DockerfileHighlighter(document()))
{
    setObjectName(u"dockerfileEditor"_s);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &DockerfileEditor::updateMargin);
    connect(this, &QPlainTextEdit::updateRequest, this, &DockerfileEditor::updateLineNumberArea);
    updateMargin();
}

int DockerfileEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int count = std::max(1, blockCount()); count >= 10; count /= 10)
        ++digits;
    return 10 + fontMetrics().horizontalAdvance(u'9') * std::max(digits, 2);
}

void DockerfileEditor::updateMargin()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void DockerfileEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateMargin();
}

void DockerfileEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void DockerfileEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    QSet<int> flagged;
    for (const Build::LintDiagnostic &diagnostic : m_diagnostics)
        flagged.insert(diagnostic.line);
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            painter.setPen(flagged.contains(line) ? QColor(0xd32f2f) : palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_lineNumbers->width() - 5, fontMetrics().height(), Qt::AlignRight,
                             QString::number(line));
        }
        top += height;
        block = block.next();
    }
}

void DockerfileEditor::setDiagnostics(const QList<Build::LintDiagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    updateSelections();
    m_lineNumbers->update();
}

QList<Build::LintDiagnostic> DockerfileEditor::diagnosticsAt(int line, int column) const
{
    QList<Build::LintDiagnostic> found;
    for (const Build::LintDiagnostic &diagnostic : m_diagnostics) {
        const int last = std::max(diagnostic.endLine, diagnostic.line);
        const bool before = line < diagnostic.line || (line == diagnostic.line && column + 1 < diagnostic.column);
        if (!before && line <= last)
            found.append(diagnostic);
    }
    return found;
}

QString DockerfileEditor::toolTipAt(int line, int column) const
{
    QStringList lines;
    for (const Build::LintDiagnostic &diagnostic : diagnosticsAt(line, column))
        lines.append(tr("%1 (%2)").arg(diagnostic.message, diagnostic.rule));
    return lines.join(u'\n');
}

void DockerfileEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections = m_instructionSelection;
    for (const Build::LintDiagnostic &diagnostic : m_diagnostics) {
        const QTextBlock first = document()->findBlockByNumber(diagnostic.line - 1);
        const QTextBlock last = document()->findBlockByNumber(std::max(diagnostic.endLine, diagnostic.line) - 1);
        if (!first.isValid())
            continue;
        QTextCursor cursor(first);
        cursor.setPosition(first.position() + std::clamp(diagnostic.column - 1, 0, std::max(0, first.length() - 1)));
        const QTextBlock end = last.isValid() ? last : first;
        cursor.setPosition(end.position() + std::max(0, end.length() - 1), QTextCursor::KeepAnchor);
        if (!cursor.hasSelection()) {   // an empty line: underline its first character at least
            cursor.setPosition(first.position());
            cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        selection.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        selection.format.setUnderlineColor(severityColour(diagnostic.severity));
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void DockerfileEditor::showLines(int line, int endLine)
{
    const QTextBlock first = document()->findBlockByNumber(line - 1);
    if (!first.isValid())
        return;
    const QTextBlock last = document()->findBlockByNumber(std::max(endLine, line) - 1);
    QTextCursor cursor(first);
    setTextCursor(cursor);
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(first);
    selection.cursor.setPosition((last.isValid() ? last : first).position(), QTextCursor::KeepAnchor);
    selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    selection.format.setBackground(QColor(0xfff59d));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_instructionSelection = {selection};
    updateSelections();
    centerCursor();
    setFocus();
}

bool DockerfileEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QTextCursor cursor = cursorForPosition(inViewport);
        const QString text = toolTipAt(cursor.blockNumber() + 1, cursor.positionInBlock());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace Ponton::Gui
