#pragma once

#include <QSet>
#include <QString>

namespace Ponton {

// Docker-style names for containers started without --name: "adjective_surname" (festive_lovelace),
// from Ponton's own lists of adjectives and of scientists and engineers.
class ContainerNames
{
public:
    // A name not in `taken`; a number is appended after a few collisions, as Docker does.
    static QString generate(const QSet<QString> &taken);
    // Docker's rule for --name: [a-zA-Z0-9][a-zA-Z0-9_.-]+
    static bool isValid(const QString &name);
};

} // namespace Ponton
