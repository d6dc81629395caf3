#pragma once

#include "build/lintdiagnostic.h"

#include <QList>
#include <QPlainTextEdit>

namespace Ponton::Gui {

class DockerfileHighlighter;

// The Dockerfile editor: line numbers in a margin, syntax highlighting, the linter's findings
// underlined (red for errors, orange for warnings, blue for hints) with their message as a tooltip.
// The findings come from outside (DockerfileChecker runs the linter as an engine job).
class DockerfileEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DockerfileEditor(QWidget *parent = nullptr);

    DockerfileHighlighter *highlighter() const { return m_highlighter; }
    int lineNumberAreaWidth() const;

    void setDiagnostics(const QList<Build::LintDiagnostic> &diagnostics);
    const QList<Build::LintDiagnostic> &diagnostics() const { return m_diagnostics; }
    // The findings at a position of the document (1-based line, 0-based column), for the tooltip.
    QList<Build::LintDiagnostic> diagnosticsAt(int line, int column) const;
    QString toolTipAt(int line, int column) const;

public slots:
    // Puts the cursor on a 1-based line and selects the lines up to endLine (an instruction).
    void showLines(int line, int endLine = 0);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateMargin();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateSelections();

    QWidget *m_lineNumbers = nullptr;
    DockerfileHighlighter *m_highlighter = nullptr;
    QList<Build::LintDiagnostic> m_diagnostics;
    QList<QTextEdit::ExtraSelection> m_instructionSelection;
};

} // namespace Ponton::Gui
