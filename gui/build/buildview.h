#pragma once

#include "engine/buildrequests.h"
#include "engine/job.h"

#include <QPointer>
#include <QStringList>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Ponton { class Engine; }
namespace Ponton::Build { struct BuildEvent; }

namespace Ponton::Gui {

class BuildStepModel;
class DockerfileChecker;
class DockerfileEditor;

// The Build page: the Dockerfile editor with hints as you type, the context (a folder or a .zip), tags
// and build arguments, the live log with the classic builder's lines, and a timeline of the steps
// (duration, cache hit or miss and why, layer size). A click on a step or a log line shows its
// instruction; a step's image opens in a terminal. The last build's settings are remembered.
class BuildView : public QWidget
{
    Q_OBJECT
public:
    explicit BuildView(Engine *engine, QWidget *parent = nullptr);
    ~BuildView() override;

    DockerfileEditor *editor() const { return m_editor; }
    DockerfileChecker *checker() const { return m_checker; }
    BuildStepModel *stepModel() const { return m_steps; }
    QTableView *timeline() const { return m_timeline; }
    QPlainTextEdit *log() const { return m_log; }
    bool isBuilding() const { return m_job != nullptr || m_preparing; }
    // The request the fields describe (the Dockerfile path is where the editor's text is saved).
    BuildRequest request() const;
    // The equivalent `ponton build` command.
    QString command() const;
    static QString command(const BuildRequest &request);

    void setContext(const QString &path);
    void setDockerfilePath(const QString &path);
    void setTags(const QString &tags);            // space-separated
    void setBuildArgs(const QString &arguments);  // "K=V K2=V2"
    void setNoCache(bool noCache);

public slots:
    void build();
    void rebuild();   // with the settings of the last build, remembered between runs
    void cancel();
    void chooseContextFolder();
    void chooseContextZip();
    void openDockerfile(const QString &path);
    void showStep(int row);        // selects the step's instruction in the editor
    void showLogLine(int block);   // the instruction that printed that log line
    void openTerminalInSelectedStep();

signals:
    void buildStarted();
    void buildFinished(bool ok, const QString &message);
    void dockerfileLoaded(const QString &path);
    // The image of a step, to run a shell in (the Containers view does it).
    void terminalRequested(const QString &imageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createSettingsArea();
    QWidget *createResultsArea();
    void retranslate();
    void updateState();
    void updateCommand();
    void remember(const BuildRequest &request);
    std::optional<BuildRequest> remembered() const;
    void startBuild(const BuildRequest &request);
    void launch(const BuildRequest &request);
    void onEvent(const QVariant &value);
    void onFinished(const Ponton::JobResult &result);
    void appendLog(const QString &line, int dockerfileLine);
    void flushLog(qsizetype maxLines);
    void applyRequest(const BuildRequest &request);
    QString dockerfileTarget(const BuildRequest &request);

    Engine *m_engine;
    DockerfileEditor *m_editor = nullptr;
    DockerfileChecker *m_checker = nullptr;
    BuildStepModel *m_steps = nullptr;
    QTableView *m_timeline = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QList<int> m_logLines;     // Dockerfile line of each log block (0: none)
    // Lines waiting to be shown: a RUN step printing thousands of lines is shown in a few batches, not
    // one edit of the log per line (each costs a layout on the GUI thread).
    QStringList m_pendingLog;
    QList<int> m_pendingLogLines;
    QTimer *m_logFlush = nullptr;
    int m_currentLine = 0;
    QLabel *m_contextLabel = nullptr;
    QLineEdit *m_context = nullptr;
    QPushButton *m_folderButton = nullptr;
    QPushButton *m_zipButton = nullptr;
    QLabel *m_dockerfileLabel = nullptr;
    QLineEdit *m_dockerfile = nullptr;
    QPushButton *m_openButton = nullptr;
    QLabel *m_tagLabel = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_argsLabel = nullptr;
    QLineEdit *m_args = nullptr;
    QCheckBox *m_noCache = nullptr;
    QPushButton *m_buildButton = nullptr;
    QPushButton *m_rebuildButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_terminalButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_command = nullptr;
    QPointer<Job> m_job;
    bool m_preparing = false;
    std::unique_ptr<QTemporaryDir> m_scratch;   // the editor's text for a .zip context without a Dockerfile path
};

} // namespace Ponton::Gui
