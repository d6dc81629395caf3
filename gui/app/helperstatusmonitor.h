#pragma once

#include "app/helperstatuslabel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Ponton { class Engine; }

namespace Ponton::Gui {

// Keeps the status bar's helper label true: an engine job connects to ponton-helper (starting it when
// the engine may) and pings it, when refresh() is called and then every interval; the label shows the
// answer (running, with its version and process) or the error.
class HelperStatusMonitor : public QObject
{
    Q_OBJECT
public:
    HelperStatusMonitor(Engine *engine, HelperStatusLabel *label, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }

public slots:
    // Asks the helper now (nothing when a question is already on its way), then every interval.
    void refresh();

signals:
    void refreshed(Ponton::Gui::HelperStatusLabel::State state);

private:
    Engine *m_engine;
    QPointer<HelperStatusLabel> m_label;
    QTimer m_timer;
    bool m_asking = false;
};

} // namespace Ponton::Gui
