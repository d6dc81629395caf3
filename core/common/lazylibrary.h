#pragma once

// A shared library the engine opens on its first use instead of linking it. A linked library is read
// from disk by the dynamic loader before main(), for every command, whether the command needs it or not;
// with cold caches that costs about 1.5 ms per MB on the machines we measure. Each function of such a
// library that the engine calls is defined once with PONTON_LAZY_FORWARD: its first call opens the
// library (dlopen, RTLD_LOCAL) and resolves the real function, which every later call goes to. A missing
// library or symbol ends the program with a message naming both, as the dynamic loader would have.
namespace Ponton::LazyLibrary {

// The handle of `soname`, opened now (RTLD_NOW | RTLD_LOCAL); ends the program when it cannot be opened.
void *open(const char *soname);
// `name` in the library `handle` opened from `soname`; ends the program when it is missing.
void *symbol(void *handle, const char *soname, const char *name);

} // namespace Ponton::LazyLibrary

// Defines the C function `name` with the signature its header declares (a mismatch is a compile error:
// two C functions of one name), forwarding to the one in the library that `handle()` opens.
#define PONTON_LAZY_FORWARD(handle, soname, Ret, name, Params, Args)                                            \
    extern "C" Ret name Params                                                                                   \
    {                                                                                                            \
        static const auto real =                                                                                 \
            reinterpret_cast<decltype(&::name)>(::Ponton::LazyLibrary::symbol(handle(), soname, #name));         \
        return real Args;                                                                                        \
    }
