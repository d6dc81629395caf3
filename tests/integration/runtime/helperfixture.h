#pragma once

// Shared by the runtime integration suites: the real ponton-helper started by a RuntimeClient on a
// temporary state directory, the busybox layer unpacked on demand, and a clean-up that removes every
// container and stops the helper (it is a daemon that would otherwise wait for its idle time).

#include "support/busyboxlayer.h"
#include "runtime/runtimeclient.h"

#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

#include <poll.h>
#include <unistd.h>

namespace Ponton::Test {

// The error of a failed Result for a QVERIFY2 message (Qt 6.4 evaluates the message even on success).
template<typename R>
QByteArray why(const R &result)
{
    return result ? QByteArray() : result.error().toString().toLocal8Bit();
}

// What fd gives until its end (or 20 s without a byte).
inline QByteArray readUntilEof(int fd)
{
    QByteArray all;
    char buffer[4096];
    for (;;) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 20000) <= 0)
            break;
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        all.append(buffer, n);
    }
    return all;
}

class HelperFixture
{
public:
    HelperFixture()
    {
        Runtime::RuntimeClientOptions options;
        options.helperPath = QStringLiteral(PONTON_HELPER_PATH);
        options.stateDir = m_dir.filePath(QStringLiteral("runtime"));
        m_client = std::make_unique<Runtime::RuntimeClient>(options);
    }
    ~HelperFixture() { cleanUp(); }

    static bool canRun() { return ::geteuid() == 0 && BusyboxLayer::isAvailable(); }
    Runtime::RuntimeClient &client() { return *m_client; }
    QString path() const { return m_dir.path(); }
    QString stateDir() const { return m_dir.filePath(QStringLiteral("runtime")); }
    QString socketPath() const { return m_dir.filePath(QStringLiteral("runtime/helper.sock")); }

    // Restarts the helper process (the next call starts a new one); containers keep running.
    Status restartHelper() { return m_client->shutdownHelper(); }

    Result<Digest> busybox()
    {
        auto diffId = BusyboxLayer::diffId();
        auto gz = BusyboxLayer::gzipTar();
        if (!diffId || !gz)
            return std::unexpected(diffId ? gz.error() : diffId.error());
        QTemporaryFile blob;
        if (!blob.open() || blob.write(*gz) != gz->size() || !blob.flush() || !blob.seek(0))
            return fail(ErrorCode::Internal, QStringLiteral("cannot write the blob"));
        auto unpacked = m_client->unpack(*diffId, blob.handle(), QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip"));
        if (!unpacked)
            return std::unexpected(unpacked.error());
        return *diffId;
    }

    Result<Runtime::ContainerInfo> container(const QStringList &args, bool tty = false)
    {
        auto layer = busybox();
        if (!layer)
            return std::unexpected(layer.error());
        Runtime::ContainerSpec spec;
        spec.snapshots = {*layer};
        spec.args = args;
        spec.tty = tty;
        return m_client->create(spec);
    }

    void cleanUp()
    {
        if (!m_client)
            return;
        if (auto all = m_client->list()) {
            for (const Runtime::ContainerInfo &c : *all)
                (void)m_client->remove(c.id, true);
        }
        if (auto stopped = m_client->shutdownHelper(); !stopped)
            qWarning("%s", qPrintable(stopped.error().toString()));
        m_client.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Runtime::RuntimeClient> m_client;
};

} // namespace Ponton::Test
