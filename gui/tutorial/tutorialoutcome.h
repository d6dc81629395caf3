#pragma once

#include <QMetaType>
#include <QString>

namespace Ponton::Gui {

// What a tutorial step or check came to. message is for people (translated); detail is technical.
struct TutorialOutcome {
    enum class Status {
        Succeeded,    // the step ran / the check found the expected result
        Failed,       // it ran, and the result is not the expected one
        Unavailable,  // it could not run (no engine, no helper, no registry)
        Canceled,
    };

    Status status = Status::Failed;
    QString message;
    QString detail;

    bool succeeded() const { return status == Status::Succeeded; }
};

} // namespace Ponton::Gui

Q_DECLARE_METATYPE(Ponton::Gui::TutorialOutcome)
