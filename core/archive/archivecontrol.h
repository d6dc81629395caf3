#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

namespace Ponton::Archive {

// What a long synchronous archive operation (save, load, digesting a layer) gets from the job that runs
// it on a worker thread: a cancellation check, asked between chunks, and a progress report
// (`item` is what is being worked on: an archive entry, a layer digest; `total` 0 when unknown), and how
// far the entry being read is (`done` of its `size` bytes; load reports it for every chunk of a blob).
struct ArchiveControl {
    std::function<bool()> canceled;
    std::function<void(const QString &item, qint64 done, qint64 total)> progress;
    std::function<void(const QString &entry, qint64 done, qint64 size)> entryProgress;

    bool isCanceled() const { return canceled && canceled(); }
    void report(const QString &item, qint64 done, qint64 total) const
    {
        if (progress)
            progress(item, done, total);
    }
    void reportEntry(const QString &entry, qint64 done, qint64 size) const
    {
        if (entryProgress)
            entryProgress(entry, done, size);
    }
};

} // namespace Ponton::Archive
