#include "layers/layersview.h"

#include "engine/engine.h"
#include "images/imagetablemodel.h"
#include "layers/filecontentdialog.h"
#include "layers/filetreemodel.h"
#include "layers/imagediffdialog.h"

#include "registry/pullrequest.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;
using Ponton::Store::ImageRecord;
using Ponton::Store::LayerTree;

namespace Ponton::Gui {

namespace {

constexpr qint64 MaxShownBytes = 1024 * 1024;

QTableWidget *makeTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

LayersView::LayersView(Engine *engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_files(new FileTreeModel(this)), m_image(new QComboBox(this)),
      m_compare(new QComboBox(this)), m_compareButton(new QPushButton(this)),
      m_imageLabel(new QLabel(this)), m_compareLabel(new QLabel(this)), m_platformLabel(new QLabel(this)),
      m_platform(new QComboBox(this)), m_pullPlatform(new QPushButton(this)), m_tabs(new QTabWidget(this)),
      m_layers(makeTable(this)), m_wasted(makeTable(this)), m_summary(new QLabel(this)), m_scope(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_tree(new QTreeView(this)), m_view(new QPushButton(this)),
      m_extract(new QPushButton(this)), m_export(new QPushButton(this)), m_status(new QLabel(this)),
      m_command(new QLabel(this))
{
    m_image->setEditable(true);
    m_image->setMinimumContentsLength(24);
    m_compare->setEditable(true);
    m_compare->setMinimumContentsLength(18);
    m_layers->setColumnCount(4);
    m_wasted->setColumnCount(3);
    m_summary->setWordWrap(true);
    m_scope->addItems({QString(), QString()});
    m_scope->setCurrentIndex(1);
    m_search->setClearButtonEnabled(true);
    m_tree->setModel(m_files);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FileTreeModel::Name, QHeaderView::Stretch);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setStyleSheet(u"font-family: monospace;"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_imageLabel);
    top->addWidget(m_image, 1);
    top->addWidget(m_platformLabel);
    top->addWidget(m_platform);
    top->addWidget(m_pullPlatform);
    for (QWidget *widget : {static_cast<QWidget *>(m_platformLabel), static_cast<QWidget *>(m_platform),
                            static_cast<QWidget *>(m_pullPlatform)})
        widget->hide();
    top->addSpacing(16);
    top->addWidget(m_compareLabel);
    top->addWidget(m_compare, 1);
    top->addWidget(m_compareButton);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_layers, QString());
    m_tabs->addTab(m_wasted, QString());
    leftLayout->addWidget(m_tabs, 1);
    leftLayout->addWidget(m_summary);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_search, 1);
    rightLayout->addLayout(filters);
    rightLayout->addWidget(m_tree, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_view);
    actions->addWidget(m_extract);
    actions->addWidget(m_export);
    actions->addStretch();
    rightLayout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_command);

    // The chosen image is analysed by itself: picked in the list, or typed and confirmed with Enter.
    connect(m_image, &QComboBox::activated, this, [this] { showImage(m_image->currentText()); });
    connect(m_platform, &QComboBox::activated, this, &LayersView::choosePlatform);
    connect(m_pullPlatform, &QPushButton::clicked, this, &LayersView::pullPlatform);
    connect(m_compareButton, &QPushButton::clicked, this, [this] { compareWith(m_compare->currentText()); });
    connect(m_layers, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            applyView();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { applyView(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { m_files->setSearch(text); });
    connect(m_tree, &QTreeView::doubleClicked, this, &LayersView::viewContent);
    connect(m_view, &QPushButton::clicked, this, [this] { viewContent(m_tree->currentIndex()); });
    connect(m_extract, &QPushButton::clicked, this, &LayersView::chooseExtraction);
    connect(m_export, &QPushButton::clicked, this, &LayersView::chooseExport);
    connect(m_wasted, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        m_search->setText(m_wasted->item(row, 0)->text().section(u'/', -1));
    });
    retranslate();
}

template<typename Done>
void LayersView::watch(Job *job, Done done)
{
    connect(job, &Job::finished, this, [job, done](const Ponton::JobResult &result) {
        job->deleteLater();
        done(result);
    });
}

void LayersView::refreshImages()
{
    watch(m_engine->listImages({}), [this](const Ponton::JobResult &result) {
        if (!result.ok)
            return;
        QStringList names;
        for (const Store::ImageRow &row : result.value.value<QList<Store::ImageRow>>()) {
            if (!row.platformOf.isEmpty())
                continue; // offered by the platform chooser of the tagged image it belongs to
            names.append(row.tag == u"<none>"_s ? row.id.shortId() : row.repository + u':' + row.tag);
        }
        for (QComboBox *box : {m_image, m_compare}) {
            const QSignalBlocker blocker(box);
            const QString text = box->currentText();
            box->clear();
            box->addItems(names);
            box->setCurrentText(text.isEmpty() && box == m_image ? names.value(0) : text);
        }
        emit imagesListed(int(names.size()));
        // The chooser's image is shown without being asked for, once the store has it.
        const QString chosen = m_image->currentText().trimmed();
        if (!chosen.isEmpty() && names.contains(chosen) && chosen != m_shown && chosen != m_analyzingName)
            showImage(chosen);
    });
}

void LayersView::showImage(const QString &image)
{
    const QString name = image.trimmed();
    if (name.isEmpty())
        return;
    if (m_analyzing) {
        // One analysis at a time: the running one is canceled when another image is asked for, and the
        // last image asked for is analysed when it ends.
        if (name == m_analyzingName) {
            m_pending.clear();
            return;
        }
        m_pending = name;
        if (m_job)
            m_job->cancel();
        return;
    }
    m_analyzing = true;
    m_analyzingName = name;
    m_image->setCurrentText(name);
    m_status->setText(tr("Reading the layers of %1…").arg(name));
    Job *job = m_engine->analyzeLayers(name);
    m_job = job;
    connect(job, &Job::progress, this, [this, name](const Ponton::ProgressEvent &event) {
        if (event.total > 0)
            m_status->setText(tr("Reading the layers of %1: %2 of %3").arg(name).arg(event.current).arg(event.total));
    });
    watch(job, [this, name](const Ponton::JobResult &result) {
        m_analyzing = false;
        m_analyzingName.clear();
        m_job = nullptr;
        if (!m_pending.isEmpty()) {
            const QString next = std::exchange(m_pending, QString());
            showImage(next);
            return;
        }
        if (!result.ok) {
            showError(tr("Cannot read the layers of %1").arg(name), result.error,
                      tr("Check the name with ponton images, or pull the image first."));
            return;
        }
        m_shown = name;
        showAnalysis(result.value.value<LayerAnalysis>());
        if (!std::exchange(m_keepPlatforms, false))
            listPlatforms(name);
    });
}

void LayersView::listPlatforms(const QString &image)
{
    Engine *engine = m_engine;
    Job *job = engine->startJob(u"image-platforms"_s, [engine, image](Job &) -> Result<QVariant> {
        Result<QList<Store::PlatformChoice>> choices = Store::ImagePlatforms(engine->store()).list(image);
        if (!choices)
            return std::unexpected(choices.error());
        return QVariant::fromValue(*choices);
    });
    watch(job, [this, image](const Ponton::JobResult &result) {
        if (image != m_shown)
            return; // another image was shown meanwhile
        m_platforms = result.ok ? result.value.value<QList<Store::PlatformChoice>>() : QList<Store::PlatformChoice>();
        const QSignalBlocker blocker(m_platform);
        m_platform->clear();
        for (const Store::PlatformChoice &choice : std::as_const(m_platforms)) {
            m_platform->addItem(choice.image ? choice.platform.toString()
                                             : tr("%1 (not in the store)").arg(choice.platform.toString()));
            if (choice.current)
                m_platform->setCurrentIndex(m_platform->count() - 1);
        }
        const bool several = m_platforms.size() > 1;
        m_platformLabel->setVisible(several);
        m_platform->setVisible(several);
        m_pullPlatform->hide();
        if (!result.ok)
            m_status->setText(tr("The platforms of %1 cannot be listed: %2").arg(image, result.error.message));
        emit platformsListed(int(m_platforms.size()));
    });
}

void LayersView::choosePlatform(int index)
{
    if (index < 0 || index >= m_platforms.size())
        return;
    m_platform->setCurrentIndex(index);
    const Store::PlatformChoice &choice = m_platforms.at(index);
    for (Store::PlatformChoice &other : m_platforms)
        other.current = &other == &choice;
    if (choice.image) {
        m_pullPlatform->hide();
        m_keepPlatforms = true;
        const ImageRecord &image = *choice.image;
        showImage(image.tags.isEmpty() ? image.id.toString() : image.tags.constFirst().toString());
        return;
    }
    m_pullPlatform->setVisible(!choice.pullReference.isEmpty());
    m_status->setText(choice.pullReference.isEmpty()
                          ? tr("%1 is not in the store, and where it was pulled from is not recorded.").arg(choice.platform.toString())
                          : tr("%1 is not in the store. Pull it to see its layers.").arg(choice.platform.toString()));
    m_command->setText(tr("Command: %1").arg(choice.pullReference.isEmpty() ? u"ponton pull --platform %1 IMAGE"_s.arg(choice.platform.toString())
                                                                            : u"ponton pull %1"_s.arg(choice.pullReference)));
}

void LayersView::pullPlatform()
{
    const int index = m_platform->currentIndex();
    if (index < 0 || index >= m_platforms.size() || m_platforms.at(index).pullReference.isEmpty())
        return;
    const Store::PlatformChoice choice = m_platforms.at(index);
    m_pullPlatform->setEnabled(false);
    m_status->setText(tr("Pulling %1 for %2…").arg(choice.pullReference, choice.platform.toString()));
    watch(m_engine->pull(choice.pullReference, QString()), [this, choice, index](const Ponton::JobResult &result) {
        m_pullPlatform->setEnabled(true);
        if (!result.ok) {
            showError(tr("Cannot pull %1").arg(choice.pullReference), result.error,
                      tr("Check that the registry is reachable, or pull it with the command shown."));
            return;
        }
        // The store has that platform now: its layers are shown, the other platforms stay offered.
        const Registry::PullResult pulled = result.value.value<Registry::PullResult>();
        if (index < m_platforms.size() && m_platforms.at(index).manifest == choice.manifest) {
            ImageRecord image;
            image.id = pulled.imageId;
            m_platforms[index].image = image;
            m_platform->setItemText(index, choice.platform.toString());
        }
        m_pullPlatform->hide();
        m_keepPlatforms = true;
        showImage(pulled.imageId.toString());
    });
}

QString LayersView::status() const
{
    return m_status->text();
}

QString LayersView::commandLine() const
{
    return m_command->text();
}

void LayersView::showAnalysis(const LayerAnalysis &analysis)
{
    m_files->setAnalysis(analysis);
    fillLayers();
    fillWasted();
    m_summary->setText(summary());
    m_status->setText(tr("%n layer(s), %1 files and folders", nullptr, analysis->layerCount())
                          .arg(analysis->nodeCount() - 1));
    m_command->setText(tr("Command: %1").arg(command()));
    emit analyzed(analysis->layerCount());
}

void LayersView::fillLayers()
{
    const LayerAnalysis &tree = m_files->analysis();
    const QSignalBlocker blocker(m_layers);
    m_layers->setRowCount(tree->layerCount());
    for (int row = 0; row < tree->layerCount(); ++row) {
        const Store::LayerSummary &layer = tree->layer(row);
        m_layers->setItem(row, 0, cell(QString::number(row + 1), Qt::AlignRight | Qt::AlignVCenter));
        m_layers->setItem(row, 1, cell(ImageTableModel::humanSize(layer.fileBytes), Qt::AlignRight | Qt::AlignVCenter));
        m_layers->setItem(row, 2, cell(layer.createdBy.simplified()));
        m_layers->item(row, 2)->setToolTip(layer.createdBy);
        m_layers->setItem(row, 3, cell(layer.digest.hex().left(12)));
        m_layers->item(row, 3)->setToolTip(tr("Layer %1\nUncompressed: %2").arg(layer.digest.toString(), layer.diffId.toString()));
    }
    m_layers->resizeColumnsToContents();
    m_layers->setCurrentCell(tree->layerCount() - 1, 0);
}

void LayersView::fillWasted()
{
    const LayerAnalysis &tree = m_files->analysis();
    const QList<LayerTree::WastedPath> &paths = tree->wastedPaths();
    const int rows = int(qMin<qsizetype>(paths.size(), 500));
    m_wasted->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        m_wasted->setItem(row, 0, cell(tree->path(paths.at(row).node)));
        m_wasted->setItem(row, 1, cell(QString::number(paths.at(row).versions), Qt::AlignRight | Qt::AlignVCenter));
        m_wasted->setItem(row, 2, cell(ImageTableModel::humanSize(paths.at(row).wastedBytes), Qt::AlignRight | Qt::AlignVCenter));
    }
    m_wasted->resizeColumnsToContents();
}

QString LayersView::summary() const
{
    const LayerAnalysis &tree = m_files->analysis();
    if (!tree)
        return {};
    return tr("Layers hold %1; the image shows %2. Wasted: %3 (files overwritten or removed by later layers). "
              "Efficiency: %4 %.")
        .arg(ImageTableModel::humanSize(tree->totalBytes()), ImageTableModel::humanSize(tree->finalBytes()),
             ImageTableModel::humanSize(tree->wastedBytes()), QLocale().toString(tree->efficiency() * 100, 'f', 1));
}

QString LayersView::command() const
{
    return m_shown.isEmpty() ? u"ponton history IMAGE"_s : u"ponton history --no-trunc %1"_s.arg(m_shown);
}

int LayersView::currentLayer() const
{
    return m_layers->currentRow();
}

void LayersView::selectLayer(int layer)
{
    m_layers->setCurrentCell(layer, 0);
}

void LayersView::setLayerOnly(bool layerOnly)
{
    m_scope->setCurrentIndex(layerOnly ? 0 : 1);
}

void LayersView::setSearch(const QString &text)
{
    m_search->setText(text);
}

void LayersView::applyView()
{
    if (!m_files->analysis() || currentLayer() < 0)
        return;
    m_files->setView(currentLayer(), m_scope->currentIndex() == 0 ? LayerTree::Scope::ThisLayer : LayerTree::Scope::UpToLayer);
    if (!m_search->text().isEmpty())
        m_files->setSearch(m_search->text());
}

void LayersView::viewContent(const QModelIndex &index)
{
    if (!index.isValid() || index.data(FileTreeModel::IsFolderRole).toBool())
        return;
    const QList<Store::LayerFileRef> files = m_files->filesOf({index.siblingAtColumn(FileTreeModel::Name)});
    if (files.isEmpty())
        return;
    const Store::LayerFileRef file = files.constFirst();
    m_status->setText(tr("Reading %1…").arg(file.path));
    watch(m_engine->readLayerFile(file, MaxShownBytes), [this, file](const Ponton::JobResult &result) {
        if (!result.ok) {
            showError(tr("Cannot read %1").arg(file.path), result.error, tr("Try another layer, or extract the file."));
            return;
        }
        const auto content = result.value.value<Store::LayerFileContent>();
        m_status->clear();
        auto *dialog = new FileContentDialog(file.path, content, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        emit contentRead(file.path, content.data, content.truncated);
    });
}

void LayersView::chooseExtraction()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid() || index.data(FileTreeModel::IsFolderRole).toBool()) {
        chooseExport();
        return;
    }
    const QString name = m_files->path(index).section(u'/', -1);
    const QString destination = QFileDialog::getSaveFileName(this, tr("Extract %1").arg(name), name);
    if (!destination.isEmpty())
        extractFile(index, destination);
}

void LayersView::chooseExport()
{
    const QModelIndexList selection = m_tree->selectionModel()->selectedRows(FileTreeModel::Name);
    if (selection.isEmpty())
        return;
    const QString destination = QFileDialog::getSaveFileName(this, tr("Export the selection as a zip file"),
                                                             u"files.zip"_s, tr("Zip files (*.zip)"));
    if (!destination.isEmpty())
        exportZip(selection, destination);
}

void LayersView::extractFile(const QModelIndex &index, const QString &destination)
{
    const QList<Store::LayerFileRef> files = m_files->filesOf({index.siblingAtColumn(FileTreeModel::Name)});
    if (files.size() != 1)
        return;
    watch(m_engine->extractLayerFile(files.constFirst(), destination), [this, destination](const Ponton::JobResult &result) {
        if (!result.ok) {
            showError(tr("Cannot extract to %1").arg(destination), result.error, tr("Choose a folder you can write to."));
            return;
        }
        m_status->setText(tr("Extracted to %1").arg(destination));
        emit extracted(destination);
    });
}

void LayersView::exportZip(const QModelIndexList &indexes, const QString &zipPath)
{
    const QList<Store::LayerFileRef> files = m_files->filesOf(indexes);
    m_status->setText(tr("Exporting %n file(s)…", nullptr, int(files.size())));
    watch(m_engine->exportLayerFiles(files, zipPath), [this, zipPath](const Ponton::JobResult &result) {
        if (!result.ok) {
            showError(tr("Cannot export to %1").arg(zipPath), result.error,
                      tr("Select at least one file, and choose a folder you can write to."));
            return;
        }
        m_status->setText(tr("Exported to %1").arg(zipPath));
        emit extracted(zipPath);
    });
}

void LayersView::compareWith(const QString &other)
{
    const QString name = other.trimmed();
    if (name.isEmpty() || m_shown.isEmpty())
        return;
    m_status->setText(tr("Comparing %1 with %2…").arg(m_shown, name));
    watch(m_engine->diffImages(m_shown, name), [this, name](const Ponton::JobResult &result) {
        if (!result.ok) {
            showError(tr("Cannot compare %1 with %2").arg(m_shown, name), result.error,
                      tr("Check both names with ponton images."));
            return;
        }
        showDiff(name, result.value.value<QList<Store::ImageDiffEntry>>());
    });
}

void LayersView::showDiff(const QString &other, const QList<Store::ImageDiffEntry> &changes)
{
    m_status->setText(tr("%n difference(s) between %1 and %2", nullptr, int(changes.size())).arg(m_shown, other));
    auto *dialog = new ImageDiffDialog(m_shown, other, changes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    emit compared(int(changes.size()));
}

void LayersView::showError(const QString &what, const Error &error, const QString &next)
{
    m_status->setText(tr("%1: %2").arg(what, error.message));
    auto *box = new QMessageBox(QMessageBox::Warning, what, error.message, QMessageBox::Ok, this);
    box->setInformativeText(next);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit failed(error.message);
}

void LayersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LayersView::retranslate()
{
    m_imageLabel->setText(tr("Image:"));
    m_compareLabel->setText(tr("Compare with:"));
    m_platformLabel->setText(tr("Platform:"));
    m_pullPlatform->setText(tr("Pull this platform"));
    m_compareButton->setText(tr("Compare"));
    m_tabs->setTabText(0, tr("Layers"));
    m_tabs->setTabText(1, tr("Wasted space"));
    m_layers->setHorizontalHeaderLabels({tr("#"), tr("Size"), tr("Created by"), tr("Digest")});
    m_wasted->setHorizontalHeaderLabels({tr("Path"), tr("Versions"), tr("Wasted")});
    m_scope->setItemText(0, tr("This layer only"));
    m_scope->setItemText(1, tr("Everything up to this layer"));
    m_search->setPlaceholderText(tr("Search files by name"));
    m_view->setText(tr("View content"));
    m_extract->setText(tr("Extract…"));
    m_export->setText(tr("Export as zip…"));
    m_summary->setText(summary());
    m_command->setText(tr("Command: %1").arg(command()));
}

} // namespace Ponton::Gui
