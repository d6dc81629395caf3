// LibraryPrefetch: asks the kernel to start reading the CLI's libraries from disk, all at once, before the
// dynamic loader maps them one after another.
//
// On a cold start (after a reboot, or when the page cache has been reclaimed) the dynamic loader faults in
// each of the CLI's thirty libraries in turn, and each fault is a synchronous read: the disk sits idle
// between them, and the kernel reads ahead around every fault (up to the device's read_ahead_kb, 8 MiB on
// some virtual disks), so touching the last page of ICU's 30 MiB data file costs megabytes it never uses.
// posix_fadvise(POSIX_FADV_WILLNEED) queues the reads without waiting for them; the loader then finds the
// pages in the cache, or already on their way.
#pragma once

namespace Ponton::Launcher {

// Files larger than this are read only at both ends: the ELF headers, dynamic symbol tables and the
// writable segment the loader touches lie there, and the middle of such a file is read-only data that a
// command reads, if ever, when it uses it. Smaller files are read whole.
inline constexpr long wholeFileLimit = 8L << 20;
inline constexpr long endsOfLargeFile = 256L << 10;

// Starts reading `path` (see above). Never fails: a missing or unreadable file is left to the loader.
void prefetchFile(const char *path);

// Starts reading every library the CLI module needs, as listed at build time (ldd of the module).
void prefetchCliLibraries();

} // namespace Ponton::Launcher
