#pragma once

#include "terminal/detachsequence.h"

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QPoint>

class QLabel;

namespace Ponton::Gui {

class TerminalModel;
struct TerminalCell;

// The painting part of the terminal: draws a TerminalModel, turns key presses into bytes for the PTY,
// selects, copies and pastes. It owns no PTY: bytes come in through feed() and leave by bytesForPty().
class TerminalWidget : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TerminalWidget(QWidget *parent = nullptr);

    TerminalModel *model() const { return m_model; }
    QSize cellSize() const { return m_cellSize; }
    int visibleRows() const;
    int visibleColumns() const;

    bool hasSelection() const { return m_selectionStart != m_selectionEnd; }
    // Points are (column, line) in the model's line space; end is exclusive.
    void setSelection(QPoint start, QPoint end);
    void clearSelection();
    QString selectedText() const;
    bool isDetachHintVisible() const;
    void setDetachHintVisible(bool visible);
    QString detachHintText() const;

public slots:
    void feed(const QByteArray &bytes);
    void copy();
    void paste();
    void scrollToBottom();

signals:
    void bytesForPty(const QByteArray &bytes);
    void sizeChanged(int rows, int columns);
    void detachRequested();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void retranslate();
    void onModelBytes(const QByteArray &bytes);
    void onScrollbackChanged();
    void updateScrollRange();
    void fitModelToViewport();
    bool handleLocalShortcut(QKeyEvent *event);
    QPoint cellAt(QPoint viewportPos) const;
    bool isSelected(int line, int column) const;
    void paintCell(QPainter &painter, const TerminalCell &cell, int line, int column, int y);
    void paintCursor(QPainter &painter);

    TerminalModel *m_model = nullptr;
    QLabel *m_hint = nullptr;
    DetachSequence m_detach;
    QSize m_cellSize;
    QPoint m_selectionStart;
    QPoint m_selectionEnd;
    QPoint m_selectionAnchor;
    bool m_selecting = false;
    bool m_typing = false;
    QColor m_foreground;
    QColor m_background;
};

} // namespace Ponton::Gui
