#pragma once

#include "engine/containerrequests.h"
#include "engine/job.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Ponton { class Engine; }

namespace Ponton::Gui {

// `ponton commit`: previews what the new layer will capture (the container's files added, modified and
// removed, read by an engine job), and takes the history message and the new image's tag.
class CommitDialog : public QDialog
{
    Q_OBJECT
public:
    CommitDialog(Engine *engine, const QString &containerId, const QString &containerName, QWidget *parent = nullptr);

    CommitRequest request() const;
    bool isPreviewReady() const { return m_ready; }
    int addedCount() const { return m_added; }
    int modifiedCount() const { return m_modified; }
    int removedCount() const { return m_removed; }
    qint64 previewBytes() const { return m_bytes; }   // the new layer's file data, before the commit
    QStringList previewLines() const;
    QString command() const;
    void setMessage(const QString &message);
    void setTag(const QString &tag);

signals:
    void previewReady();

private:
    void showChanges(const Ponton::JobResult &result);

    QString m_containerId;
    QLabel *m_summary;
    QListWidget *m_changes;
    QLineEdit *m_message;
    QLineEdit *m_tag;
    QLabel *m_command;
    bool m_ready = false;
    int m_added = 0;
    int m_modified = 0;
    int m_removed = 0;
    qint64 m_bytes = 0;
};

} // namespace Ponton::Gui
