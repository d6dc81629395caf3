#pragma once

#include "common/error.h"

#include <QStringList>

namespace Ponton::Cli {

class ArgumentParser;

// -p/--publish and -P/--publish-all of run and create. Ponton's containers share the host's network (or
// have none), as Docker's with --network host: there is no port to map, a program listening on port 80
// in the container listens on the host's port 80. The specifications are checked as Docker checks them
// ([ip:][hostPort:]containerPort[/tcp|udp|sctp], ports or ranges), then discarded with Docker's warning
// and a sentence that says where the ports are.
void addPublishOptions(ArgumentParser &parser);

// The container ports the options name ("80/tcp", "5000-5002/udp"), or why a specification is invalid.
Result<QStringList> publishedPorts(const ArgumentParser &parser);

// The warning for what publishedPorts() found, given the network mode (empty: none published).
QString publishWarning(const QStringList &ports, bool publishAll, bool networkNone);

} // namespace Ponton::Cli
