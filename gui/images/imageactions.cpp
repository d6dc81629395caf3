#include "images/imageactions.h"

#include "engine/engine.h"
#include "images/historydialog.h"
#include "images/imagetablemodel.h"
#include "images/pulldialog.h"
#include "registry/pullrequest.h"
#include "registry/pushrequest.h"
#include "store/removalplanner.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

ImageActions::ImageActions(Engine *engine, QWidget *window) : QObject(window), m_engine(engine), m_window(window) {}

PullDialog *ImageActions::pullDialog() const
{
    return m_pull.data();
}

template<typename Done>
void ImageActions::run(Job *job, const QString &what, const QString &next, Done done)
{
    connect(job, &Job::finished, this, [this, job, what, next, done](const Ponton::JobResult &result) {
        job->deleteLater();
        if (!result.ok) {
            showError(what, result.error, next);
            return;
        }
        done(result.value);
    });
}

void ImageActions::showError(const QString &what, const Error &error, const QString &next)
{
    auto *box = new QMessageBox(QMessageBox::Warning, what, error.message, QMessageBox::Ok, m_window);
    box->setInformativeText(next);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit failed(error.message);
}

void ImageActions::pull(const QString &reference)
{
    if (!m_pull) {
        m_pull = new PullDialog(m_engine, m_window);
        connect(m_pull, &PullDialog::pulled, this, [this] { emit changed(); });
    }
    if (!reference.isEmpty())
        m_pull->setReference(reference);
    emit commandShown(m_pull->command());
    m_pull->show();
    m_pull->raise();
}

void ImageActions::askTag(const QString &source)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setWindowTitle(tr("Tag %1").arg(source));
    dialog->setLabelText(tr("New name (repository:tag):"));
    dialog->setTextValue(source.section(u':', 0, 0) + u":new"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, source](const QString &target) { tag(source, target); });
    dialog->open();
}

void ImageActions::tag(const QString &source, const QString &target)
{
    emit commandShown(u"ponton tag %1 %2"_s.arg(source, target));
    run(m_engine->tagImage(source, target), tr("Cannot tag %1 as %2").arg(source, target),
        tr("A name is a repository and a tag, in lower case: for example alpine:curl."), [this, target](const QVariant &) {
            emit done(tr("Tagged %1").arg(target));
            emit changed();
        });
}

ImageActions::ForceChoice ImageActions::forceChoice(const Store::RemovalPreview &preview)
{
    // Only containers hold it (child images block even rmi -f). By tag, -f untags; by ID, -f deletes the
    // image unless a running container uses it.
    if (!preview.isBlocked() || !preview.children.isEmpty())
        return ForceChoice::None;
    if (preview.byTag)
        return ForceChoice::Untag;
    const bool running = std::any_of(preview.containers.cbegin(), preview.containers.cend(),
                                     [](const Store::ContainerUse &use) { return use.running; });
    return running ? ForceChoice::None : ForceChoice::Delete;
}

QString ImageActions::explain(const Store::RemovalPreview &preview)
{
    if (preview.untagOnly)
        return tr("%1 is only untagged: the image keeps its other tags (%2). No space is freed.")
            .arg(preview.subject, preview.otherTags.join(u", "_s));
    QStringList holders;
    if (!preview.children.isEmpty())
        holders.append(tr("child images: %1").arg(preview.children.join(u", "_s)));
    if (!preview.containers.isEmpty()) {
        QStringList ids;
        for (const Store::ContainerUse &use : preview.containers)
            ids.append(use.id.left(12) + (use.running ? tr(" (running)") : QString()));
        holders.append(tr("containers: %1").arg(ids.join(u", "_s)));
    }
    if (!holders.isEmpty()) {
        QString text = tr("%1 cannot be deleted: it is held by %2. Remove those first.").arg(preview.subject, holders.join(u"; "_s));
        // What rmi -f does then, as Docker's: it never removes containers.
        const ForceChoice force = forceChoice(preview);
        if (force == ForceChoice::Untag)
            text += u' ' + tr("With -f, %1 is only untagged: the image stays, untagged, as long as its containers use it. "
                              "No space is freed.").arg(preview.subject);
        else if (force == ForceChoice::Delete)
            text += u' ' + tr("With -f, image %1 is deleted although its stopped containers use it; they keep their own files, "
                              "and %2 is freed (%n blob(s) no other image uses).", nullptr, preview.forcedDeletion.blobsFreed)
                               .arg(preview.id.shortId(), ImageTableModel::humanSize(preview.forcedDeletion.bytesFreed));
        return text;
    }
    const Store::DeletionPlan &deletion = preview.deletion;
    QString text = tr("Removing %1 deletes image %2 and frees %3 (%n blob(s) no other image uses).", nullptr, deletion.blobsFreed)
                       .arg(preview.subject, preview.id.shortId(), ImageTableModel::humanSize(deletion.bytesFreed));
    const QList<Digest> parents = deletion.prunedParents();
    if (!parents.isEmpty()) {
        QStringList ids;
        for (const Digest &parent : parents)
            ids.append(parent.shortId());
        text += u' ' + tr("It also removes %n intermediate image(s) nothing else uses: %1.", nullptr, int(parents.size())).arg(ids.join(u", "_s));
    }
    const QList<Digest> platforms = deletion.platformImages();
    if (!platforms.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < platforms.size(); ++i)
            names.append(u"%1 (%2)"_s.arg(deletion.otherPlatforms.at(i).toString(), platforms.at(i).shortId()));
        text += u' ' + tr("It also removes %n other platform(s) of the image that no other name holds: %1.", nullptr, int(platforms.size()))
                           .arg(names.join(u", "_s));
    }
    return text;
}

void ImageActions::remove(const QString &name, bool confirmed)
{
    emit commandShown(rmiCommand(name, false, true));
    if (confirmed) {
        removeNow(name, false, true);
        return;
    }
    run(m_engine->previewRemoval(name), tr("Cannot remove %1").arg(name), tr("Refresh the list: the image may be gone."),
        [this](const QVariant &value) { confirmRemoval(value.value<Store::RemovalPreview>()); });
}

void ImageActions::confirmRemoval(const Store::RemovalPreview &preview)
{
    const bool blocked = preview.isBlocked();
    auto *box = new QMessageBox(blocked ? QMessageBox::Warning : QMessageBox::Question, tr("Remove %1").arg(preview.subject),
                                QString(), QMessageBox::Cancel, m_window);
    box->setObjectName(u"removalDialog"_s);
    QPushButton *removeButton = blocked ? nullptr : box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    QPushButton *forceButton = nullptr;
    const ForceChoice force = forceChoice(preview);
    if (force == ForceChoice::Untag)
        forceButton = box->addButton(tr("Untag anyway (-f)"), QMessageBox::DestructiveRole);
    else if (force == ForceChoice::Delete)
        forceButton = box->addButton(tr("Delete anyway (-f)"), QMessageBox::DestructiveRole);
    if (forceButton)
        forceButton->setObjectName(u"forceButton"_s);
    const QString name = preview.subject;
    if (!preview.deletion.prunedParents().isEmpty()) {
        // rmi --no-prune: unchecked by default, as Docker prunes.
        auto *keep = new QCheckBox(tr("Keep the untagged parent images (--no-prune)"), box);
        keep->setToolTip(tr("Deletes only this image: the intermediate images below it stay, as ponton images -a lists them."));
        box->setCheckBox(keep);
        connect(keep, &QCheckBox::toggled, box, [this, box, name](bool checked) { previewAgain(box, name, !checked); });
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name, removeButton, forceButton](QAbstractButton *button) {
        const bool prune = !box->checkBox() || !box->checkBox()->isChecked();
        if (button && button == removeButton)
            removeNow(name, false, prune);
        else if (button && button == forceButton)
            removeNow(name, true, prune);
    });
    showRemovalPreview(box, preview);
    box->open();
}

void ImageActions::showRemovalPreview(QMessageBox *box, const Store::RemovalPreview &preview)
{
    m_explanation = explain(preview);
    box->setText(m_explanation);
    setRemoveButtonsEnabled(box, true);
    emit removalExplained(m_explanation, preview.isBlocked());
}

void ImageActions::previewAgain(QMessageBox *box, const QString &name, bool prune)
{
    emit commandShown(rmiCommand(name, false, prune));
    setRemoveButtonsEnabled(box, false);   // until the preview of this choice is there
    Job *job = m_engine->previewRemoval(name, prune);
    connect(job, &Job::finished, job, &QObject::deleteLater);
    connect(job, &Job::finished, box, [this, box, name, prune](const Ponton::JobResult &result) {
        const bool chosen = !box->checkBox()->isChecked();
        if (chosen != prune)
            return;   // toggled again since: that preview is on its way
        if (!result.ok) {
            box->reject();
            showError(tr("Cannot remove %1").arg(name), result.error, tr("Refresh the list: the image may be gone."));
            return;
        }
        showRemovalPreview(box, result.value.value<Store::RemovalPreview>());
    });
}

void ImageActions::setRemoveButtonsEnabled(QMessageBox *box, bool enabled)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->setEnabled(enabled);
    }
}

QString ImageActions::rmiCommand(const QString &name, bool force, bool prune)
{
    QStringList command{u"ponton"_s, u"rmi"_s};
    if (force)
        command.append(u"-f"_s);
    if (!prune)
        command.append(u"--no-prune"_s);
    return (command << name).join(u' ');
}

void ImageActions::removeNow(const QString &name, bool force, bool prune)
{
    emit commandShown(rmiCommand(name, force, prune));
    run(m_engine->removeImages({name}, force, prune), tr("Cannot remove %1").arg(name), tr("Refresh the list and try again."),
        [this, name](const QVariant &value) {
            const auto removal = value.value<Store::RemovalResult>();
            if (!removal.errors.isEmpty()) {
                showError(tr("Cannot remove %1").arg(name), removal.errors.constFirst(),
                          tr("Remove the containers and child images that use it first."));
                return;
            }
            emit done(tr("Removed %1").arg(name));
            emit changed();
        });
}

void ImageActions::history(const QString &name)
{
    emit commandShown(u"ponton history %1"_s.arg(name));
    run(m_engine->history(name), tr("Cannot show the history of %1").arg(name), tr("Refresh the list: the image may be gone."),
        [this, name](const QVariant &value) {
            const auto rows = value.value<QList<Store::HistoryRow>>();
            auto *dialog = new HistoryDialog(name, rows, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            emit historyShown(int(rows.size()));
        });
}

void ImageActions::inspect(const QString &name)
{
    emit commandShown(u"ponton inspect %1"_s.arg(name));
    run(m_engine->inspectImages({name}), tr("Cannot inspect %1").arg(name), tr("Refresh the list: the image may be gone."),
        [this, name](const QVariant &value) {
            const auto result = value.value<Store::InspectResult>();
            if (!result.errors.isEmpty()) {
                showError(tr("Cannot inspect %1").arg(name), result.errors.constFirst(), tr("Refresh the list: the image may be gone."));
                return;
            }
            const QString json = QString::fromUtf8(QJsonDocument(result.objects).toJson(QJsonDocument::Indented));
            auto *dialog = new QDialog(m_window);
            dialog->setWindowTitle(tr("Inspect %1").arg(name));
            dialog->resize(700, 560);
            auto *text = new QPlainTextEdit(json, dialog);
            text->setReadOnly(true);
            (new QVBoxLayout(dialog))->addWidget(text);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            emit inspected(json);
        });
}

void ImageActions::save(const QString &name, const QString &path)
{
    emit commandShown(u"ponton save -o %1 %2"_s.arg(path, name));
    run(m_engine->saveImages({name}, false, path), tr("Cannot save %1").arg(name), tr("Choose a folder you can write to, with free space."),
        [this, path](const QVariant &) { emit done(tr("Saved to %1").arg(path)); });
}

void ImageActions::load(const QString &path)
{
    emit commandShown(u"ponton load -i %1"_s.arg(path));
    run(m_engine->loadImages(path), tr("Cannot load %1").arg(path),
        tr("Choose an archive made by ponton save or docker save (a .tar file)."), [this, path](const QVariant &) {
            emit done(tr("Loaded %1").arg(path));
            emit changed();
        });
}

void ImageActions::askPush(const QString &source)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setWindowTitle(tr("Push %1").arg(source));
    dialog->setLabelText(tr("Push to (registry/repository:tag):"));
    dialog->setTextValue(source);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, source](const QString &target) { push(source, target); });
    dialog->open();
}

void ImageActions::push(const QString &source, const QString &target)
{
    const bool renamed = !target.isEmpty() && target != source;
    emit commandShown(renamed ? u"ponton tag %1 %2 && ponton push %2"_s.arg(source, target) : u"ponton push %1"_s.arg(source));
    run(m_engine->push(source, renamed ? target : QString()), tr("Cannot push %1").arg(source),
        tr("Check the registry's address, that you are logged in (ponton login), and your network."),
        [this, source](const QVariant &) { emit done(tr("Pushed %1").arg(source)); });
}

} // namespace Ponton::Gui
