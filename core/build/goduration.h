#pragma once

#include "common/error.h"

#include <QString>

#include <chrono>

namespace Ponton::Build {

// Go's time.ParseDuration, as HEALTHCHECK flags use it: "1h2m3.5s", "300ms", "1.5us", "0".
class GoDuration
{
public:
    static Result<std::chrono::nanoseconds> parse(const QString &text);
};

} // namespace Ponton::Build
