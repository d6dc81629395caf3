#include "terminal/terminalmodel.h"

#include <vterm.h>

#include <algorithm>
#include <deque>
#include <vector>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

namespace {

constexpr uint32_t WideCellContinuation = 0xFFFFFFFFu;

QColor toQColor(const VTermScreen *screen, VTermColor colour)
{
    vterm_screen_convert_color_to_rgb(screen, &colour);
    return QColor(colour.rgb.red, colour.rgb.green, colour.rgb.blue);
}

TerminalCell toTerminalCell(const VTermScreen *screen, const VTermScreenCell &in)
{
    TerminalCell out;
    out.foreground = toQColor(screen, in.fg);
    out.background = toQColor(screen, in.bg);
    out.defaultForeground = VTERM_COLOR_IS_DEFAULT_FG(&in.fg);
    out.defaultBackground = VTERM_COLOR_IS_DEFAULT_BG(&in.bg);
    out.bold = in.attrs.bold;
    out.italic = in.attrs.italic;
    out.underline = in.attrs.underline != VTERM_UNDERLINE_OFF;
    out.reverse = in.attrs.reverse;
    out.strike = in.attrs.strike;
    out.blink = in.attrs.blink;
    if (in.chars[0] == WideCellContinuation) {
        out.width = 0;
        return out;
    }
    out.width = in.width;
    for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && in.chars[i] != 0; ++i) {
        const char32_t codePoint = in.chars[i];
        out.text += QString::fromUcs4(&codePoint, 1);
    }
    return out;
}

VTermModifier toVTermModifier(Qt::KeyboardModifiers modifiers)
{
    int mod = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    if (modifiers & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    return static_cast<VTermModifier>(mod);
}

VTermKey toVTermKey(int qtKey)
{
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F12)
        return static_cast<VTermKey>(VTERM_KEY_FUNCTION(qtKey - Qt::Key_F1 + 1));
    switch (qtKey) {
    case Qt::Key_Return: return VTERM_KEY_ENTER;
    case Qt::Key_Enter: return VTERM_KEY_ENTER;
    case Qt::Key_Tab: return VTERM_KEY_TAB;
    case Qt::Key_Backtab: return VTERM_KEY_TAB;
    case Qt::Key_Backspace: return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape: return VTERM_KEY_ESCAPE;
    case Qt::Key_Up: return VTERM_KEY_UP;
    case Qt::Key_Down: return VTERM_KEY_DOWN;
    case Qt::Key_Left: return VTERM_KEY_LEFT;
    case Qt::Key_Right: return VTERM_KEY_RIGHT;
    case Qt::Key_Insert: return VTERM_KEY_INS;
    case Qt::Key_Delete: return VTERM_KEY_DEL;
    case Qt::Key_Home: return VTERM_KEY_HOME;
    case Qt::Key_End: return VTERM_KEY_END;
    case Qt::Key_PageUp: return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown: return VTERM_KEY_PAGEDOWN;
    default: return VTERM_KEY_NONE;
    }
}

} // namespace

struct TerminalModel::Private {
    TerminalModel *q = nullptr;
    VTerm *vt = nullptr;
    VTermScreen *screen = nullptr;
    std::deque<std::vector<VTermScreenCell>> scrollback;
    int scrollbackLimit = 5000;
    bool cursorVisible = true;
    bool alternateScreen = false;
    QString title;
    bool damaged = false;
    bool scrollbackMoved = false;
    bool titleMoved = false;

    static int damage(VTermRect, void *user);
    static int moveRect(VTermRect, VTermRect, void *user);
    static int moveCursor(VTermPos, VTermPos, int, void *user);
    static int setTermProp(VTermProp prop, VTermValue *value, void *user);
    static int bell(void *user);
    static int pushLine(int columns, const VTermScreenCell *cells, void *user);
    static int popLine(int columns, VTermScreenCell *cells, void *user);
    static void output(const char *bytes, size_t length, void *user);

    VTermScreenCell blankCell() const;
    VTermScreenCell rawCell(int line, int column) const;
    void trimScrollback();
    void flush();
};

int TerminalModel::Private::damage(VTermRect, void *user)
{
    static_cast<Private *>(user)->damaged = true;
    return 1;
}

int TerminalModel::Private::moveRect(VTermRect, VTermRect, void *user)
{
    static_cast<Private *>(user)->damaged = true;
    return 1;
}

int TerminalModel::Private::moveCursor(VTermPos, VTermPos, int, void *user)
{
    static_cast<Private *>(user)->damaged = true;
    return 1;
}

int TerminalModel::Private::setTermProp(VTermProp prop, VTermValue *value, void *user)
{
    auto *self = static_cast<Private *>(user);
    switch (prop) {
    case VTERM_PROP_CURSORVISIBLE:
        self->cursorVisible = value->boolean;
        break;
    case VTERM_PROP_ALTSCREEN:
        self->alternateScreen = value->boolean;
        break;
    case VTERM_PROP_TITLE:
        self->title = QString::fromUtf8(value->string);
        self->titleMoved = true;
        break;
    default:
        break;
    }
    self->damaged = true;
    return 1;
}

int TerminalModel::Private::bell(void *user)
{
    emit static_cast<Private *>(user)->q->bellRang();
    return 1;
}

int TerminalModel::Private::pushLine(int columns, const VTermScreenCell *cells, void *user)
{
    auto *self = static_cast<Private *>(user);
    self->scrollback.emplace_back(cells, cells + columns);
    self->trimScrollback();
    self->scrollbackMoved = true;
    return 1;
}

int TerminalModel::Private::popLine(int columns, VTermScreenCell *cells, void *user)
{
    auto *self = static_cast<Private *>(user);
    if (self->scrollback.empty())
        return 0;
    const std::vector<VTermScreenCell> &line = self->scrollback.back();
    const VTermScreenCell blank = self->blankCell();
    for (int column = 0; column < columns; ++column)
        cells[column] = column < int(line.size()) ? line[size_t(column)] : blank;
    self->scrollback.pop_back();
    self->scrollbackMoved = true;
    return 1;
}

void TerminalModel::Private::output(const char *bytes, size_t length, void *user)
{
    emit static_cast<Private *>(user)->q->bytesForPty(QByteArray(bytes, qsizetype(length)));
}

VTermScreenCell TerminalModel::Private::blankCell() const
{
    VTermScreenCell cell{};
    cell.width = 1;
    vterm_state_get_default_colors(vterm_obtain_state(vt), &cell.fg, &cell.bg);
    cell.fg.type |= VTERM_COLOR_DEFAULT_FG;
    cell.bg.type |= VTERM_COLOR_DEFAULT_BG;
    return cell;
}

VTermScreenCell TerminalModel::Private::rawCell(int line, int column) const
{
    const int history = int(scrollback.size());
    if (line < history) {
        const std::vector<VTermScreenCell> &stored = scrollback[size_t(line)];
        return column < int(stored.size()) ? stored[size_t(column)] : blankCell();
    }
    VTermScreenCell cell{};
    if (!vterm_screen_get_cell(screen, VTermPos{line - history, column}, &cell))
        return blankCell();
    return cell;
}

void TerminalModel::Private::trimScrollback()
{
    while (int(scrollback.size()) > scrollbackLimit)
        scrollback.pop_front();
}

void TerminalModel::Private::flush()
{
    vterm_screen_flush_damage(screen);
    if (titleMoved) {
        titleMoved = false;
        emit q->titleChanged(title);
    }
    if (scrollbackMoved) {
        scrollbackMoved = false;
        emit q->scrollbackChanged(int(scrollback.size()));
    }
    if (damaged) {
        damaged = false;
        emit q->contentChanged();
    }
}

TerminalModel::TerminalModel(int rows, int columns, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    static const VTermScreenCallbacks callbacks = {
        &Private::damage, &Private::moveRect, &Private::moveCursor, &Private::setTermProp,
        &Private::bell, nullptr, &Private::pushLine, &Private::popLine,
    };
    d->q = this;
    d->vt = vterm_new(std::max(rows, 1), std::max(columns, 1));
    vterm_set_utf8(d->vt, 1);
    vterm_output_set_callback(d->vt, &Private::output, d.get());
    d->screen = vterm_obtain_screen(d->vt);
    vterm_screen_set_callbacks(d->screen, &callbacks, d.get());
    vterm_screen_set_damage_merge(d->screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(d->screen, 1);
    vterm_screen_reset(d->screen, 1);
    d->damaged = false;
}

TerminalModel::~TerminalModel()
{
    vterm_free(d->vt);
}

int TerminalModel::rows() const
{
    int rows = 0;
    int columns = 0;
    vterm_get_size(d->vt, &rows, &columns);
    return rows;
}

int TerminalModel::columns() const
{
    int rows = 0;
    int columns = 0;
    vterm_get_size(d->vt, &rows, &columns);
    return columns;
}

int TerminalModel::scrollbackLines() const
{
    return int(d->scrollback.size());
}

int TerminalModel::scrollbackLimit() const
{
    return d->scrollbackLimit;
}

void TerminalModel::setScrollbackLimit(int lines)
{
    d->scrollbackLimit = std::max(lines, 0);
    const int before = scrollbackLines();
    d->trimScrollback();
    if (before != scrollbackLines())
        emit scrollbackChanged(scrollbackLines());
}

TerminalCell TerminalModel::cell(int line, int column) const
{
    if (line < 0 || line >= lineCount() || column < 0 || column >= columns())
        return toTerminalCell(d->screen, d->blankCell());
    return toTerminalCell(d->screen, d->rawCell(line, column));
}

QString TerminalModel::lineText(int line) const
{
    return text(QPoint(0, line), QPoint(columns(), line));
}

QString TerminalModel::text(QPoint start, QPoint end) const
{
    if (end.y() < start.y() || (end.y() == start.y() && end.x() < start.x()))
        std::swap(start, end);
    QStringList lines;
    for (int line = std::max(start.y(), 0); line <= std::min(end.y(), lineCount() - 1); ++line) {
        const int first = line == start.y() ? start.x() : 0;
        const int last = line == end.y() ? std::min(end.x(), columns()) : columns();
        QString text;
        for (int column = std::max(first, 0); column < last; ++column) {
            const VTermScreenCell raw = d->rawCell(line, column);
            if (raw.chars[0] == WideCellContinuation)
                continue;
            const TerminalCell cell = toTerminalCell(d->screen, raw);
            text += cell.text.isEmpty() ? u" "_s : cell.text;
        }
        while (text.endsWith(u' '))
            text.chop(1);
        lines.append(text);
    }
    return lines.join(u'\n');
}

QPoint TerminalModel::cursor() const
{
    VTermPos position{};
    vterm_state_get_cursorpos(vterm_obtain_state(d->vt), &position);
    return QPoint(position.col, position.row);
}

bool TerminalModel::isCursorVisible() const
{
    return d->cursorVisible;
}

bool TerminalModel::isAlternateScreen() const
{
    return d->alternateScreen;
}

QString TerminalModel::title() const
{
    return d->title;
}

QColor TerminalModel::paletteColor(int index) const
{
    VTermColor colour{};
    vterm_state_get_palette_color(vterm_obtain_state(d->vt), std::clamp(index, 0, 255), &colour);
    return toQColor(d->screen, colour);
}

void TerminalModel::setDefaultColors(const QColor &foreground, const QColor &background)
{
    VTermColor fg{};
    VTermColor bg{};
    vterm_color_rgb(&fg, uint8_t(foreground.red()), uint8_t(foreground.green()), uint8_t(foreground.blue()));
    vterm_color_rgb(&bg, uint8_t(background.red()), uint8_t(background.green()), uint8_t(background.blue()));
    vterm_state_set_default_colors(vterm_obtain_state(d->vt), &fg, &bg);
    d->damaged = true;
    d->flush();
}

void TerminalModel::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    vterm_input_write(d->vt, bytes.constData(), size_t(bytes.size()));
    d->flush();
}

void TerminalModel::resize(int rows, int columns)
{
    rows = std::max(rows, 1);
    columns = std::max(columns, 1);
    if (rows == this->rows() && columns == this->columns())
        return;
    vterm_set_size(d->vt, rows, columns);
    d->damaged = true;
    d->flush();
    emit sizeChanged(rows, columns);
}

bool TerminalModel::sendKey(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text)
{
    VTermModifier mod = toVTermModifier(modifiers);
    if (qtKey == Qt::Key_Backtab)
        mod = static_cast<VTermModifier>(mod | VTERM_MOD_SHIFT);
    if (const VTermKey key = toVTermKey(qtKey); key != VTERM_KEY_NONE) {
        vterm_keyboard_key(d->vt, key, mod);
        return true;
    }
    // Ctrl and Alt combinations: encode from the key itself, since the text may already be a control code.
    if ((modifiers & (Qt::ControlModifier | Qt::AltModifier)) && qtKey >= 0x20 && qtKey <= 0x7e) {
        // Qt names letters by their capital; Ctrl-letter and Alt-letter want the small one (Alt-Shift the capital).
        const bool smallLetter = qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z
            && ((modifiers & Qt::ControlModifier) || !(modifiers & Qt::ShiftModifier));
        const uint32_t codePoint = smallLetter ? uint32_t(qtKey - Qt::Key_A + 'a') : uint32_t(qtKey);
        vterm_keyboard_unichar(d->vt, codePoint, mod);
        return true;
    }
    if (text.isEmpty())
        return false;
    for (const char32_t codePoint : text.toUcs4())
        vterm_keyboard_unichar(d->vt, codePoint, static_cast<VTermModifier>(mod & VTERM_MOD_ALT));
    return true;
}

void TerminalModel::paste(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\r"_s);
    normalised.replace(u'\n', u'\r');
    vterm_keyboard_start_paste(d->vt);
    emit bytesForPty(normalised.toUtf8());
    vterm_keyboard_end_paste(d->vt);
}

} // namespace Ponton::Gui
