#pragma once

#include "common/error.h"

#include <QtGlobal>

#include <functional>

namespace Ponton::Archive {

// Where a stream stage hands its output: a blob writer, a hasher, a tar entry. An error stops the stream.
using ByteSink = std::function<Status(const char *data, qint64 size)>;

} // namespace Ponton::Archive
