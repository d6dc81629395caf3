#pragma once

#include "common/error.h"

#include <QMutex>
#include <QObject>
#include <QVariant>

#include <atomic>

namespace Ponton {

// One structured progress event: what (a layer digest, a build step, a file), its state and counts.
struct ProgressEvent {
    QString item;      // e.g. a layer's short digest, or a step number
    QString state;     // machine-readable state name: "waiting", "downloading", "extracting", "done"...
    qint64 current = 0;
    qint64 total = 0;  // 0 when unknown
    QString message;   // optional human text (translated)
};

// The outcome a job finished with: an error, or a value.
struct JobResult {
    bool ok = false;
    Error error;
    QVariant value;
};

// A handle on one engine operation. It lives in the thread that asked for it (the GUI's or the CLI's);
// the worker reports through the thread-safe report*() calls, whose signals reach the job's thread
// as queued connections. cancel() may be called from any thread.
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(const QString &kind, QObject *parent = nullptr);

    QString kind() const { return m_kind; }
    void cancel() { m_canceled.store(true); }
    bool isCanceled() const { return m_canceled.load(); }
    bool isFinished() const { return m_finished.load(); }
    JobResult result() const;

    // Worker side.
    void reportProgress(const ProgressEvent &event);
    void reportLog(const QString &line);
    // A structured event of the operation (a build's Build::BuildEvent...), as a QVariant.
    void reportEvent(const QVariant &value);
    void finish(const Result<QVariant> &outcome);

signals:
    void progress(const Ponton::ProgressEvent &event);
    void log(const QString &line);
    void event(const QVariant &value);
    void finished(const Ponton::JobResult &result);

private:
    QString m_kind;
    std::atomic<bool> m_canceled{false};
    std::atomic<bool> m_finished{false};
    mutable QMutex m_mutex;
    JobResult m_result;
};

} // namespace Ponton

Q_DECLARE_METATYPE(Ponton::ProgressEvent)
Q_DECLARE_METATYPE(Ponton::JobResult)
