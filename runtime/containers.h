#pragma once

// Container lifecycle on the helper side: records, liveness, signals, freezing, removal.

#include "containerrecord.h"
#include "result.h"
#include "statedir.h"

#include <nlohmann/json.hpp>

#include <string>

namespace ponton::helper {

// Creates containers/<id> (config, state, upper, work, rootfs, init layer, generated /etc files).
Result<ContainerConfig> createContainer(const StateDir &state, ContainerConfig config);
// The state with "running" corrected to "exited" (255) when the monitor is gone.
Result<ContainerState> currentState(const StateDir &state, const std::string &id);
bool isRunning(const ContainerState &state);
// The public view of a container (PROTOCOL.md "Container").
nlohmann::json describe(const StateDir &state, const ContainerConfig &config, const ContainerState &current);
Status signalContainer(const ContainerState &state, int signal);
// Waits for the monitor to exit; gives up (Canceled) when the client's socket closes.
Result<int> waitForExit(const StateDir &state, const std::string &id, int clientSocket);
Status removeContainer(const StateDir &state, const std::string &id, bool force);
// Exclusive lock of one container's directory for the life of the returned fd.
Result<UniqueFd> lockContainer(const StateDir &state, const std::string &id);

} // namespace ponton::helper
