#include "common/lazylibrary.h"

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>

namespace Ponton::LazyLibrary {

namespace {

[[noreturn]] void failToLoad(const char *soname, const char *what)
{
    const char *reason = dlerror();
    std::fprintf(stderr, "ponton: cannot load %s from %s: %s\n", what, soname, reason ? reason : "unknown error");
    std::abort();
}

} // namespace

void *symbol(const char *soname, const char *name)
{
    // Each forwarded function asks once; an open library is found again (dlopen counts its users).
    void *library = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!library)
        failToLoad(soname, "the library");
    void *found = dlsym(library, name);
    if (!found)
        failToLoad(soname, name);
    return found;
}

} // namespace Ponton::LazyLibrary
