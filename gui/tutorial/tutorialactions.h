#pragma once

#include "terminal/ptysession.h"
#include "tutorial/tutorialoutcome.h"

#include <QObject>
#include <QString>

namespace Ponton::Gui {

// What the tutorial's buttons do, behind an interface so that the page does not depend on the engine:
// an engine-backed implementation pulls, runs, commits, builds, tags and removes for real, and checks
// the real outcome (the image exists, the layer holds the file, the second build used the cache...).
//
// Both calls return at once and report through the signals, in the thread the object lives in (the GUI's).
// Each started runStep() ends with exactly one stepFinished(); each checkStep() with one checkFinished().
// Chapter ids are those of the chapter files (TutorialChapter::id): pull, commit, build, images,
// layers, tags, rmi, definition.
class TutorialActions : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Does what the chapter's "Do it" button promises, through the engine.
    virtual void runStep(const QString &chapterId) = 0;
    // Looks at the real state (store, containers, build cache) to tell whether the chapter's goal is met.
    virtual void checkStep(const QString &chapterId) = 0;
    // Cancels the running step, if any; it still ends with stepFinished(Canceled).
    virtual void cancel() = 0;
    // The user detached from the step's shell (Ctrl-P Ctrl-Q, as from `docker run -it`): its container keeps
    // running, and the step goes on with the container as it is now, as it would after the shell's exit.
    virtual void detachShell() = 0;
    virtual bool isBusy() const = 0;

signals:
    void stepStarted(const QString &chapterId);
    // A line of the step's output (pull progress, build log), already in the words of the classic CLI.
    void stepOutput(const QString &chapterId, const QString &line);
    // A step that needs the user's hands (commit: a shell in a new container) gives its terminal: the PTY of
    // container `containerId`, owned by the actions until the step finishes. The page shows it; the step
    // goes on once the shell has exited (the session's closed()).
    void terminalOpened(const QString &chapterId, const QString &containerId, Ponton::Gui::PtySession *session);
    void stepFinished(const QString &chapterId, const Ponton::Gui::TutorialOutcome &outcome);
    void checkFinished(const QString &chapterId, const Ponton::Gui::TutorialOutcome &outcome);
};

} // namespace Ponton::Gui
