#include "terminal/detachsequence.h"
#include "terminal/terminalmodel.h"
#include "terminal/terminalwidget.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Ponton::Gui;
using namespace Qt::StringLiterals;

namespace {

QByteArray joined(const QSignalSpy &spy)
{
    QByteArray all;
    for (const QList<QVariant> &arguments : spy)
        all += arguments.at(0).toByteArray();
    return all;
}

} // namespace

// The painting widget, offscreen: key presses become bytes, bytes fed in reach the model,
// the size follows the widget, selection and the clipboard work, Ctrl-P Ctrl-Q detaches.
class TestTerminalWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typingEmitsBytes();
    void keysWithModifiers();
    void detachSequence();
    void detachSequenceReleasesHeldCtrlP();
    void detachFilter_data();
    void detachFilter();
    void windowShortcutsDoNotStealKeys();
    void feedReachesModel();
    void resizeEmitsNewSize();
    void selectionAndCopy();
    void mouseSelection();
    void paste();
    void scrollbackFollowsOutput();
    void detachHintVisible();
    void paintsWithoutCrashing();

private:
    TerminalWidget *m_widget = nullptr;
};

void TestTerminalWidget::init()
{
    m_widget = new TerminalWidget;
    m_widget->resize(640, 400);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
    m_widget->setFocus();
}

void TestTerminalWidget::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
}

void TestTerminalWidget::typingEmitsBytes()
{
    QSignalSpy out(m_widget, &TerminalWidget::bytesForPty);
    QTest::keyClicks(m_widget, u"ls -l"_s);
    QTest::keyClick(m_widget, Qt::Key_Return);
    QCOMPARE(joined(out), "ls -l\r"_ba);
}

void TestTerminalWidget::keysWithModifiers()
{
    QSignalSpy out(m_widget, &TerminalWidget::bytesForPty);
    QTest::keyClick(m_widget, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(m_widget, Qt::Key_Up);
    QTest::keyClick(m_widget, Qt::Key_Tab);
    QTest::keyClick(m_widget, Qt::Key_Backspace);
    QCOMPARE(joined(out), "\x03\x1b[A\t\x7f"_ba);
}

void TestTerminalWidget::detachSequence()
{
    QSignalSpy out(m_widget, &TerminalWidget::bytesForPty);
    QSignalSpy detached(m_widget, &TerminalWidget::detachRequested);
    QTest::keyClick(m_widget, Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(out.count(), 0);   // held back: it may start the sequence
    QTest::keyClick(m_widget, Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(detached.count(), 1);
    QCOMPARE(out.count(), 0);
}

void TestTerminalWidget::detachSequenceReleasesHeldCtrlP()
{
    QSignalSpy out(m_widget, &TerminalWidget::bytesForPty);
    QSignalSpy detached(m_widget, &TerminalWidget::detachRequested);
    QTest::keyClick(m_widget, Qt::Key_P, Qt::ControlModifier);
    QTest::keyClick(m_widget, Qt::Key_A);
    QCOMPARE(joined(out), "\x10" "a"_ba);
    QCOMPARE(detached.count(), 0);
}

void TestTerminalWidget::detachFilter_data()
{
    QTest::addColumn<QByteArray>("typed");
    QTest::addColumn<QByteArray>("forwarded");
    QTest::addColumn<bool>("detach");
    QTest::addColumn<bool>("pending");
    QTest::newRow("plain") << "abc"_ba << "abc"_ba << false << false;
    QTest::newRow("ctrl-p-ctrl-q") << "\x10\x11"_ba << QByteArray() << true << false;
    QTest::newRow("text-then-sequence") << "ls\x10\x11"_ba << "ls"_ba << true << false;
    QTest::newRow("ctrl-p-other") << "\x10x"_ba << "\x10x"_ba << false << false;
    QTest::newRow("ctrl-p-ctrl-p-ctrl-q") << "\x10\x10\x11"_ba << "\x10"_ba << true << false;
    QTest::newRow("ctrl-q-alone") << "\x11"_ba << "\x11"_ba << false << false;
    QTest::newRow("trailing-ctrl-p-held") << "a\x10"_ba << "a"_ba << false << true;
}

void TestTerminalWidget::detachFilter()
{
    QFETCH(QByteArray, typed);
    QFETCH(QByteArray, forwarded);
    QFETCH(bool, detach);
    QFETCH(bool, pending);
    DetachSequence sequence;
    const DetachSequence::Outcome outcome = sequence.process(typed);
    QCOMPARE(outcome.forward, forwarded);
    QCOMPARE(outcome.detach, detach);
    QCOMPARE(sequence.isPending(), pending);
    QCOMPARE(sequence.flush(), pending ? "\x10"_ba : QByteArray());
}

void TestTerminalWidget::windowShortcutsDoNotStealKeys()
{
    QWidget window;
    auto *terminal = new TerminalWidget(&window);
    auto *quit = new QAction(&window);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    window.addAction(quit);
    QSignalSpy triggered(quit, &QAction::triggered);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    terminal->setFocus();
    QSignalSpy out(terminal, &TerminalWidget::bytesForPty);
    QTest::keyClick(terminal, Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(triggered.count(), 0);
    QCOMPARE(joined(out), "\x11"_ba);
}

void TestTerminalWidget::feedReachesModel()
{
    m_widget->feed("\x1b[32mgreen\x1b[0m prompt$ "_ba);
    QCOMPARE(m_widget->model()->lineText(m_widget->model()->scrollbackLines()), u"green prompt$"_s);
    QCOMPARE(m_widget->model()->cursor(), QPoint(14, 0));
}

void TestTerminalWidget::resizeEmitsNewSize()
{
    QSignalSpy sized(m_widget, &TerminalWidget::sizeChanged);
    const QSize cell = m_widget->cellSize();
    m_widget->resize(m_widget->width() + 10 * cell.width(), m_widget->height() + 5 * cell.height());
    QTRY_VERIFY(sized.count() >= 1);
    const int rows = sized.last().at(0).toInt();
    const int columns = sized.last().at(1).toInt();
    QCOMPARE(rows, m_widget->visibleRows());
    QCOMPARE(columns, m_widget->visibleColumns());
    QCOMPARE(m_widget->model()->rows(), rows);
    QCOMPARE(m_widget->model()->columns(), columns);
    QVERIFY(columns >= 10);
    QCOMPARE(columns, m_widget->viewport()->width() / cell.width());
}

void TestTerminalWidget::selectionAndCopy()
{
    m_widget->feed("first line\r\nsecond line"_ba);
    const int top = m_widget->model()->scrollbackLines();
    m_widget->setSelection(QPoint(6, top), QPoint(6, top + 1));
    QVERIFY(m_widget->hasSelection());
    QCOMPARE(m_widget->selectedText(), u"line\nsecond"_s);
    m_widget->copy();
    QCOMPARE(QApplication::clipboard()->text(), u"line\nsecond"_s);
    QTest::keyClick(m_widget, Qt::Key_X);   // typing clears the selection
    QVERIFY(!m_widget->hasSelection());
}

void TestTerminalWidget::mouseSelection()
{
    m_widget->feed("hello world"_ba);
    const QSize cell = m_widget->cellSize();
    QWidget *view = m_widget->viewport();
    const int y = cell.height() / 2;
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, QPoint(6 * cell.width() + 1, y));
    QMouseEvent move(QEvent::MouseMove, QPointF(11 * cell.width() + 1, y), view->mapToGlobal(QPointF(11 * cell.width() + 1, y)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &move);
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, QPoint(11 * cell.width() + 1, y));
    QCOMPARE(m_widget->selectedText(), u"world"_s);
}

void TestTerminalWidget::paste()
{
    QSignalSpy out(m_widget, &TerminalWidget::bytesForPty);
    QApplication::clipboard()->setText(u"echo déjà\nexit"_s);
    QTest::keyClick(m_widget, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(joined(out), "echo d\xc3\xa9j\xc3\xa0\rexit"_ba);
}

void TestTerminalWidget::scrollbackFollowsOutput()
{
    QByteArray lines;
    for (int i = 0; i < 200; ++i)
        lines += "line " + QByteArray::number(i) + "\r\n";
    m_widget->feed(lines);
    QScrollBar *bar = m_widget->verticalScrollBar();
    QVERIFY(m_widget->model()->scrollbackLines() > 100);
    QCOMPARE(bar->maximum(), m_widget->model()->scrollbackLines());
    QCOMPARE(bar->value(), bar->maximum());   // following the output
    QTest::keyClick(m_widget, Qt::Key_PageUp, Qt::ShiftModifier);
    QCOMPARE(bar->value(), bar->maximum() - m_widget->model()->rows());
    m_widget->feed("more\r\n"_ba);
    QCOMPARE(bar->value(), bar->maximum() - 1 - m_widget->model()->rows());   // reading stays put
    QTest::keyClick(m_widget, Qt::Key_A);
    QCOMPARE(bar->value(), bar->maximum());   // typing goes back to the prompt
}

void TestTerminalWidget::detachHintVisible()
{
    QVERIFY(m_widget->isDetachHintVisible());
    QVERIFY(m_widget->detachHintText().contains(u"Ctrl-P Ctrl-Q"_s));
    const int withHint = m_widget->viewport()->height();
    m_widget->setDetachHintVisible(false);
    QVERIFY(!m_widget->isDetachHintVisible());
    QVERIFY(m_widget->viewport()->height() > withHint);
}

void TestTerminalWidget::paintsWithoutCrashing()
{
    m_widget->feed("\x1b[1;31mbold red\x1b[0m \x1b[7mreverse\x1b[0m \xe6\xbc\xa2\r\n"_ba);
    m_widget->setSelection(QPoint(0, 0), QPoint(4, 0));
    const QImage image = m_widget->grab().toImage();
    QVERIFY(!image.isNull());
    // Something other than the background was drawn in the first text row.
    const QColor background = image.pixelColor(image.width() - 40, image.height() / 2);
    bool drawn = false;
    for (int x = 0; x < 8 * m_widget->cellSize().width() && !drawn; ++x)
        drawn = image.pixelColor(x, m_widget->cellSize().height() / 2) != background;
    QVERIFY(drawn);
}

QTEST_MAIN(TestTerminalWidget)
#include "tst_terminalwidget.moc"
