#pragma once

// Makes a directory tree that was just written durable, before it is renamed into place (a snapshot).
// A small tree gets an fsync of each regular file and directory it holds: writeback of every file is
// started first so that their data reaches the disk together, and only this tree is waited for. A
// large one (thousands of files) gets one syncfs instead, cheaper than that many fsyncs although it
// also waits for every other dirty byte of the file system.

#include "result.h"

namespace ponton::helper {

Status syncTree(int rootFd);

} // namespace ponton::helper
