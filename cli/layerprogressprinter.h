#pragma once

#include "engine/job.h"

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace Ponton::Cli {

// Docker's per-layer lines for pull, push and load. On a terminal every layer keeps one line, redrawn in
// place with a progress bar; otherwise one plain line per state change ("a1b2c3d4e5f6: Pull complete").
class LayerProgressPrinter
{
public:
    LayerProgressPrinter(QTextStream &out, bool terminal) : m_out(out), m_terminal(terminal) {}

    void show(const ProgressEvent &event);
    // Docker's words for a state name of Registry::LayerProgress::stateName.
    static QString stateText(const QString &state, const QString &detail);

private:
    struct Line {
        QString id;
        QString state;
        QString text;
    };
    void redraw();
    static QString bar(qint64 current, qint64 total);

    QTextStream &m_out;
    bool m_terminal = false;
    QList<Line> m_lines;
    int m_drawn = 0;
};

} // namespace Ponton::Cli
