#pragma once

#include "engine/job.h"

#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace Ponton { class Engine; }
namespace Ponton::Store { struct RemovalPreview; }

namespace Ponton::Gui {

class PullDialog;

// The actions of the Images page on the engine: pull, tag, remove (explained before it is done), history,
// inspect, save, load, push. Each runs as an engine job; commandShown() gives the equivalent `ponton`
// command, failed() the error, and changed() asks for a new listing. Dialogs are opened, never exec()'d.
class ImageActions : public QObject
{
    Q_OBJECT
public:
    ImageActions(Engine *engine, QWidget *window);

    PullDialog *pullDialog() const;
    // The message of the last removal preview, as its dialog shows it.
    QString lastRemovalExplanation() const { return m_explanation; }
    static QString explain(const Store::RemovalPreview &preview);

public slots:
    void pull(const QString &reference = {});
    void tag(const QString &source, const QString &target);
    void askTag(const QString &source);
    // Shows what the removal would do; removes when confirmed (or at once with `confirmed`, pruning).
    void remove(const QString &name, bool confirmed = false);
    void history(const QString &name);
    void inspect(const QString &name);
    void save(const QString &name, const QString &path);
    void load(const QString &path);
    void push(const QString &source, const QString &target);
    void askPush(const QString &source);

signals:
    void commandShown(const QString &command);
    void changed();
    void failed(const QString &message);
    void done(const QString &what);   // a short, translated line for the status bar
    void removalExplained(const QString &explanation, bool blocked);
    void historyShown(int rows);
    void inspected(const QString &json);

private:
    template<typename Done> void run(Job *job, const QString &what, const QString &next, Done done);
    void showError(const QString &what, const Error &error, const QString &next);
    // The removal's question: the preview, the buttons, and rmi --no-prune as a check box when there are
    // untagged parents to keep; toggling it previews again (previewAgain) before a removal can start.
    void confirmRemoval(const Store::RemovalPreview &preview);
    void showRemovalPreview(QMessageBox *box, const Store::RemovalPreview &preview);
    void previewAgain(QMessageBox *box, const QString &name, bool prune);
    static void setRemoveButtonsEnabled(QMessageBox *box, bool enabled);
    void removeNow(const QString &name, bool force, bool prune);
    // The `ponton rmi` line the dialog's choices stand for.
    static QString rmiCommand(const QString &name, bool force, bool prune);
    // What `ponton rmi -f` does when only containers hold the image: nothing more (None: a child image
    // or, by ID, a running container blocks it), untag it (by tag), or delete it (by ID, stopped containers).
    enum class ForceChoice { None, Untag, Delete };
    static ForceChoice forceChoice(const Store::RemovalPreview &preview);

    Engine *m_engine;
    QWidget *m_window;
    QPointer<PullDialog> m_pull;
    QString m_explanation;
};

} // namespace Ponton::Gui
