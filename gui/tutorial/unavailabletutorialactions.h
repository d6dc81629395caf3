#pragma once

#include "tutorial/tutorialactions.h"

namespace Ponton::Gui {

// The stand-in until the engine is there: every step and check reports, asynchronously like the real
// thing, that it cannot run yet.
class UnavailableTutorialActions : public TutorialActions
{
    Q_OBJECT
public:
    using TutorialActions::TutorialActions;

    void runStep(const QString &chapterId) override;
    void checkStep(const QString &chapterId) override;
    void cancel() override {}
    void detachShell() override {}
    bool isBusy() const override { return false; }

private:
    static TutorialOutcome unavailable();
};

} // namespace Ponton::Gui
