#include "containers/commitdialog.h"

#include "engine/engine.h"
#include "images/imagetablemodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

CommitDialog::CommitDialog(Engine *engine, const QString &containerId, const QString &containerName, QWidget *parent)
    : QDialog(parent)
    , m_containerId(containerId)
    , m_summary(new QLabel(this))
    , m_changes(new QListWidget(this))
    , m_message(new QLineEdit(this))
    , m_tag(new QLineEdit(this))
    , m_command(new QLabel(this))
{
    setWindowTitle(tr("Commit %1").arg(containerName.isEmpty() ? containerId.left(12) : containerName));
    m_summary->setObjectName(u"commitSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading the container's changes…"));
    m_changes->setObjectName(u"commitChanges"_s);
    m_changes->setFont(QFont(u"monospace"_s));
    m_message->setObjectName(u"commitMessage"_s);
    m_message->setPlaceholderText(tr("What changed, e.g. install curl"));
    m_tag->setObjectName(u"commitTag"_s);
    m_tag->setPlaceholderText(tr("repository:tag, e.g. alpine:curl"));
    m_command->setObjectName(u"commitCommand"_s);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setStyleSheet(u"font-family: monospace;"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Message:"), m_message);
    form->addRow(tr("New image:"), m_tag);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Commit"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The new layer will hold these changes (A added, C modified, D removed):"), this));
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_command);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] { m_command->setText(tr("Command: %1").arg(command())); };
    connect(m_message, &QLineEdit::textChanged, this, update);
    connect(m_tag, &QLineEdit::textChanged, this, update);
    update();
    resize(560, 480);

    Job *job = engine->containerChanges(containerId);
    connect(job, &Job::finished, this, [this, job](const Ponton::JobResult &result) {
        job->deleteLater();
        showChanges(result);
    });
}

void CommitDialog::showChanges(const Ponton::JobResult &result)
{
    m_ready = true;
    if (!result.ok) {
        m_summary->setText(tr("The changes cannot be read: %1").arg(result.error.message));
        emit previewReady();
        return;
    }
    const auto changes = result.value.value<QList<ContainerChange>>();
    for (const ContainerChange &change : changes) {
        m_changes->addItem(u"%1 %2"_s.arg(change.letter(), change.path));
        m_added += change.kind == ContainerChange::Kind::Added ? 1 : 0;
        m_modified += change.kind == ContainerChange::Kind::Changed ? 1 : 0;
        m_removed += change.kind == ContainerChange::Kind::Deleted ? 1 : 0;
        m_bytes += change.size;
    }
    m_summary->setText(changes.isEmpty()
                           ? tr("Nothing changed: the new image would have an empty layer.")
                           : tr("%1 added, %2 modified, %3 removed: about %4 of files in the new layer.")
                                 .arg(m_added).arg(m_modified).arg(m_removed).arg(ImageTableModel::humanSize(m_bytes)));
    emit previewReady();
}

QStringList CommitDialog::previewLines() const
{
    QStringList lines;
    for (int row = 0; row < m_changes->count(); ++row)
        lines.append(m_changes->item(row)->text());
    return lines;
}

CommitRequest CommitDialog::request() const
{
    CommitRequest request;
    request.container = m_containerId;
    request.reference = m_tag->text().trimmed();
    request.message = m_message->text().trimmed();
    return request;
}

QString CommitDialog::command() const
{
    QString line = u"ponton commit"_s;
    const CommitRequest given = request();
    if (!given.message.isEmpty())
        line += u" -m \"%1\""_s.arg(QString(given.message).replace(u'"', u"\\\""_s));
    line += u' ' + m_containerId.left(12);
    if (!given.reference.isEmpty())
        line += u' ' + given.reference;
    return line;
}

void CommitDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

void CommitDialog::setTag(const QString &tag)
{
    m_tag->setText(tag);
}

} // namespace Ponton::Gui
