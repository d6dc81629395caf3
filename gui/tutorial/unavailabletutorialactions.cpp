#include "tutorial/unavailabletutorialactions.h"

#include <QTimer>

namespace Ponton::Gui {

TutorialOutcome UnavailableTutorialActions::unavailable()
{
    return {TutorialOutcome::Status::Unavailable,
            tr("This step cannot run yet: Ponton's engine is not part of this build. "
               "The command above shows what it will do."),
            {}};
}

void UnavailableTutorialActions::runStep(const QString &chapterId)
{
    emit stepStarted(chapterId);
    QTimer::singleShot(0, this, [this, chapterId] { emit stepFinished(chapterId, unavailable()); });
}

void UnavailableTutorialActions::checkStep(const QString &chapterId)
{
    QTimer::singleShot(0, this, [this, chapterId] { emit checkFinished(chapterId, unavailable()); });
}

} // namespace Ponton::Gui
