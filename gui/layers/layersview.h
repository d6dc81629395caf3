#pragma once

#include "engine/job.h"
#include "engine/layerrequests.h"
#include "store/imageplatforms.h"

#include <QModelIndex>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeView;

namespace Ponton { class Engine; }

namespace Ponton::Gui {

class FileTreeModel;

// The Layers page, as dive shows an image: its layers (created by, size, digest) on the left, the file
// tree of the chosen layer on the right (this layer only, or everything up to it) with added, modified
// and removed marks; wasted space and the efficiency score; search; a text file's content; extraction
// of a file or of a selection as a zip; the differences with another image. The analysis and every
// file read are engine jobs.
class LayersView : public QWidget
{
    Q_OBJECT
public:
    explicit LayersView(Engine *engine, QWidget *parent = nullptr);

    FileTreeModel *fileModel() const { return m_files; }
    QTreeView *fileTree() const { return m_tree; }
    QTableWidget *layerTable() const { return m_layers; }
    QTableWidget *wastedTable() const { return m_wasted; }
    QComboBox *platformChooser() const { return m_platform; }
    QPushButton *platformPullButton() const { return m_pullPlatform; }
    const QList<Store::PlatformChoice> &platforms() const { return m_platforms; }
    QString status() const;
    QString commandLine() const;   // the "Command:" line under the view
    QString summary() const;
    QString command() const;
    bool isAnalyzing() const { return m_analyzing; }
    QString shownImage() const { return m_shown; }
    int currentLayer() const;

public slots:
    // Lists the store's images into the chooser.
    void refreshImages();
    // Analyses `image` (a reference or an ID) in an engine job. Asked while another image is analysed,
    // it cancels that analysis and runs next (the last image asked for wins).
    void showImage(const QString &image);
    void selectLayer(int layer);
    void setLayerOnly(bool layerOnly);
    void setSearch(const QString &text);
    // The content of a regular file of the tree (a dialog; binary files are described, not shown).
    void viewContent(const QModelIndex &index);
    void extractFile(const QModelIndex &index, const QString &destination);
    void exportZip(const QModelIndexList &indexes, const QString &zipPath);
    void compareWith(const QString &other);
    // Multi-platform images: shows the chosen platform of the index the image came from (its layers
    // when the store has it; else how to pull it), and pulls the chosen platform (an engine job).
    void choosePlatform(int index);
    void pullPlatform();

signals:
    void imagesListed(int count);
    void analyzed(int layers);
    void contentRead(const QString &path, const QByteArray &data, bool truncated);
    void extracted(const QString &destination);
    void compared(int changes);
    void platformsListed(int count);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showAnalysis(const LayerAnalysis &analysis);
    void fillLayers();
    void fillWasted();
    void applyView();
    void showError(const QString &what, const Error &error, const QString &next);
    void listPlatforms(const QString &image);
    void showDiff(const QString &other, const QList<Store::ImageDiffEntry> &changes);
    void chooseExtraction();
    void chooseExport();
    void retranslate();
    template<typename Done> void watch(Job *job, Done done);

    Engine *m_engine;
    FileTreeModel *m_files;
    QComboBox *m_image;
    QComboBox *m_compare;
    QPushButton *m_compareButton;
    QLabel *m_imageLabel;
    QLabel *m_compareLabel;
    QLabel *m_platformLabel;
    QComboBox *m_platform;
    QPushButton *m_pullPlatform;
    QList<Store::PlatformChoice> m_platforms;  // of the index the shown image came from
    bool m_keepPlatforms = false;              // the next analysis is one of m_platforms
    QTabWidget *m_tabs;
    QTableWidget *m_layers;
    QTableWidget *m_wasted;
    QLabel *m_summary;
    QComboBox *m_scope;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QPushButton *m_view;
    QPushButton *m_extract;
    QPushButton *m_export;
    QLabel *m_status;
    QLabel *m_command;
    QString m_shown;          // the image of the analysis shown
    bool m_analyzing = false;
    QString m_analyzingName;  // the image being analysed
    QString m_pending;        // the image asked for while another was analysed
    QPointer<Job> m_job;
};

} // namespace Ponton::Gui
