#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Ponton::Build {

// A rough reading of a RUN script for lint rules: the simple commands it runs, each as words with
// quotes removed. Commands are separated by ; & && | || ( ) and newlines outside quotes;
// comments are dropped. Not an interpreter: no expansion, no globbing.
class ShellCommands
{
public:
    static QList<QStringList> split(const QString &script);
    // Index of the program word, after `NAME=value` assignments and `sudo` / `env` wrappers; -1 if none.
    static qsizetype programIndex(const QStringList &words);
    // The program and its first non-option argument: {"apt-get", "install"}; empty strings when absent.
    static QStringList programAndSubcommand(const QStringList &words);
    // True when the script pipes one command into another (a single `|` outside quotes).
    static bool hasPipe(const QString &script);
};

} // namespace Ponton::Build
