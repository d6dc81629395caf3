#pragma once

#include "engine/containerrequests.h"
#include "engine/job.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Ponton { class Engine; }

namespace Ponton::Gui {

class CommitDialog;
class ContainerTableModel;
class ContainerTerminalTab;

// The Containers page: the table of `ponton ps -a`, refreshed through engine jobs; run, start (with the
// terminal attached, as `start -i`), stop, pause, resume, commit (with a preview of the new layer) and
// remove; a terminal tab per attached container. Under it, the equivalent `ponton` command.
class ContainersView : public QWidget
{
    Q_OBJECT
public:
    explicit ContainersView(Engine *engine, QWidget *parent = nullptr);

    ContainerTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTabWidget *terminals() const { return m_terminals; }
    ContainerTerminalTab *terminalFor(const QString &containerId) const;
    CommitDialog *commitDialog() const { return m_commitDialog; }
    QString command() const { return m_lastCommand; }
    bool isRefreshing() const { return m_refreshing; }
    QString selectedContainer() const;
    void selectContainer(const QString &containerId);

public slots:
    void refresh();
    // `ponton run -it IMAGE [COMMAND]`: a new container with a TTY, attached in a terminal tab.
    void runInteractive(const QString &image, const QStringList &command = {});
    void startContainer(const QString &containerId);   // `start -i`: restarts and reattaches
    void attachContainer(const QString &containerId);
    void stopContainer(const QString &containerId);
    void pauseContainer(const QString &containerId);
    void resumeContainer(const QString &containerId);
    void removeContainer(const QString &containerId, bool force = false);
    void commitContainer(const QString &containerId);   // opens the commit dialog
    void commit(const Ponton::CommitRequest &request);

signals:
    void refreshed(int rows);
    void terminalOpened(const QString &containerId);
    void terminalClosed(const QString &containerId);
    // One action (start, stop, commit...) ended; message says how, for people.
    void actionFinished(const QString &action, bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createToolbar();
    void retranslate();
    void updateButtons();
    void setCommand(const QString &command);
    void runAction(const QString &action, const QString &command, Job *job,
                   std::function<QString(const QVariant &)> describe = {});
    void openTerminal(const Ponton::JobResult &result, const QString &action);
    void closeTerminal(const QString &containerId);
    void showError(const QString &action, const Error &error);
    static QString actionName(const QString &action);

    Engine *m_engine;
    ContainerTableModel *m_model;
    QTableView *m_table;
    QTabWidget *m_terminals;
    QLineEdit *m_image = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_commitButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QCheckBox *m_showAll = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_command = nullptr;
    QString m_lastCommand;
    CommitDialog *m_commitDialog = nullptr;
    QTimer m_autoRefresh;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
};

} // namespace Ponton::Gui
