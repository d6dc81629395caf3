#pragma once

#include "engine/job.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Ponton { class Engine; }

namespace Ponton::Gui {

// `ponton pull` as a dialog: the reference (and a platform), then one progress bar per layer driven by
// the pull job's progress events, with the states docker pull prints (Waiting, Downloading,
// Verifying Checksum, Download complete, Already exists, Extracting, Pull complete). Cancel stops the job.
class PullDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PullDialog(Engine *engine, QWidget *parent = nullptr);

    void setReference(const QString &reference);
    QString command() const;
    bool isPulling() const { return m_job != nullptr; }
    int layerRows() const { return int(m_rows.size()); }
    // The state text and the bar's percentage of a layer row (by its 12-character digest).
    QString layerState(const QString &shortDigest) const;
    int layerPercent(const QString &shortDigest) const;

    static QString stateText(const QString &state);

public slots:
    void start();

signals:
    void pulled(const QString &reference);
    void failed(const QString &message);

private:
    struct Row { QLabel *name; QProgressBar *bar; QLabel *state; };
    void showProgress(const Ponton::ProgressEvent &event);
    void showResult(const Ponton::JobResult &result);
    Row &rowFor(const QString &shortDigest);
    void clearRows();

    Engine *m_engine;
    QLineEdit *m_reference;
    QLineEdit *m_platform;
    QGridLayout *m_grid;
    QLabel *m_status;
    QLabel *m_command;
    QPushButton *m_pull;
    QDialogButtonBox *m_buttons;
    QHash<QString, Row> m_rows;
    Job *m_job = nullptr;
};

} // namespace Ponton::Gui
