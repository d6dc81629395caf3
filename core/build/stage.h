#pragma once

#include "build/instruction.h"

#include <QList>
#include <QString>

namespace Ponton::Build {

// One build stage: a FROM and the instructions up to the next FROM.
struct Stage {
    int index = 0;
    QString name;        // lower-cased `AS` name, empty when unnamed
    QString baseImage;   // as written (may use global ARGs)
    QString platform;    // `--platform` as written
    Instruction from;
    QList<Instruction> instructions; // after the FROM
};

} // namespace Ponton::Build
