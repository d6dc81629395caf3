#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Ponton::Gui {

// One chapter of the tutorial, in one language, as written in resources/tutorial/<lang>/NN-<id>.md:
//
//   ---
//   id: pull
//   command: ponton pull nginx:stable-alpine     (one line per command, in order; at least one)
//   check: What the check looks at, for people.
//   ---
//   # Title
//
//   Markdown explanation...
struct TutorialChapter {
    Q_DECLARE_TR_FUNCTIONS(TutorialChapter)

public:
    QString id;
    QString title;
    QString body;          // Markdown, without the header and the title line
    QStringList commands;
    QString check;

    static Result<TutorialChapter> parse(const QString &text);
};

} // namespace Ponton::Gui
