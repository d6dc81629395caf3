#pragma once

#include "common/error.h"

#include <QString>

namespace Ponton::Store {

// An flock(2) on a lock file, held until destruction. Several processes (the GUI, CLI runs) share a store:
// index changes take the index lock exclusively; blob ingests hold the GC lock shared, GC exclusively.
class FileLock
{
public:
    enum class Mode { Shared, Exclusive };

    static Result<FileLock> acquire(const QString &path, Mode mode);

    FileLock(FileLock &&other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    FileLock &operator=(FileLock &&other) noexcept;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    ~FileLock();

private:
    explicit FileLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

} // namespace Ponton::Store
