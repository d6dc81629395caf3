#include "libraryprefetch.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ponton::Launcher {

namespace {

// The CLI module's libraries in the dynamic loader's order, generated at build time by
// cmake/PontonLibraryList.cmake.
constexpr const char *cliLibraries[] = {
#include "ponton-cli-libraries.inc"
};

} // namespace

void prefetchFile(const char *path)
{
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat status {};
    if (fstat(fd, &status) == 0 && S_ISREG(status.st_mode)) {
        if (status.st_size <= wholeFileLimit) {
            posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
        } else {
            posix_fadvise(fd, 0, endsOfLargeFile, POSIX_FADV_WILLNEED);
            posix_fadvise(fd, status.st_size - endsOfLargeFile, endsOfLargeFile, POSIX_FADV_WILLNEED);
        }
    }
    close(fd);
}

void prefetchCliLibraries()
{
    for (const char *library : cliLibraries)
        prefetchFile(library);
}

} // namespace Ponton::Launcher
