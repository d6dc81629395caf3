#pragma once

#include <QColor>
#include <QString>

namespace Ponton::Gui {

// One character cell of a terminal screen, as the widget paints it.
// Colours are resolved to RGB; the default flags say the program asked for no colour,
// so the painter may use its own palette there.
struct TerminalCell {
    QString text;          // the cell's code points; empty for a blank cell or the right half of a wide one
    int width = 1;         // 1, 2 for a wide character, 0 for the right half of a wide character
    QColor foreground;
    QColor background;
    bool defaultForeground = true;
    bool defaultBackground = true;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool reverse = false;
    bool strike = false;
    bool blink = false;
};

} // namespace Ponton::Gui
