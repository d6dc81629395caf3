#pragma once

#include "engine/job.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Ponton { class Engine; }

namespace Ponton::Gui {

class ImageActions;
class ImageTableModel;
class LayerSizeChart;

// The Images page: the local store as `ponton images` lists it, with intermediate images on demand, the
// actions on the selected image (ImageActions) and a chart of its layer sizes. Listing and every action
// are engine jobs: the GUI thread only starts them and shows their results.
class ImagesView : public QWidget
{
    Q_OBJECT
public:
    explicit ImagesView(Engine *engine, QWidget *parent = nullptr);

    ImageTableModel *model() const { return m_model; }
    bool isRefreshing() const { return m_refreshing; }
    // The equivalent command, as shown under the table.
    QString command() const;
    ImageActions *actions() const { return m_actions; }
    LayerSizeChart *chart() const { return m_chart; }
    // The selected image as a name the engine resolves: "repository:tag", or its short ID.
    QString selectedImage() const;
    void selectRow(int row);

public slots:
    void refresh();

signals:
    void refreshed(int rows);
    void failed(const QString &message);
    void layersRequested(const QString &image);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResult(const Ponton::JobResult &result);
    void retranslate();
    void createActionButtons();
    void showSelection();
    void saveSelected();
    void loadArchive();

    Engine *m_engine;
    ImageTableModel *m_model;
    QTableView *m_table;
    QCheckBox *m_showIntermediate;
    QPushButton *m_refreshButton;
    QLabel *m_status;
    QLabel *m_command;
    ImageActions *m_actions;
    LayerSizeChart *m_chart;
    QList<QPushButton *> m_actionButtons;
    QString m_chartImage;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
};

} // namespace Ponton::Gui
