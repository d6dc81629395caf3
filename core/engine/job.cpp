#include "engine/job.h"

namespace Ponton {

Job::Job(const QString &kind, QObject *parent) : QObject(parent), m_kind(kind)
{
    static const bool registered = [] {
        qRegisterMetaType<Ponton::ProgressEvent>();
        qRegisterMetaType<Ponton::JobResult>();
        qRegisterMetaType<Ponton::Error>();
        return true;
    }();
    Q_UNUSED(registered);
}

JobResult Job::result() const
{
    QMutexLocker lock(&m_mutex);
    return m_result;
}

void Job::reportProgress(const ProgressEvent &event)
{
    emit progress(event);
}

void Job::reportLog(const QString &line)
{
    emit log(line);
}

void Job::reportEvent(const QVariant &value)
{
    emit event(value);
}

void Job::finish(const Result<QVariant> &outcome)
{
    JobResult result;
    if (outcome) {
        result.ok = true;
        result.value = *outcome;
    } else {
        result.error = outcome.error();
    }
    {
        QMutexLocker lock(&m_mutex);
        m_result = result;
    }
    m_finished.store(true);
    emit finished(result);
}

} // namespace Ponton
