#pragma once

#include "runtime/filedescriptor.h"

#include <QMetaType>

#include <memory>

namespace Ponton::Runtime {

// A copyable handle on one file descriptor (a container's PTY master), for values that travel in a
// job's QVariant: the last copy closes it. take() moves the descriptor out for an owner of its own.
class SharedFileDescriptor
{
public:
    SharedFileDescriptor() = default;
    explicit SharedFileDescriptor(FileDescriptor fd)
        : m_fd(fd.isValid() ? std::make_shared<FileDescriptor>(std::move(fd)) : nullptr) {}

    bool isValid() const { return m_fd && m_fd->isValid(); }
    int get() const { return m_fd ? m_fd->get() : -1; }
    FileDescriptor take() { return m_fd ? FileDescriptor(m_fd->release()) : FileDescriptor(); }

private:
    std::shared_ptr<FileDescriptor> m_fd;
};

} // namespace Ponton::Runtime

Q_DECLARE_METATYPE(Ponton::Runtime::SharedFileDescriptor)
