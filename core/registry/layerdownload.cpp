#include "registry/layerdownload.h"

namespace Ponton::Registry {

LayerDownload::LayerDownload(const Image::Descriptor &blob, QString ingestPath, QString blobPath)
    : m_blob(blob), m_ingestPath(std::move(ingestPath)), m_blobPath(std::move(blobPath))
{
}

void LayerDownload::advanced(qint64 onDisk)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_state != State::Running || onDisk <= m_onDisk)
            return;
        m_onDisk = qMin(onDisk, m_blob.size);
    }
    m_changed.notify_all();
}

void LayerDownload::completed()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_state != State::Running)
            return;
        m_onDisk = m_blob.size;
        m_state = State::Complete;
    }
    m_changed.notify_all();
}

void LayerDownload::ended()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_state != State::Running)
            return;
        m_state = State::Ended;
    }
    m_changed.notify_all();
}

void LayerDownload::wake()
{
    {
        std::lock_guard lock(m_mutex);
    }
    m_changed.notify_all();
}

LayerDownload::State LayerDownload::state() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

qint64 LayerDownload::waitBeyond(qint64 offset, const std::function<bool()> &stop)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_onDisk > offset || m_state != State::Running || (stop && stop()); });
    if (m_state == State::Ended || (stop && stop()))
        return -1;
    if (m_onDisk > offset)
        return m_onDisk;
    return m_state == State::Complete ? m_onDisk : -1;
}

} // namespace Ponton::Registry
