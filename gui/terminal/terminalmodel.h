#pragma once

#include "terminal/terminalcell.h"

#include <QByteArray>
#include <QObject>
#include <QPoint>
#include <QString>

#include <memory>

namespace Ponton::Gui {

// The emulation part of the terminal: bytes from a PTY in, a screen of cells out (libvterm does the
// escape decoding). It knows nothing of widgets or PTYs, so tests feed it recorded bytes.
//
// Lines are addressed in one space: lines [0, scrollbackLines()) are the scrollback, oldest first,
// then the screen's rows() lines. Screen coordinates (cursor()) count from the top of the screen.
class TerminalModel : public QObject
{
    Q_OBJECT
public:
    explicit TerminalModel(int rows = 24, int columns = 80, QObject *parent = nullptr);
    ~TerminalModel() override;

    int rows() const;
    int columns() const;
    int scrollbackLines() const;
    int lineCount() const { return scrollbackLines() + rows(); }
    int scrollbackLimit() const;
    void setScrollbackLimit(int lines);

    TerminalCell cell(int line, int column) const;
    QString lineText(int line) const;
    // Text from start (inclusive) to end (exclusive), points as (column, line); lines joined with '\n',
    // trailing blanks of each line dropped. The order of the two points does not matter.
    QString text(QPoint start, QPoint end) const;

    QPoint cursor() const;  // (column, row) on the screen
    bool isCursorVisible() const;
    bool isAlternateScreen() const;
    QString title() const;
    QColor paletteColor(int index) const;
    void setDefaultColors(const QColor &foreground, const QColor &background);

    void feed(const QByteArray &bytes);
    void resize(int rows, int columns);

    // Keyboard encoding (application cursor keys, modifiers...) follows the modes the program set.
    // Returns false when the key means nothing to a terminal.
    bool sendKey(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text);
    void paste(const QString &text);

signals:
    void bytesForPty(const QByteArray &bytes);
    void contentChanged();
    void scrollbackChanged(int lines);
    void sizeChanged(int rows, int columns);
    void titleChanged(const QString &title);
    void bellRang();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Ponton::Gui
