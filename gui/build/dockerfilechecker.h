#pragma once

#include "build/lintdiagnostic.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Ponton { class Engine; }

namespace Ponton::Gui {

// Lints the editor's text as it is typed: each change restarts a short timer, and when typing pauses
// the linter runs as an engine job. Results of a text that has changed since are dropped; a change
// during a run starts a new run when it ends. The GUI thread only starts jobs and reads results.
class DockerfileChecker : public QObject
{
    Q_OBJECT
public:
    explicit DockerfileChecker(Engine *engine, QObject *parent = nullptr);

    int delay() const { return m_timer.interval(); }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool isChecking() const { return m_running; }
    const QList<Build::LintDiagnostic> &diagnostics() const { return m_diagnostics; }

public slots:
    void setSource(const QByteArray &source);   // debounced
    void checkNow();

signals:
    void checked(const QList<Ponton::Build::LintDiagnostic> &diagnostics);

private:
    void start();

    Engine *m_engine;
    QTimer m_timer;
    QByteArray m_source;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_again = false;
    QList<Build::LintDiagnostic> m_diagnostics;
};

} // namespace Ponton::Gui
