#include "engine/layerstreamunpacker.h"

#include "registry/layerdownload.h"
#include "runtime/filedescriptor.h"
#include "runtime/runtimeclient.h"

#include <QFile>

#include <fcntl.h>
#include <signal.h>

#include <atomic>
#include <cerrno>

namespace Ponton {

namespace {

constexpr int PipeSize = 1 << 20;

int openForReading(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
}

// Copies the download into `pipe` as its bytes reach the disk. False when the download ended first, the
// file lost bytes (restarted), or the reader went away (the helper had the snapshot, or failed).
bool follow(Registry::LayerDownload &download, int pipe, const std::atomic<bool> &stop)
{
    // A reader that has gone must give EPIPE here, not a SIGPIPE that kills the process.
    sigset_t pipeSignal;
    sigemptyset(&pipeSignal);
    sigaddset(&pipeSignal, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipeSignal, nullptr);
    const auto stopped = [&stop] { return stop.load(); };
    const qint64 size = download.blob().size;
    Runtime::FileDescriptor file;
    loff_t offset = 0;
    while (offset < size) {
        const qint64 available = download.waitBeyond(offset, stopped);
        if (available <= offset)
            return false;
        if (!file.isValid()) {
            // Once verified, the ingest file has been renamed to the blob: the same bytes.
            const bool complete = download.state() == Registry::LayerDownload::State::Complete;
            file.reset(openForReading(complete ? download.blobPath() : download.ingestPath()));
            if (!file.isValid() && errno == ENOENT && !complete)
                file.reset(openForReading(download.blobPath()));
            if (!file.isValid())
                return false;
        }
        while (offset < available) {
            const ssize_t n = ::splice(file.get(), &offset, pipe, nullptr, size_t(available - offset), SPLICE_F_MOVE | SPLICE_F_MORE);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
        }
    }
    return true;
}

} // namespace

LayerStreamUnpacker::LayerStreamUnpacker(Helper helper, Progress progress)
    : m_helperSource(std::move(helper)), m_progress(std::move(progress))
{
    // Connecting (or starting the helper) overlaps the manifest's and the config's downloads.
    m_threads.emplace_back([this] { (void)this->helper(); });
}

LayerStreamUnpacker::~LayerStreamUnpacker()
{
    finish();
}

Runtime::RuntimeClient *LayerStreamUnpacker::helper()
{
    std::call_once(m_helperAsked, [this] { m_helper = m_helperSource ? m_helperSource() : nullptr; });
    return m_helper;
}

void LayerStreamUnpacker::start(const Image::Descriptor &layer, const Digest &diffId,
                                std::shared_ptr<Registry::LayerDownload> download)
{
    std::lock_guard lock(m_mutex);
    if (m_finished || !download)
        return;
    m_threads.emplace_back([this, layer, diffId, download = std::move(download)] { unpack(layer, diffId, download); });
}

void LayerStreamUnpacker::unpack(const Image::Descriptor &layer, const Digest &diffId,
                                 const std::shared_ptr<Registry::LayerDownload> &download)
{
    Runtime::RuntimeClient *client = helper();
    int ends[2] = {-1, -1};
    if (!client || ::pipe2(ends, O_CLOEXEC) != 0)
        return;
    Runtime::FileDescriptor readEnd(ends[0]);
    Runtime::FileDescriptor writeEnd(ends[1]);
    (void)::fcntl(writeEnd.get(), F_SETPIPE_SZ, PipeSize);
    std::atomic<bool> stop{false};
    std::thread follower([&download, &stop, pipe = std::move(writeEnd)] { follow(*download, pipe.get(), stop); });
    if (m_progress)
        m_progress({layer.digest, diffId, Runtime::SnapshotEvent::State::Extracting, 0, false});
    const Result<Runtime::UnpackResult> unpacked = client->unpack(diffId, readEnd.get(), layer.mediaType);
    readEnd.reset();
    stop = true;
    download->wake();
    follower.join();
    if (!unpacked)
        return;  // unpacked again from the verified blob, or the pull failed
    if (m_progress)
        m_progress({layer.digest, diffId, Runtime::SnapshotEvent::State::Done, unpacked->uncompressedSize, unpacked->existed});
    std::lock_guard lock(m_mutex);
    m_unpacked.insert(diffId, unpacked->existed ? qint64(-1) : unpacked->uncompressedSize);
}

QHash<Digest, qint64> LayerStreamUnpacker::finish()
{
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        threads.swap(m_threads);
    }
    for (std::thread &thread : threads)
        thread.join();
    std::lock_guard lock(m_mutex);
    return m_unpacked;
}

} // namespace Ponton
