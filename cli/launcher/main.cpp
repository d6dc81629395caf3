// ponton: the command's launcher. The command line itself is the module ponton-cli.so (cli/*.cpp, with
// Qt and the engine); this program links only the C library, so that it runs before any of the module's
// libraries is read. It starts reading them all at once (libraryprefetch.h), then opens the module and
// runs it. Being the process's executable, it is what /proc/self/exe names: the engine finds
// ponton-helper beside it, as before.
#include "libraryprefetch.h"

#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// This program cannot use Qt's translations (it runs before Qt is loaded): its few messages, all about a
// broken installation, carry their French text beside the English one.
enum class Message { NotFound, NotLoaded, NoEntryPoint };

const char *text(Message message)
{
    const char *language = nullptr;
    static constexpr const char *variables[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (const char *variable : variables) {
        language = std::getenv(variable);
        if (language && *language)
            break;
    }
    const bool french = language && std::strncmp(language, "fr", 2) == 0;
    switch (message) {
    case Message::NotFound:
        return french ? "ponton : ponton-cli.so est introuvable, ni à côté de ce programme ni dans %s\n"
                      : "ponton: cannot find ponton-cli.so beside this program or in %s\n";
    case Message::NotLoaded:
        return french ? "ponton : impossible de charger %s : %s\n" : "ponton: cannot load %s: %s\n";
    case Message::NoEntryPoint:
        return french ? "ponton : %s n’a pas de ponton_cli_main : %s\n"
                      : "ponton: %s has no ponton_cli_main: %s\n";
    }
    return "";
}

using CliMain = int (*)(int, char **);

// The directory of this program, with its trailing slash; false if /proc is not mounted.
bool ownDirectory(char (&directory)[PATH_MAX])
{
    const ssize_t length = readlink("/proc/self/exe", directory, sizeof directory - 1);
    if (length <= 0)
        return false;
    directory[length] = '\0';
    char *slash = std::strrchr(directory, '/');
    if (!slash)
        return false;
    slash[1] = '\0';
    return true;
}

// Where the module is: beside this program in a build tree, else where the package installs it
// (PONTON_CLI_MODULE_INSTALLED, relative to this program's directory).
bool findModule(char (&module)[PATH_MAX])
{
    char directory[PATH_MAX];
    if (!ownDirectory(directory))
        return false;
    static constexpr const char *places[] = {"ponton-cli.so", PONTON_CLI_MODULE_INSTALLED};
    for (const char *relative : places) {
        if (std::snprintf(module, sizeof module, "%s%s", directory, relative) < static_cast<int>(sizeof module)
            && access(module, R_OK) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    char module[PATH_MAX];
    if (!findModule(module)) {
        std::fprintf(stderr, text(Message::NotFound), PONTON_CLI_MODULE_INSTALLED);
        return 127;
    }
    Ponton::Launcher::prefetchFile(module);
    Ponton::Launcher::prefetchCliLibraries();
    void *handle = dlopen(module, RTLD_LAZY | RTLD_LOCAL);
    if (!handle) {
        std::fprintf(stderr, text(Message::NotLoaded), module, dlerror());
        return 127;
    }
    const auto cliMain = reinterpret_cast<CliMain>(dlsym(handle, "ponton_cli_main"));
    if (!cliMain) {
        std::fprintf(stderr, text(Message::NoEntryPoint), module, dlerror());
        return 127;
    }
    return cliMain(argc, argv);
}
