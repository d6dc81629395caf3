#include "images/imagesview.h"

#include "engine/engine.h"
#include "images/imagetablemodel.h"

#include <QCheckBox>
#include <QEvent>
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
      m_command(new QLabel(this))
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
    layout->addWidget(m_table);
    layout->addWidget(m_command);

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

void ImagesView::showResult(const Ponton::JobResult &result)
{
    m_refreshing = false;
    if (!result.ok) {
        m_status->setText(tr("Cannot list the images: %1").arg(result.error.message));
        emit failed(result.error.message);
    } else {
        m_model->setRows(result.value.value<QList<Store::ImageRow>>());
        m_table->resizeColumnsToContents();
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
}

} // namespace Ponton::Gui
