#include "containers/containersview.h"

#include "containers/commitdialog.h"
#include "containers/containertablemodel.h"
#include "containers/containerterminaltab.h"
#include "terminal/terminalmodel.h"
#include "terminal/terminalwidget.h"

#include "engine/engine.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

ContainersView::ContainersView(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new ContainerTableModel(this))
    , m_table(new QTableView(this))
    , m_terminals(new QTabWidget(this))
{
    m_table->setObjectName(u"containerTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_terminals->setObjectName(u"containerTerminals"_s);
    m_terminals->setTabsClosable(true);
    m_terminals->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"containersStatus"_s);
    m_status->setWordWrap(true);
    m_command = new QLabel(this);
    m_command->setObjectName(u"containersCommand"_s);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setStyleSheet(u"font-family: monospace;"_s);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_terminals);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_command);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContainersView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContainersView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] { startContainer(selectedContainer()); });
    connect(m_terminals, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *tab = qobject_cast<ContainerTerminalTab *>(m_terminals->widget(index)))
            closeTerminal(tab->containerId());
    });
    m_autoRefresh.setInterval(3000);
    connect(&m_autoRefresh, &QTimer::timeout, this, &ContainersView::refresh);
    setCommand(u"ponton ps -a"_s);
    retranslate();
    updateButtons();
}

QWidget *ContainersView::createToolbar()
{
    auto *bar = new QWidget(this);
    m_image = new QLineEdit(bar);
    m_image->setObjectName(u"runImage"_s);
    const auto button = [bar](const QString &name) {
        auto *made = new QPushButton(bar);
        made->setObjectName(name);
        return made;
    };
    m_runButton = button(u"runButton"_s);
    m_startButton = button(u"startButton"_s);
    m_stopButton = button(u"stopButton"_s);
    m_pauseButton = button(u"pauseButton"_s);
    m_resumeButton = button(u"resumeButton"_s);
    m_commitButton = button(u"commitButton"_s);
    m_removeButton = button(u"removeButton"_s);
    m_refreshButton = button(u"refreshButton"_s);
    m_showAll = new QCheckBox(bar);
    m_showAll->setChecked(true);
    // Two rows: the image to run gets the room a full reference needs ("registry:5000/team/app:1.2"),
    // the actions on the selected container go below.
    m_image->setMinimumWidth(m_image->fontMetrics().horizontalAdvance(QString(36, u'm')) / 2 + 24);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_image, 1);
    runRow->addWidget(m_runButton);
    runRow->addSpacing(12);
    runRow->addWidget(m_showAll);
    runRow->addWidget(m_refreshButton);
    auto *actionRow = new QHBoxLayout;
    for (QPushButton *action : {m_startButton, m_stopButton, m_pauseButton, m_resumeButton, m_commitButton,
                                m_removeButton})
        actionRow->addWidget(action);
    actionRow->addStretch(1);
    layout->addLayout(runRow);
    layout->addLayout(actionRow);

    connect(m_runButton, &QPushButton::clicked, this, [this] {
        if (!m_image->text().trimmed().isEmpty())
            runInteractive(m_image->text().trimmed());
    });
    connect(m_image, &QLineEdit::returnPressed, m_runButton, &QPushButton::click);
    connect(m_startButton, &QPushButton::clicked, this, [this] { startContainer(selectedContainer()); });
    connect(m_stopButton, &QPushButton::clicked, this, [this] { stopContainer(selectedContainer()); });
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { pauseContainer(selectedContainer()); });
    connect(m_resumeButton, &QPushButton::clicked, this, [this] { resumeContainer(selectedContainer()); });
    connect(m_commitButton, &QPushButton::clicked, this, [this] { commitContainer(selectedContainer()); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedContainer();
        if (id.isEmpty())
            return;
        const int row = m_model->rowOf(id);
        const bool running = row >= 0 && m_model->rows().at(row).status != u"exited"_s
            && m_model->rows().at(row).status != u"created"_s;
        auto *box = new QMessageBox(QMessageBox::Question, tr("Remove the container"),
                                    running ? tr("The container %1 is running. Stop it and remove it, with "
                                                 "its changes that no image holds?").arg(id.left(12))
                                            : tr("Remove the container %1, with its changes that no image "
                                                 "holds?").arg(id.left(12)),
                                    QMessageBox::Yes | QMessageBox::No, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::accepted, this, [this, id, running] { removeContainer(id, running); });
        box->open();   // not exec(): no nested event loop on the GUI thread
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &ContainersView::refresh);
    connect(m_showAll, &QCheckBox::toggled, this, &ContainersView::refresh);
    return bar;
}

QString ContainersView::selectedContainer() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->data(rows.first(), ContainerTableModel::FullIdRole).toString();
}

void ContainersView::selectContainer(const QString &containerId)
{
    const int row = m_model->rowOf(containerId);
    if (row >= 0)
        m_table->selectRow(row);
}

ContainerTerminalTab *ContainersView::terminalFor(const QString &containerId) const
{
    for (int index = 0; index < m_terminals->count(); ++index) {
        auto *tab = qobject_cast<ContainerTerminalTab *>(m_terminals->widget(index));
        if (tab && tab->containerId() == containerId)
            return tab;
    }
    return nullptr;
}

void ContainersView::setCommand(const QString &command)
{
    m_lastCommand = command;
    m_command->setText(tr("Command: %1").arg(command));
}

void ContainersView::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const bool all = m_showAll->isChecked();
    Job *job = m_engine->listContainers(all);
    connect(job, &Job::finished, this, [this, job](const Ponton::JobResult &result) {
        job->deleteLater();
        m_refreshing = false;
        if (result.ok) {
            const QString selected = selectedContainer();
            m_model->setRows(result.value.value<QList<ContainerRow>>());
            m_table->resizeColumnsToContents();
            selectContainer(selected);
            emit refreshed(m_model->rowCount());
        } else {
            m_status->setText(tr("Cannot list the containers: %1").arg(result.error.message));
        }
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
    });
}

QString ContainersView::actionName(const QString &action)
{
    if (action == u"run"_s) return tr("run");
    if (action == u"start"_s) return tr("start");
    if (action == u"attach"_s) return tr("attach");
    if (action == u"stop"_s) return tr("stop");
    if (action == u"pause"_s) return tr("pause");
    if (action == u"unpause"_s) return tr("resume");
    if (action == u"rm"_s) return tr("remove");
    if (action == u"commit"_s) return tr("commit");
    return action;
}

void ContainersView::showError(const QString &action, const Error &error)
{
    QString hint;
    switch (error.code) {
    case ErrorCode::Unavailable:
        hint = tr("Is ponton-helper installed and allowed to run? The status bar shows its state.");
        break;
    case ErrorCode::NotFound:
        hint = tr("Refresh the list: the container or image may have been removed meanwhile.");
        break;
    case ErrorCode::Conflict:
        hint = tr("Stop the container first, or check that it is in the state this action needs.");
        break;
    default:
        break;
    }
    const QString text = hint.isEmpty() ? tr("Cannot %1: %2").arg(actionName(action), error.message)
                                        : tr("Cannot %1: %2\n%3").arg(actionName(action), error.message, hint);
    m_status->setText(text);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Containers"), text, QMessageBox::Ok, this);
    box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ContainersView::runAction(const QString &action, const QString &command, Job *job,
                               std::function<QString(const QVariant &)> describe)
{
    setCommand(command);
    m_status->setText(tr("Working: %1").arg(command));
    connect(job, &Job::finished, this, [this, job, action, describe](const Ponton::JobResult &result) {
        job->deleteLater();
        if (!result.ok) {
            showError(action, result.error);
            emit actionFinished(action, false, result.error.message);
        } else {
            const QString message = describe ? describe(result.value) : tr("Done.");
            m_status->setText(message);
            emit actionFinished(action, true, message);
        }
        refresh();
    });
}

void ContainersView::runInteractive(const QString &image, const QStringList &command)
{
    ContainerRunRequest request;
    request.image = image;
    request.command = command;
    request.tty = true;
    request.interactive = true;
    QString line = u"ponton run -it %1"_s.arg(image);
    if (!command.isEmpty())
        line += u' ' + command.join(u' ');
    setCommand(line);
    m_status->setText(tr("Working: %1").arg(line));
    Job *create = m_engine->createContainer(request);
    connect(create, &Job::finished, this, [this, create](const Ponton::JobResult &result) {
        create->deleteLater();
        if (!result.ok) {
            showError(u"run"_s, result.error);
            emit actionFinished(u"run"_s, false, result.error.message);
            return;
        }
        const ContainerRecord record = result.value.value<ContainerRecord>();
        Job *start = m_engine->startContainer(record.id);
        connect(start, &Job::finished, this, [this, start](const Ponton::JobResult &started) {
            start->deleteLater();
            openTerminal(started, u"run"_s);
        });
    });
}

void ContainersView::openTerminal(const Ponton::JobResult &result, const QString &action)
{
    if (!result.ok) {
        showError(action, result.error);
        emit actionFinished(action, false, result.error.message);
        refresh();
        return;
    }
    Ponton::ContainerTerminal terminalValue = result.value.value<Ponton::ContainerTerminal>();
    const QString id = terminalValue.id;
    refresh();
    if (!terminalValue.tty || !terminalValue.terminal.isValid()) {
        m_status->setText(tr("Container %1 started (it has no terminal: see its logs).").arg(id.left(12)));
        emit actionFinished(action, true, m_status->text());
        return;
    }
    closeTerminal(id);
    auto *tab = new ContainerTerminalTab(id, terminalValue.terminal.take(), m_terminals);
    connect(tab, &ContainerTerminalTab::detached, this, [this](const QString &container) {
        m_status->setText(tr("Detached from %1: it keeps running.").arg(container.left(12)));
        closeTerminal(container);
    });
    connect(tab, &ContainerTerminalTab::ended, this, [this](const QString &container) {
        m_status->setText(tr("The shell of %1 has ended.").arg(container.left(12)));
        const int index = m_terminals->indexOf(terminalFor(container));
        if (index >= 0)
            m_terminals->setTabText(index, tr("%1 (ended)").arg(container.left(12)));
        refresh();
    });
    m_terminals->addTab(tab, id.left(12));
    m_terminals->setCurrentWidget(tab);
    m_terminals->show();
    tab->terminal()->setFocus();
    m_status->setText(tr("Attached to %1.").arg(id.left(12)));
    emit terminalOpened(id);
    emit actionFinished(action, true, m_status->text());
}

void ContainersView::closeTerminal(const QString &containerId)
{
    ContainerTerminalTab *tab = terminalFor(containerId);
    if (!tab)
        return;
    m_terminals->removeTab(m_terminals->indexOf(tab));
    tab->deleteLater();
    if (m_terminals->count() == 0)
        m_terminals->hide();
    emit terminalClosed(containerId);
}

void ContainersView::startContainer(const QString &containerId)
{
    if (containerId.isEmpty())
        return;
    const int row = m_model->rowOf(containerId);
    const bool running = row >= 0 && (m_model->rows().at(row).status == u"running"_s);
    if (running) {
        attachContainer(containerId);
        return;
    }
    setCommand(u"ponton start -i %1"_s.arg(containerId.left(12)));
    Job *job = m_engine->startContainer(containerId);
    connect(job, &Job::finished, this, [this, job](const Ponton::JobResult &result) {
        job->deleteLater();
        openTerminal(result, u"start"_s);
    });
}

void ContainersView::attachContainer(const QString &containerId)
{
    if (containerId.isEmpty())
        return;
    setCommand(u"ponton attach %1"_s.arg(containerId.left(12)));
    Job *job = m_engine->attachContainer(containerId);
    connect(job, &Job::finished, this, [this, job](const Ponton::JobResult &result) {
        job->deleteLater();
        openTerminal(result, u"attach"_s);
    });
}

void ContainersView::stopContainer(const QString &containerId)
{
    if (containerId.isEmpty())
        return;
    runAction(u"stop"_s, u"ponton stop %1"_s.arg(containerId.left(12)), m_engine->stopContainer(containerId),
              [](const QVariant &) { return tr("Stopped."); });
}

void ContainersView::pauseContainer(const QString &containerId)
{
    if (containerId.isEmpty())
        return;
    runAction(u"pause"_s, u"ponton pause %1"_s.arg(containerId.left(12)), m_engine->pauseContainer(containerId),
              [](const QVariant &) { return tr("Paused: its processes are frozen."); });
}

void ContainersView::resumeContainer(const QString &containerId)
{
    if (containerId.isEmpty())
        return;
    runAction(u"unpause"_s, u"ponton unpause %1"_s.arg(containerId.left(12)),
              m_engine->unpauseContainer(containerId), [](const QVariant &) { return tr("Resumed."); });
}

void ContainersView::removeContainer(const QString &containerId, bool force)
{
    if (containerId.isEmpty())
        return;
    closeTerminal(containerId);
    const QString command = force ? u"ponton rm -f %1"_s : u"ponton rm %1"_s;
    Job *job = m_engine->removeContainers({containerId}, force);
    setCommand(command.arg(containerId.left(12)));
    connect(job, &Job::finished, this, [this, job](const Ponton::JobResult &result) {
        job->deleteLater();
        const ContainerRemoval removal = result.value.value<ContainerRemoval>();
        if (!result.ok || !removal.errors.isEmpty()) {
            const Error error = result.ok ? removal.errors.first() : result.error;
            showError(u"rm"_s, error);
            emit actionFinished(u"rm"_s, false, error.message);
        } else {
            m_status->setText(tr("Removed."));
            emit actionFinished(u"rm"_s, true, m_status->text());
        }
        refresh();
    });
}

void ContainersView::commitContainer(const QString &containerId)
{
    if (containerId.isEmpty())
        return;
    const int row = m_model->rowOf(containerId);
    const QString name = row >= 0 ? m_model->rows().at(row).name : QString();
    if (m_commitDialog)
        m_commitDialog->deleteLater();
    m_commitDialog = new CommitDialog(m_engine, containerId, name, this);
    m_commitDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_commitDialog, &QObject::destroyed, this, [this] { m_commitDialog = nullptr; });
    connect(m_commitDialog, &QDialog::accepted, this, [this] { commit(m_commitDialog->request()); });
    setCommand(u"ponton diff %1"_s.arg(containerId.left(12)));
    m_commitDialog->open();
}

void ContainersView::commit(const Ponton::CommitRequest &request)
{
    QString line = u"ponton commit"_s;
    if (!request.message.isEmpty())
        line += u" -m \"%1\""_s.arg(request.message);
    line += u' ' + request.container.left(12);
    if (!request.reference.isEmpty())
        line += u' ' + request.reference;
    runAction(u"commit"_s, line, m_engine->commitContainer(request), [](const QVariant &value) {
        const CommitResult result = value.value<CommitResult>();
        return tr("New image %1 (%2), layer of %3 bytes.")
            .arg(result.imageId.shortId(), result.reference.isEmpty() ? tr("untagged") : result.reference)
            .arg(result.layerSize);
    });
}

void ContainersView::updateButtons()
{
    const QString id = selectedContainer();
    const int row = m_model->rowOf(id);
    const QString state = row >= 0 ? m_model->rows().at(row).status : QString();
    const bool have = !id.isEmpty();
    m_startButton->setEnabled(have && state != u"paused"_s);
    m_startButton->setText(state == u"running"_s ? tr("Attach") : tr("Start"));
    m_stopButton->setEnabled(have && (state == u"running"_s || state == u"paused"_s));
    m_pauseButton->setEnabled(have && state == u"running"_s);
    m_resumeButton->setEnabled(have && state == u"paused"_s);
    m_commitButton->setEnabled(have);
    m_removeButton->setEnabled(have);
}

void ContainersView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_autoRefresh.start();
}

void ContainersView::hideEvent(QHideEvent *event)
{
    m_autoRefresh.stop();
    QWidget::hideEvent(event);
}

void ContainersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContainersView::retranslate()
{
    m_image->setPlaceholderText(tr("Image to run, e.g. alpine"));
    m_runButton->setText(tr("Run -it"));
    m_runButton->setToolTip(tr("A new container of this image with a terminal (ponton run -it IMAGE)"));
    m_stopButton->setText(tr("Stop"));
    m_pauseButton->setText(tr("Pause"));
    m_resumeButton->setText(tr("Resume"));
    m_commitButton->setText(tr("Commit…"));
    m_commitButton->setToolTip(tr("Make a new image from the container's changes"));
    m_removeButton->setText(tr("Remove"));
    m_refreshButton->setText(tr("Refresh"));
    m_showAll->setText(tr("Stopped ones too (-a)"));
    m_command->setText(tr("Command: %1").arg(m_lastCommand));
    updateButtons();
}

} // namespace Ponton::Gui
