#pragma once

#include <QCoreApplication>

namespace Ponton {

// Translation context of the engine: Tr::tr("...") in every core file.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Ponton)
};

} // namespace Ponton
