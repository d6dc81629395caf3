#pragma once

// A shared library the engine opens on its first use instead of linking it. A linked library is read
// from disk by the dynamic loader before main(), for every command, whether the command needs it or not;
// with cold caches that costs about 1.5 ms per MB on the machines we measure. Each function of such a
// library that the engine calls is defined once with PONTON_LAZY_FORWARD: its first call opens the
// library (dlopen, RTLD_LOCAL) and resolves the real function, which every later call goes to. A missing
// library or symbol ends the program with a message naming both, as the dynamic loader would have.
namespace Ponton::LazyLibrary {

// `name` in the library `soname`, which is opened (RTLD_NOW | RTLD_LOCAL) if it is not yet; ends the
// program when the library or the symbol is missing.
void *symbol(const char *soname, const char *name);

} // namespace Ponton::LazyLibrary

// Defines the C function `name` with the signature its header declares (a mismatch is a compile error:
// two C functions of one name), forwarding to the one in the library `soname`.
#define PONTON_LAZY_FORWARD(soname, Ret, name, Params, Args)                                                    \
    extern "C" Ret name Params                                                                                   \
    {                                                                                                            \
        static const auto real = reinterpret_cast<decltype(&::name)>(::Ponton::LazyLibrary::symbol(soname, #name)); \
        return real Args;                                                                                        \
    }
