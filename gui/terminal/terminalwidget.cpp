#include "terminal/terminalwidget.h"

#include "terminal/terminalmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

namespace {

bool isCopyShortcut(const QKeyEvent *event)
{
    return event->key() == Qt::Key_C && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier);
}

bool isPasteShortcut(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_V && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier))
        || (event->key() == Qt::Key_Insert && event->modifiers() == Qt::ShiftModifier);
}

bool pointLess(QPoint a, QPoint b)
{
    return a.y() < b.y() || (a.y() == b.y() && a.x() < b.x());
}

} // namespace

TerminalWidget::TerminalWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(new TerminalModel(24, 80, this))
    , m_hint(new QLabel(this))
    , m_foreground(0xd0, 0xd0, 0xd0)
    , m_background(0x1e, 0x1e, 0x1e)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics metrics(font());
    m_cellSize = QSize(std::max(metrics.horizontalAdvance(u'M'), 1), std::max(metrics.height(), 1));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setCursor(Qt::IBeamCursor);
    m_model->setDefaultColors(m_foreground, m_background);

    m_hint->setObjectName(u"detachHint"_s);
    m_hint->setContentsMargins(6, 2, 6, 2);
    m_hint->setStyleSheet(u"QLabel { background: #3a3a3a; color: #e8e8e8; }"_s);
    retranslate();
    setViewportMargins(0, 0, 0, m_hint->sizeHint().height());

    connect(m_model, &TerminalModel::bytesForPty, this, &TerminalWidget::onModelBytes);
    connect(m_model, &TerminalModel::contentChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_model, &TerminalModel::scrollbackChanged, this, &TerminalWidget::onScrollbackChanged);
    connect(m_model, &TerminalModel::sizeChanged, this, &TerminalWidget::sizeChanged);
    connect(m_model, &TerminalModel::sizeChanged, this, &TerminalWidget::updateScrollRange);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    updateScrollRange();
}

int TerminalWidget::visibleRows() const
{
    return std::max(viewport()->height() / m_cellSize.height(), 1);
}

int TerminalWidget::visibleColumns() const
{
    return std::max(viewport()->width() / m_cellSize.width(), 1);
}

void TerminalWidget::setSelection(QPoint start, QPoint end)
{
    if (pointLess(end, start))
        std::swap(start, end);
    m_selectionStart = start;
    m_selectionEnd = end;
    viewport()->update();
}

void TerminalWidget::clearSelection()
{
    setSelection({}, {});
}

QString TerminalWidget::selectedText() const
{
    return hasSelection() ? m_model->text(m_selectionStart, m_selectionEnd) : QString();
}

bool TerminalWidget::isDetachHintVisible() const
{
    return !m_hint->isHidden();
}

void TerminalWidget::setDetachHintVisible(bool visible)
{
    m_hint->setVisible(visible);
    setViewportMargins(0, 0, 0, visible ? m_hint->sizeHint().height() : 0);
}

QString TerminalWidget::detachHintText() const
{
    return m_hint->text();
}

void TerminalWidget::feed(const QByteArray &bytes)
{
    m_model->feed(bytes);
}

void TerminalWidget::copy()
{
    if (hasSelection())
        QApplication::clipboard()->setText(selectedText());
}

void TerminalWidget::paste()
{
    const QString text = QApplication::clipboard()->text();
    if (!text.isEmpty())
        m_model->paste(text);
}

void TerminalWidget::scrollToBottom()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

bool TerminalWidget::event(QEvent *event)
{
    // Keys typed into a shell are the shell's: window shortcuts (Ctrl-Q...) must not take them.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!isCopyShortcut(key) && !isPasteShortcut(key)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void TerminalWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QAbstractScrollArea::changeEvent(event);
}

void TerminalWidget::retranslate()
{
    m_hint->setText(tr("Ctrl-P Ctrl-Q: detach from the container (it keeps running). "
                       "Ctrl-Shift-C / Ctrl-Shift-V: copy / paste."));
    m_hint->setToolTip(tr("Detaching leaves the container running; reattach later from the Containers view."));
}

void TerminalWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const QRect area = contentsRect();
    const int hintHeight = m_hint->isHidden() ? 0 : m_hint->sizeHint().height();
    m_hint->setGeometry(area.left(), area.bottom() + 1 - hintHeight, area.width(), hintHeight);
    fitModelToViewport();
}

void TerminalWidget::fitModelToViewport()
{
    const bool atBottom = verticalScrollBar()->value() == verticalScrollBar()->maximum();
    m_model->resize(visibleRows(), visibleColumns());
    updateScrollRange();
    if (atBottom)
        scrollToBottom();
}

void TerminalWidget::updateScrollRange()
{
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, m_model->scrollbackLines());
    bar->setPageStep(m_model->rows());
    bar->setSingleStep(1);
}

void TerminalWidget::onScrollbackChanged()
{
    const bool atBottom = verticalScrollBar()->value() == verticalScrollBar()->maximum();
    updateScrollRange();
    if (atBottom)
        scrollToBottom();
}

void TerminalWidget::onModelBytes(const QByteArray &bytes)
{
    if (!m_typing) {
        emit bytesForPty(bytes);   // answers to the program's queries, pastes
        return;
    }
    const DetachSequence::Outcome outcome = m_detach.process(bytes);
    if (!outcome.forward.isEmpty())
        emit bytesForPty(outcome.forward);
    if (outcome.detach)
        emit detachRequested();
}

bool TerminalWidget::handleLocalShortcut(QKeyEvent *event)
{
    if (isCopyShortcut(event)) {
        copy();
        return true;
    }
    if (isPasteShortcut(event)) {
        paste();
        return true;
    }
    if (event->modifiers() == Qt::ShiftModifier
        && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        const int step = event->key() == Qt::Key_PageUp ? -m_model->rows() : m_model->rows();
        verticalScrollBar()->setValue(verticalScrollBar()->value() + step);
        return true;
    }
    return false;
}

void TerminalWidget::keyPressEvent(QKeyEvent *event)
{
    if (handleLocalShortcut(event)) {
        event->accept();
        return;
    }
    m_typing = true;
    const bool handled = m_model->sendKey(event->key(), event->modifiers(), event->text());
    m_typing = false;
    if (!handled) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
    clearSelection();
    scrollToBottom();
}

void TerminalWidget::focusOutEvent(QFocusEvent *event)
{
    const QByteArray held = m_detach.flush();
    if (!held.isEmpty())
        emit bytesForPty(held);
    QAbstractScrollArea::focusOutEvent(event);
}

QPoint TerminalWidget::cellAt(QPoint viewportPos) const
{
    const int column = std::clamp((viewportPos.x() + m_cellSize.width() / 2) / m_cellSize.width(), 0,
                                  m_model->columns());
    const int row = std::clamp(viewportPos.y() / m_cellSize.height(), 0, m_model->rows() - 1);
    return QPoint(column, verticalScrollBar()->value() + row);
}

void TerminalWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton && QApplication::clipboard()->supportsSelection()) {
        m_model->paste(QApplication::clipboard()->text(QClipboard::Selection));
        return;
    }
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const QPoint at = cellAt(event->position().toPoint());
    m_selecting = true;
    m_selectionAnchor = at;
    setSelection(at, at);
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return QAbstractScrollArea::mouseMoveEvent(event);
    setSelection(m_selectionAnchor, cellAt(event->position().toPoint()));
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_selecting = false;
    if (hasSelection() && QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void TerminalWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &TerminalWidget::copy);
    copyAction->setEnabled(hasSelection());
    QAction *pasteAction = menu.addAction(tr("&Paste"), this, &TerminalWidget::paste);
    pasteAction->setEnabled(!QApplication::clipboard()->text().isEmpty());
    menu.exec(event->globalPos());
}

bool TerminalWidget::focusNextPrevChild(bool)
{
    return false;   // Tab belongs to the shell (completion), not to focus navigation
}

bool TerminalWidget::isSelected(int line, int column) const
{
    if (!hasSelection())
        return false;
    const QPoint at(column, line);
    return !pointLess(at, m_selectionStart) && pointLess(at, m_selectionEnd);
}

void TerminalWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), m_background);
    const int first = verticalScrollBar()->value();
    const int last = std::min(first + m_model->rows(), m_model->lineCount());
    for (int line = first; line < last; ++line) {
        const int y = (line - first) * m_cellSize.height();
        for (int column = 0; column < m_model->columns(); ++column)
            paintCell(painter, m_model->cell(line, column), line, column, y);
    }
    paintCursor(painter);
}

void TerminalWidget::paintCell(QPainter &painter, const TerminalCell &cell, int line, int column, int y)
{
    if (cell.width == 0)
        return;
    QColor foreground = cell.defaultForeground ? m_foreground : cell.foreground;
    QColor background = cell.defaultBackground ? m_background : cell.background;
    if (cell.reverse != isSelected(line, column))
        std::swap(foreground, background);
    const QRect box(column * m_cellSize.width(), y, m_cellSize.width() * cell.width, m_cellSize.height());
    if (background != m_background)
        painter.fillRect(box, background);
    if (cell.text.isEmpty() || cell.text == u" "_s)
        return;
    QFont face = font();
    face.setBold(cell.bold);
    face.setItalic(cell.italic);
    face.setUnderline(cell.underline);
    face.setStrikeOut(cell.strike);
    painter.setFont(face);
    painter.setPen(foreground);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, cell.text);
}

void TerminalWidget::paintCursor(QPainter &painter)
{
    if (!m_model->isCursorVisible())
        return;
    const QPoint cursor = m_model->cursor();
    const int row = m_model->scrollbackLines() + cursor.y() - verticalScrollBar()->value();
    if (row < 0 || row >= m_model->rows())
        return;
    const QRect box(cursor.x() * m_cellSize.width(), row * m_cellSize.height(), m_cellSize.width(),
                    m_cellSize.height());
    painter.setPen(m_foreground);
    if (!hasFocus()) {
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box.adjusted(0, 0, -1, -1));
        return;
    }
    painter.fillRect(box, m_foreground);
    const TerminalCell under = m_model->cell(m_model->scrollbackLines() + cursor.y(), cursor.x());
    painter.setPen(m_background);
    painter.setFont(font());
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, under.text);
}

} // namespace Ponton::Gui
