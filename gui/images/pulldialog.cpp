#include "images/pulldialog.h"

#include "engine/engine.h"
#include "images/imagetablemodel.h"
#include "registry/pullrequest.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

PullDialog::PullDialog(Engine *engine, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_reference(new QLineEdit(this)), m_platform(new QLineEdit(this)),
      m_grid(new QGridLayout), m_status(new QLabel(this)), m_command(new QLabel(this)),
      m_pull(new QPushButton(tr("Pull"), this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Pull an image"));
    resize(640, 420);
    m_reference->setPlaceholderText(tr("for example nginx:stable-alpine"));
    m_platform->setPlaceholderText(tr("this machine's (for example linux/arm64)"));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setStyleSheet(u"font-family: monospace;"_s);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Image:"), m_reference);
    form->addRow(tr("Platform:"), m_platform);
    auto *layers = new QWidget(this);
    auto *layersLayout = new QVBoxLayout(layers);
    layersLayout->addLayout(m_grid);
    layersLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(layers);
    m_buttons->addButton(m_pull, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_command);
    layout->addWidget(m_buttons);
    connect(m_pull, &QPushButton::clicked, this, &PullDialog::start);
    connect(m_reference, &QLineEdit::returnPressed, this, &PullDialog::start);
    connect(m_reference, &QLineEdit::textChanged, this, [this] { m_command->setText(tr("Command: %1").arg(command())); });
    connect(m_platform, &QLineEdit::textChanged, this, [this] { m_command->setText(tr("Command: %1").arg(command())); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_job)
            m_job->cancel();
        else
            reject();
    });
    m_command->setText(tr("Command: %1").arg(command()));
}

void PullDialog::setReference(const QString &reference)
{
    m_reference->setText(reference);
}

QString PullDialog::command() const
{
    const QString reference = m_reference->text().trimmed().isEmpty() ? u"IMAGE"_s : m_reference->text().trimmed();
    const QString platform = m_platform->text().trimmed();
    return platform.isEmpty() ? u"ponton pull %1"_s.arg(reference) : u"ponton pull --platform %1 %2"_s.arg(platform, reference);
}

QString PullDialog::stateText(const QString &state)
{
    if (state == u"waiting"_s) return tr("Waiting");
    if (state == u"downloading"_s) return tr("Downloading");
    if (state == u"verifying"_s) return tr("Verifying Checksum");
    if (state == u"download-complete"_s) return tr("Download complete");
    if (state == u"extracting"_s) return tr("Extracting");
    if (state == u"already-exists"_s) return tr("Already exists");
    if (state == u"pull-complete"_s) return tr("Pull complete");
    return state;
}

void PullDialog::clearRows()
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.name;
        delete row.bar;
        delete row.state;
    }
    m_rows.clear();
}

void PullDialog::start()
{
    const QString reference = m_reference->text().trimmed();
    if (m_job || reference.isEmpty())
        return;
    clearRows();
    m_pull->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_status->setText(tr("Pulling %1…").arg(reference));
    m_job = m_engine->pull(reference, m_platform->text().trimmed());
    connect(m_job, &Job::progress, this, &PullDialog::showProgress);
    connect(m_job, &Job::finished, this, &PullDialog::showResult);
}

PullDialog::Row &PullDialog::rowFor(const QString &shortDigest)
{
    auto it = m_rows.find(shortDigest);
    if (it != m_rows.end())
        return *it;
    const int line = int(m_rows.size());
    Row row{new QLabel(shortDigest), new QProgressBar, new QLabel};
    row.name->setStyleSheet(u"font-family: monospace;"_s);
    row.bar->setRange(0, 100);
    row.bar->setValue(0);
    m_grid->addWidget(row.name, line, 0);
    m_grid->addWidget(row.bar, line, 1);
    m_grid->addWidget(row.state, line, 2);
    return *m_rows.insert(shortDigest, row);
}

void PullDialog::showProgress(const Ponton::ProgressEvent &event)
{
    const QString digest = event.item.section(u':', -1).left(12);
    Row &row = rowFor(digest);
    QString text = stateText(event.state);
    int percent = row.bar->value();
    if (event.state == u"downloading"_s && event.total > 0) {
        percent = int(event.current * 100 / event.total);
        text = tr("Downloading %1 of %2").arg(ImageTableModel::humanSize(event.current), ImageTableModel::humanSize(event.total));
    } else if (event.state != u"waiting"_s && event.state != u"downloading"_s) {
        percent = 100;
    }
    row.bar->setValue(percent);
    row.state->setText(text);
}

void PullDialog::showResult(const Ponton::JobResult &result)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_pull->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    const QString reference = m_reference->text().trimmed();
    if (!result.ok) {
        m_status->setText(tr("Cannot pull %1: %2").arg(reference, result.error.message));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot pull %1").arg(reference), result.error.message,
                                    QMessageBox::Ok, this);
        box->setInformativeText(result.error.code == ErrorCode::Canceled
                                    ? tr("The pull was canceled; pulling again resumes what was downloaded.")
                                    : tr("Check the name and the tag, your network, or the registry mirror in the settings."));
        if (!result.error.detail.isEmpty())
            box->setDetailedText(result.error.detail);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit failed(result.error.message);
        return;
    }
    // The layers are unpacked when the job ends: every row is complete, as docker pull ends.
    for (const Row &row : std::as_const(m_rows)) {
        row.bar->setValue(100);
        row.state->setText(stateText(u"pull-complete"_s));
    }
    const auto outcome = result.value.value<Registry::PullResult>();
    m_status->setText(outcome.upToDate ? tr("Image is up to date for %1").arg(outcome.reference.familiarString())
                                      : tr("Downloaded newer image for %1 (digest %2)")
                                            .arg(outcome.reference.familiarString(), outcome.manifestDigest.toString()));
    emit pulled(outcome.reference.familiarString());
}

QString PullDialog::layerState(const QString &shortDigest) const
{
    const auto it = m_rows.constFind(shortDigest);
    return it == m_rows.constEnd() ? QString() : it->state->text();
}

int PullDialog::layerPercent(const QString &shortDigest) const
{
    const auto it = m_rows.constFind(shortDigest);
    return it == m_rows.constEnd() ? -1 : it->bar->value();
}

} // namespace Ponton::Gui
