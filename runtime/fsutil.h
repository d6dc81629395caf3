#pragma once

// File-system helpers that never follow a symlink out of the directory they are given.

#include "result.h"
#include "uniquefd.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ponton::helper {

// Names in the directory (without "." and ".."); empty on error.
std::vector<std::string> listDirectory(int dirFd);
// Removes name (file or whole tree) under dirFd; symlinks are removed, never followed.
Status removeTree(int dirFd, const std::string &name);
// openat2(rootFd, path, flags, RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS): symlinks resolve inside rootFd.
// extraResolve adds RESOLVE_* flags (RESOLVE_NO_SYMLINKS: no symlink on the way at all).
Result<UniqueFd> openInRoot(int rootFd, const std::string &path, int flags, unsigned mode = 0, std::uint64_t extraResolve = 0);
// Like openInRoot for a directory, creating missing components (mode 0755) on the way.
Result<UniqueFd> openOrCreateDirInRoot(int rootFd, const std::string &path);
// Everything readable from fd until its end (a pipe's writers all closed), retrying on EINTR.
std::string readToEnd(int fd);
// Whole file as a string, at most maxBytes.
Result<std::string> readFileAt(int dirFd, const std::string &name, std::size_t maxBytes = 1 << 20);
// Writes name atomically: name.tmp, fsync (when durable), rename.
Status writeFileAtomically(int dirFd, const std::string &name, const std::string &content, bool durable = true);
// Splits a relative path into components, dropping empty and "." parts; error on "..".
Result<std::vector<std::string>> splitPath(const std::string &path);
std::string joinPath(const std::vector<std::string> &parts, std::size_t count);

} // namespace ponton::helper
