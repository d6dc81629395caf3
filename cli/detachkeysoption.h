#pragma once

#include "common/error.h"

#include <string>

namespace Ponton::Cli {

class ArgumentParser;

// --detach-keys of run, exec, attach and start -a: the option's keys, else "detachKeys" of the client
// configuration (config.json, as Docker), else Ctrl-P Ctrl-Q. The bytes TerminalSession watches for.
void addDetachKeysOption(ArgumentParser &parser);
Result<std::string> detachKeysOf(const ArgumentParser &parser);

} // namespace Ponton::Cli
