#include "images/imagesview.h"

#include "engine/engine.h"
#include "images/imageactions.h"
#include "images/imagetablemodel.h"
#include "images/layersizechart.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

ImagesView::ImagesView(Engine *engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_model(new ImageTableModel(this)), m_table(new QTableView(this)),
      m_showIntermediate(new QCheckBox(this)), m_refreshButton(new QPushButton(this)), m_status(new QLabel(this)),
      m_command(new QLabel(this)), m_actions(new ImageActions(engine, this)), m_chart(new LayerSizeChart(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setStyleSheet(u"font-family: monospace;"_s);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_refreshButton);
    tools->addWidget(m_showIntermediate);
    tools->addStretch();
    tools->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_table, 3);
    createActionButtons();
    auto *actionRow = new QHBoxLayout;
    for (QPushButton *button : std::as_const(m_actionButtons))
        actionRow->addWidget(button);
    actionRow->addStretch();
    layout->addLayout(actionRow);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_command);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImagesView::showSelection);
    connect(m_actions, &ImageActions::commandShown, this, [this](const QString &text) { m_command->setText(tr("Command: %1").arg(text)); });
    connect(m_actions, &ImageActions::changed, this, &ImagesView::refresh);
    connect(m_actions, &ImageActions::done, m_status, &QLabel::setText);
    connect(m_actions, &ImageActions::failed, m_status, &QLabel::setText);

    connect(m_refreshButton, &QPushButton::clicked, this, &ImagesView::refresh);
    connect(m_showIntermediate, &QCheckBox::toggled, this, &ImagesView::refresh);
    retranslate();
}

QString ImagesView::command() const
{
    return m_showIntermediate->isChecked() ? u"ponton images -a"_s : u"ponton images"_s;
}

void ImagesView::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_status->setText(tr("Loading…"));
    Store::ImageListRequest request;
    request.all = m_showIntermediate->isChecked();
    Job *job = m_engine->listImages(request);
    connect(job, &Job::finished, this, [this, job](const Ponton::JobResult &result) {
        job->deleteLater();
        showResult(result);
    });
    m_command->setText(tr("Command: %1").arg(command()));
}

void ImagesView::createActionButtons()
{
    const auto add = [this](auto slot, bool needsSelection) {
        auto *button = new QPushButton(this);
        button->setProperty("needsSelection", needsSelection);
        connect(button, &QPushButton::clicked, this, slot);
        m_actionButtons.append(button);
    };
    add([this] { m_actions->pull(); }, false);
    add([this] { m_actions->askTag(selectedImage()); }, true);
    add([this] { m_actions->remove(selectedImage()); }, true);
    add([this] { m_actions->history(selectedImage()); }, true);
    add([this] { m_actions->inspect(selectedImage()); }, true);
    add([this] { saveSelected(); }, true);
    add([this] { loadArchive(); }, false);
    add([this] { m_actions->askPush(selectedImage()); }, true);
    add([this] { emit layersRequested(selectedImage()); }, true);
}

QString ImagesView::selectedImage() const
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const Store::ImageRow &image = m_model->rows().at(row);
    return image.tag == u"<none>"_s ? image.id.shortId() : image.repository + u':' + image.tag;
}

void ImagesView::selectRow(int row)
{
    m_table->selectRow(row);
}

void ImagesView::showSelection()
{
    const QString image = selectedImage();
    for (QPushButton *button : std::as_const(m_actionButtons))
        button->setEnabled(!image.isEmpty() || !button->property("needsSelection").toBool());
    if (image.isEmpty() || image == m_chartImage)
        return;
    m_chartImage = image;
    Job *job = m_engine->history(image);
    connect(job, &Job::finished, this, [this, job, image](const Ponton::JobResult &result) {
        job->deleteLater();
        if (result.ok && image == m_chartImage)
            m_chart->setHistory(image, result.value.value<QList<Store::HistoryRow>>());
    });
}

void ImagesView::saveSelected()
{
    const QString image = selectedImage();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save %1").arg(image), image.section(u':', 0, 0).section(u'/', -1) + u".tar"_s,
                                                      tr("Image archives (*.tar)"));
    if (!path.isEmpty())
        m_actions->save(image, path);
}

void ImagesView::loadArchive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load images"), QString(), tr("Image archives (*.tar *.tar.gz)"));
    if (!path.isEmpty())
        m_actions->load(path);
}

void ImagesView::showResult(const Ponton::JobResult &result)
{
    m_refreshing = false;
    if (!result.ok) {
        m_status->setText(tr("Cannot list the images: %1").arg(result.error.message));
        emit failed(result.error.message);
    } else {
        m_model->setRows(result.value.value<QList<Store::ImageRow>>());
        m_table->resizeColumnsToContents();
        if (m_model->rowCount() > 0 && m_table->currentIndex().row() < 0)
            m_table->selectRow(0);
        showSelection();
        m_status->setText(tr("%n image(s)", nullptr, m_model->rowCount()));
        emit refreshed(m_model->rowCount());
    }
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

void ImagesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImagesView::retranslate()
{
    m_refreshButton->setText(tr("Refresh"));
    m_showIntermediate->setText(tr("Show intermediate images"));
    m_showIntermediate->setToolTip(tr("Intermediate images are the untagged steps of a build that other images are made from (ponton images -a)."));
    m_command->setText(tr("Command: %1").arg(command()));
    const QString labels[] = {tr("Pull…"), tr("Tag…"), tr("Remove…"), tr("History"), tr("Inspect"),
                              tr("Save…"), tr("Load…"), tr("Push…"), tr("Layers")};
    for (qsizetype i = 0; i < m_actionButtons.size(); ++i)
        m_actionButtons.at(i)->setText(labels[i]);
}

} // namespace Ponton::Gui
