#pragma once

#include "common/error.h"

#include <QString>

#include <optional>

namespace Ponton::Build {

// One here-document of a RUN, COPY or ADD line (`RUN <<EOF`, `COPY <<-"END" /dst`).
// The body is attached by the parser; it is expanded at build time only when `expand` is set
// (no part of the delimiter was quoted). `chomp` (`<<-`) strips leading tabs at build time.
struct Heredoc {
    QString name;
    QString content;
    bool expand = true;
    bool chomp = false;
    int fileDescriptor = 0;

    // Reads one shell word of the form `[digits]<<[-][spaces]NAME`. No marker: nullopt.
    // A malformed marker (`<<'EOF` without its closing quote) is an error.
    static Result<std::optional<Heredoc>> fromWord(const QString &word);
    // Every heredoc marker of a logical line, in order (the words are lexed with raw quotes and escapes).
    static Result<QList<Heredoc>> fromLine(const QString &line);
};

} // namespace Ponton::Build
