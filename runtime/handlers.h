#pragma once

namespace ponton::helper {

class Server;

// Each registers its methods (PROTOCOL.md) on the server.
void registerSnapshotHandlers(Server &server);
void registerContainerHandlers(Server &server);
void registerExecHandlers(Server &server);
void registerRootfsHandlers(Server &server);

} // namespace ponton::helper
