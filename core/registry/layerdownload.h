#pragma once

#include "image/descriptor.h"

#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>

namespace Ponton::Registry {

// How far one blob's download has reached on disk, shared between the network thread that downloads it
// (BlobFetcher) and a reader thread that follows the growing ingest file (the streamed unpack of a layer).
// The bytes up to available() are in the file (page cache); a download that restarts from zero, fails,
// is cancelled or abandoned ends the stream: a reader then stops and discards what it read. Thread-safe.
class LayerDownload
{
public:
    enum class State { Running, Complete, Ended };

    LayerDownload(const Image::Descriptor &blob, QString ingestPath, QString blobPath);

    const Image::Descriptor &blob() const { return m_blob; }
    QString ingestPath() const { return m_ingestPath; }  // where the bytes are written
    QString blobPath() const { return m_blobPath; }      // where they are once verified

    // The downloader's side.
    void advanced(qint64 onDisk);  // the file holds at least `onDisk` bytes of this download
    void completed();              // verified and committed: the whole blob is at blobPath()
    void ended();                  // restarted from zero, failed, cancelled: no more bytes for the reader

    // The reader's side: waits until more than `offset` bytes are there, the stream ends, or `stop` says
    // so (checked again after each wake()). Returns the bytes available, or -1 when the stream ended
    // (or was stopped) before more than `offset` bytes were available.
    qint64 waitBeyond(qint64 offset, const std::function<bool()> &stop);
    void wake();
    State state() const;

private:
    const Image::Descriptor m_blob;
    const QString m_ingestPath;
    const QString m_blobPath;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    qint64 m_onDisk = 0;
    State m_state = State::Running;
};

} // namespace Ponton::Registry
