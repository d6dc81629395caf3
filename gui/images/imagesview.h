#pragma once

#include "engine/job.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Ponton { class Engine; }

namespace Ponton::Gui {

class ImageTableModel;

// The Images page: the local store as `ponton images` lists it, with intermediate images on demand.
// Listing is an engine job: the GUI thread only starts it and shows its result.
class ImagesView : public QWidget
{
    Q_OBJECT
public:
    explicit ImagesView(Engine *engine, QWidget *parent = nullptr);

    ImageTableModel *model() const { return m_model; }
    bool isRefreshing() const { return m_refreshing; }
    // The equivalent command, as shown under the table.
    QString command() const;

public slots:
    void refresh();

signals:
    void refreshed(int rows);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResult(const Ponton::JobResult &result);
    void retranslate();

    Engine *m_engine;
    ImageTableModel *m_model;
    QTableView *m_table;
    QCheckBox *m_showIntermediate;
    QPushButton *m_refreshButton;
    QLabel *m_status;
    QLabel *m_command;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
};

} // namespace Ponton::Gui
