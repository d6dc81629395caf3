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

void *open(const char *soname)
{
    void *opened = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!opened)
        failToLoad(soname, "the library");
    return opened;
}

void *symbol(void *handle, const char *soname, const char *name)
{
    void *found = dlsym(handle, name);
    if (!found)
        failToLoad(soname, name);
    return found;
}

} // namespace Ponton::LazyLibrary
