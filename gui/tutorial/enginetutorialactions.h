#pragma once

#include "tutorial/tutorialactions.h"

#include "engine/buildrequests.h"
#include "engine/job.h"

#include <QPointer>

#include <functional>

namespace Ponton { class Engine; }

namespace Ponton::Gui {

// The tutorial's buttons, done for real through the engine: pull, open a shell in a new container for the
// user to install curl in (its PTY goes to the page through terminalOpened) then commit it, build the
// chapter's Dockerfile, list, build the better Dockerfile twice, tag, remove, inspect. The checks look at
// the real outcome: the shell's container changed /usr/bin/curl, the image is in the store, the committed
// or built image's last layer holds /usr/bin/curl, the second build took its steps from the cache, the two
// tags name one ID...
// Every call is a chain of engine jobs; nothing waits on the GUI thread.
class EngineTutorialActions : public TutorialActions
{
    Q_OBJECT
public:
    explicit EngineTutorialActions(Engine *engine, QObject *parent = nullptr);

    // Where the chapters' Dockerfiles are written (default: the application's data folder).
    QString workspace() const { return m_workspace; }
    void setWorkspace(const QString &folder) { m_workspace = folder; }
    // The Dockerfiles the chapters build.
    static QByteArray firstDockerfile();
    static QByteArray betterDockerfile();

    void runStep(const QString &chapterId) override;
    void checkStep(const QString &chapterId) override;
    void cancel() override;
    void detachShell() override;
    bool isBusy() const override { return !m_busy.isEmpty(); }

private:
    using Next = std::function<void(const Ponton::JobResult &)>;

    // Follows `job`: its log and progress become the step's output, then `next` gets its result.
    void follow(Job *job, Next next);
    void finishStep(const TutorialOutcome &outcome);
    void finishCheck(const QString &chapterId, const TutorialOutcome &outcome);
    void output(const QString &line);
    void failStep(const Error &error);
    void ensureImage(const QString &reference, std::function<void()> then);

    void runPull();
    void runCommit();
    void openShell(const QString &containerId, const Ponton::JobResult &started);
    void killShell();
    void onShellEnded(const QString &containerId);
    void checkShellChanges(const QString &containerId);
    void commitInstalled(const QString &containerId);
    void runBuild(const QString &folder, const QByteArray &dockerfile, const QString &tag, std::function<void(const BuildResult &)> then);
    void runImages();
    void runLayers();
    void runTags();
    void runRmi();
    void runDefinition();

    void checkPulled(const QString &chapterId);
    void checkLastLayerHolds(const QString &chapterId, const QString &image, const QString &path);
    void checkImages(const QString &chapterId);
    void checkLayers(const QString &chapterId);
    void checkTags(const QString &chapterId);
    void checkRemoved(const QString &chapterId);
    void checkDefinition(const QString &chapterId);

    static TutorialOutcome succeeded(const QString &message);
    static TutorialOutcome failed(const QString &message, const QString &detail = {});
    static TutorialOutcome fromError(const Error &error);

    Engine *m_engine;
    QString m_workspace;
    QString m_busy;            // the chapter whose step runs
    QPointer<Job> m_job;       // its current job
    bool m_canceled = false;
    QString m_shell;           // the commit step's container, while its shell runs
    PtySession *m_session = nullptr;   // that shell's terminal, until the step finishes
};

} // namespace Ponton::Gui
