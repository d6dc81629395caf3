// The Images page's actions on real engine objects, offscreen: a pull from the real registry on loopback
// through the pull dialog (one bar per layer), tag, removal explained before it is done (with the
// intermediate images it prunes and the other platforms that go with the name; after a real build, the
// dialog's "keep the untagged parent images" previews and removes as rmi --no-prune), history, inspect, save and load.
#include "images/imageactions.h"
#include "images/imagetablemodel.h"
#include "images/pulldialog.h"
#include "support/imagefixture.h"
#include "support/registryfixture.h"
#include "integration/containers/busyboximage.h"

#include "engine/buildrequests.h"
#include "engine/engine.h"
#include "store/imagestore.h"
#include "store/removalplanner.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {
EngineOptions optionsFor(const QString &root)
{
    EngineOptions options;
    options.root = root;
    options.helperPath = QStringLiteral(PONTON_HELPER_PATH);   // started only by the build's RUN steps
    return options;
}

// The blobs of one-layer images: config, manifest and layer each.
qint64 blobBytes(const Store::ImageStore &store, const QList<Store::ImageRecord> &images)
{
    qint64 bytes = 0;
    for (const Store::ImageRecord &image : images)
        bytes += *store.content().size(image.id) + *store.content().size(image.manifest.digest) + *store.content().size(image.layers.first());
    return bytes;
}

qint64 blobFileBytes(const Store::ImageStore &store)
{
    qint64 total = 0;
    QDirIterator files(store.root() + u"/blobs/sha256"_s, QDir::Files);
    while (files.hasNext())
        total += files.nextFileInfo().size();
    return total;
}

// The Remove button of the removal dialog.
QAbstractButton *removeButtonOf(const QMessageBox *box)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            return button;
    }
    return nullptr;
}
} // namespace

class TestImageActions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void pullsWithOneBarPerLayer();
    void tagsAndExplainsRemoval();
    void explainsPrunedParents();
    void explainsOtherPlatforms();
    void keepsUntaggedParentsWhenAsked();
    void forceUntagsByTagAndDeletesById();
    void historyInspectSaveLoad();

private:
    // Builds `dockerfile` (with a file f.txt beside it) through the engine, tagged `tag`: the built image
    // and its untagged parents, nearest first.
    QList<Store::ImageRecord> build(const QString &tag, const QByteArray &dockerfile);
    // Asks to remove `name`, clicks the dialog's "keep the untagged parent images" box `clicks` times in a
    // row, waits for the new preview and clicks Remove; the dialog's last explanation.
    QString removeThroughDialog(const QString &name, int clicks);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::ImageStore> m_store;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<QWidget> m_window;
    Gui::ImageActions *m_actions = nullptr;
};

void TestImageActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store::ImageStore>(m_dir->filePath(u"store"_s));
    QVERIFY(m_store->initialize());
    m_engine = std::make_unique<Engine>(optionsFor(m_store->root()));
    m_window = std::make_unique<QWidget>();
    m_actions = new Gui::ImageActions(m_engine.get(), m_window.get());
}

void TestImageActions::pullsWithOneBarPerLayer()
{
    if (!Test::RegistryFixture::isAvailable())
        QSKIP("docker-registry is not installed (Debian package docker-registry)");
    Test::RegistryFixture registry;
    QVERIFY(registry.start());
    // An image of three layers pushed by a second engine with its own store.
    Store::ImageStore source(m_dir->filePath(u"source"_s));
    Test::ImageSpec spec;
    spec.layers = 3;
    spec.tags = {u"%1/test/app:1"_s.arg(registry.hostPort())};
    const Result<Store::ImageRecord> image = Test::ImageFixture::create(source, spec);
    QVERIFY(image);
    Engine pusher(optionsFor(source.root()));
    Job *push = pusher.push(spec.tags.constFirst(), {});
    QSignalSpy pushed(push, &Job::finished);
    QVERIFY(pushed.wait(30000));
    QVERIFY2(push->result().ok, qPrintable(push->result().error.toString()));

    m_actions->pull(spec.tags.constFirst());
    Gui::PullDialog *dialog = m_actions->pullDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->command(), u"ponton pull %1"_s.arg(spec.tags.constFirst()));
    QSignalSpy pulled(dialog, &Gui::PullDialog::pulled);
    QSignalSpy changed(m_actions, &Gui::ImageActions::changed);
    dialog->start();
    QVERIFY(dialog->isPulling());
    QVERIFY(pulled.wait(30000));
    QCOMPARE(dialog->layerRows(), 3);
    for (const Digest &layer : image->layers) {
        QCOMPARE(dialog->layerPercent(layer.hex().left(12)), 100);
        QCOMPARE(dialog->layerState(layer.hex().left(12)), Gui::PullDialog::stateText(u"pull-complete"_s));
    }
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_store->resolve(spec.tags.constFirst()));

    // A second pull finds every layer and says so.
    dialog->start();
    QVERIFY(pulled.wait(30000));
    QVERIFY(!dialog->isPulling());
}

void TestImageActions::tagsAndExplainsRemoval()
{
    Test::ImageSpec spec;
    spec.layers = 2;
    spec.tags = {u"app:1"_s};
    const Result<Store::ImageRecord> image = Test::ImageFixture::create(*m_store, spec);
    QVERIFY(image);
    QSignalSpy changed(m_actions, &Gui::ImageActions::changed);
    QSignalSpy commands(m_actions, &Gui::ImageActions::commandShown);
    m_actions->tag(u"app:1"_s, u"app:2"_s);
    QVERIFY(changed.wait(10000));
    QCOMPARE(commands.constLast().first().toString(), u"ponton tag app:1 app:2"_s);
    QCOMPARE(m_store->resolve(u"app:2"_s)->id, image->id);

    QSignalSpy explained(m_actions, &Gui::ImageActions::removalExplained);
    m_actions->remove(u"app:2"_s);
    QVERIFY(explained.wait(10000));
    QVERIFY2(explained.constLast().first().toString().contains(u"app:1"_s), qPrintable(explained.constLast().first().toString()));
    QCOMPARE(explained.constLast().at(1).toBool(), false);
    QVERIFY(m_store->resolve(u"app:2"_s)); // nothing removed before it is confirmed

    m_actions->remove(u"app:2"_s, true);
    QVERIFY(changed.wait(10000));
    QVERIFY(!m_store->resolve(u"app:2"_s));

    // The last tag: the blobs only this image uses are freed.
    qint64 bytes = *m_store->content().size(image->id) + *m_store->content().size(image->manifest.digest);
    for (const Digest &layer : image->layers)
        bytes += *m_store->content().size(layer);
    m_actions->remove(u"app:1"_s);
    QVERIFY(explained.wait(10000));
    const QString explanation = explained.constLast().first().toString();
    QVERIFY2(explanation.contains(Gui::ImageTableModel::humanSize(bytes)), qPrintable(explanation));
    QVERIFY(explanation.contains(image->id.shortId()));
}

void TestImageActions::explainsPrunedParents()
{
    // base:1 <- two untagged intermediate images <- app:1, as a build leaves them.
    QList<Store::ImageRecord> chain;
    for (quint32 seed = 1; seed <= 4; ++seed) {
        Test::ImageSpec spec;
        spec.seed = seed;
        spec.tags = {seed == 1 ? u"base:1"_s : seed == 4 ? u"app:1"_s : QString()};
        spec.tags.removeAll(QString());
        Result<Store::ImageRecord> image = Test::ImageFixture::create(*m_store, spec);
        QVERIFY(image);
        if (!chain.isEmpty()) { // registered again, now with its parent
            QVERIFY(m_store->removeImage(image->id));
            Store::ImageRegistration registration{image->manifest, image->tags, chain.last().id, {}, {}, {}};
            image = m_store->registerImage(registration);
            QVERIFY(image);
        }
        chain.append(*image);
    }
    const qint64 bytes = blobBytes(*m_store, chain.mid(1));

    QSignalSpy explained(m_actions, &Gui::ImageActions::removalExplained);
    QSignalSpy changed(m_actions, &Gui::ImageActions::changed);
    m_actions->remove(u"app:1"_s);
    QVERIFY(explained.wait(10000));
    const QString explanation = explained.constLast().first().toString();
    QVERIFY2(explanation.contains(u"also removes 2 intermediate image(s)"_s), qPrintable(explanation));
    QVERIFY2(explanation.contains(chain.at(1).id.shortId()) && explanation.contains(chain.at(2).id.shortId()), qPrintable(explanation));
    QVERIFY2(!explanation.contains(chain.at(0).id.shortId()), qPrintable(explanation));
    QVERIFY2(explanation.contains(Gui::ImageTableModel::humanSize(bytes)), qPrintable(explanation));
    QVERIFY(m_store->findById(chain.at(1).id)); // nothing removed before it is confirmed

    m_actions->remove(u"app:1"_s, true);
    QVERIFY(changed.wait(10000));
    for (const Store::ImageRecord &image : chain.mid(1))
        QVERIFY(!m_store->findById(image.id));
    QVERIFY(m_store->resolve(u"base:1"_s));
}

void TestImageActions::explainsOtherPlatforms()
{
    // Two images naming one index, as a load of a multi-platform archive leaves them: multi:1 and the
    // other platform untagged beside it.
    const QByteArray index = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]})";
    const Result<Digest> indexDigest = m_store->content().write(index);
    QVERIFY(indexDigest);
    QList<Store::ImageRecord> platforms;
    for (quint32 seed = 21; seed <= 22; ++seed) {
        Test::ImageSpec spec;
        spec.seed = seed;
        Result<Store::ImageRecord> image = Test::ImageFixture::create(*m_store, spec);
        QVERIFY(image);
        QVERIFY(m_store->removeImage(image->id));
        QList<Reference> tags;
        if (seed == 21)
            tags.append(Reference::parse(u"multi:1"_s)->withDefaultTag());
        Store::ImageRegistration registration{image->manifest, tags, {}, {}, {}, *indexDigest};
        image = m_store->registerImage(registration);
        QVERIFY(image);
        platforms.append(*image);
    }
    const qint64 bytes = index.size() + blobBytes(*m_store, platforms);

    QSignalSpy explained(m_actions, &Gui::ImageActions::removalExplained);
    QSignalSpy changed(m_actions, &Gui::ImageActions::changed);
    m_actions->remove(u"multi:1"_s);
    QVERIFY(explained.wait(10000));
    const QString explanation = explained.constLast().first().toString();
    const QString other = u"%1 (%2)"_s.arg(platforms.at(1).platform.toString(), platforms.at(1).id.shortId());
    QVERIFY2(explanation.contains(u"also removes 1 other platform(s) of the image that no other name holds: "_s + other), qPrintable(explanation));
    QVERIFY2(!explanation.contains(u"intermediate"_s), qPrintable(explanation));
    QVERIFY2(explanation.contains(Gui::ImageTableModel::humanSize(bytes)), qPrintable(explanation));
    QVERIFY(m_store->findById(platforms.at(1).id)); // nothing removed before it is confirmed

    m_actions->remove(u"multi:1"_s, true);
    QVERIFY(changed.wait(10000));
    for (const Store::ImageRecord &image : std::as_const(platforms))
        QVERIFY(!m_store->findById(image.id));
    QVERIFY(!m_store->content().contains(*indexDigest));
}

QList<Store::ImageRecord> TestImageActions::build(const QString &tag, const QByteArray &dockerfile)
{
    const QString context = m_dir->filePath(u"context-"_s + QString(tag).replace(u':', u'-'));
    QDir().mkpath(context);
    for (const auto &[file, content] : {std::pair{u"Dockerfile"_s, dockerfile}, std::pair{u"f.txt"_s, QByteArray("copied\n")}}) {
        QFile out(context + u'/' + file);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            return {};
    }
    BuildRequest request;
    request.context = context;
    request.tags = {tag};
    Job *job = m_engine->build(request);
    QSignalSpy finished(job, &Job::finished);
    if (!finished.wait(180000) || !job->result().ok) {
        qWarning("build of %s: %s", qPrintable(tag), qPrintable(job->result().error.toString()));
        return {};
    }
    Result<Store::ImageRecord> image = m_store->resolve(tag);
    if (!image)
        return {};
    QList<Store::ImageRecord> chain{*image};
    for (image = m_store->findById(image->parent); image && !image->isTagged(); image = m_store->findById(image->parent))
        chain.append(*image);
    return chain;
}

QString TestImageActions::removeThroughDialog(const QString &name, int clicks)
{
    QSignalSpy explained(m_actions, &Gui::ImageActions::removalExplained);
    QSignalSpy changed(m_actions, &Gui::ImageActions::changed);
    m_actions->remove(name);
    if (!explained.wait(20000))
        return u"no preview"_s;
    QMessageBox *box = nullptr;
    for (QMessageBox *open : m_window->findChildren<QMessageBox *>(u"removalDialog"_s)) {
        if (open->isVisible())   // an earlier one may not be deleted yet
            box = open;
    }
    if (!box || !box->checkBox() || !removeButtonOf(box))
        return u"no dialog with a check box and a Remove button"_s;
    if (box->checkBox()->isChecked())
        return u"the box is checked by default"_s;
    if (clicks > 0) {
        // Each click previews again on a worker; Remove waits for the preview of the last choice (the
        // GUI thread went on at once), earlier previews are not shown.
        for (int click = 0; click < clicks; ++click)
            box->checkBox()->click();
        if (removeButtonOf(box)->isEnabled())
            return u"Remove stays enabled before the new preview"_s;
        if (!explained.wait(20000))
            return u"no preview after the box was clicked"_s;
        if (!removeButtonOf(box)->isEnabled())
            return u"Remove disabled after the new preview"_s;
        QTest::qWait(200);
        if (explained.size() != 2)
            return u"%1 previews shown for %2 click(s)"_s.arg(explained.size() - 1).arg(clicks);
    }
    const QString explanation = explained.constLast().first().toString();
    removeButtonOf(box)->click();
    if (!changed.wait(20000))
        return u"nothing removed"_s;
    return explanation;
}

// An image only a (stopped) container uses: the dialog's -f button says what `ponton rmi -f` does, as
// Docker's: by tag it untags and keeps the image for the container, by ID it deletes the image.
void TestImageActions::forceUntagsByTagAndDeletesById()
{
    if (!Test::BusyboxLayer::isAvailable())
        QSKIP("busybox-static is not installed (/bin/busybox): no image to make a container of");
    if (geteuid() != 0)
        QSKIP("containers are made through ponton-helper, which needs root here");
    QVERIFY(Test::createBusyboxImage(*m_store, {u"alpine:latest"_s}));
    const Result<Store::ImageRecord> image = m_store->resolve(u"alpine"_s);
    QVERIFY(image);
    ContainerRunRequest request;
    request.image = u"alpine"_s;
    request.command = {u"true"_s};
    Job *create = m_engine->createContainer(request);
    QSignalSpy created(create, &Job::finished);
    QVERIFY(created.wait(30000));
    QVERIFY2(create->result().ok, qPrintable(create->result().error.toString()));

    // Clicks the -f button of the removal dialog of `name`; its label and explanation.
    const auto forceThroughDialog = [this](const QString &name, QString *label, QString *explanation) {
        QSignalSpy explained(m_actions, &Gui::ImageActions::removalExplained);
        QSignalSpy changed(m_actions, &Gui::ImageActions::changed);
        m_actions->remove(name);
        QVERIFY(explained.wait(20000));
        *explanation = explained.constLast().first().toString();
        QCOMPARE(explained.constLast().at(1).toBool(), true);   // blocked without -f
        QPushButton *force = nullptr;
        for (QMessageBox *open : m_window->findChildren<QMessageBox *>(u"removalDialog"_s)) {
            if (open->isVisible())
                force = open->findChild<QPushButton *>(u"forceButton"_s);
        }
        QVERIFY(force);
        *label = force->text();
        force->click();
        QVERIFY(changed.wait(20000));
    };
    QString label;
    QString explanation;
    forceThroughDialog(u"alpine"_s, &label, &explanation);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(label, u"Untag anyway (-f)"_s);
    QVERIFY2(explanation.contains(u"only untagged"_s) && explanation.contains(u"No space is freed"_s), qPrintable(explanation));
    QVERIFY(!m_store->resolve(u"alpine"_s));
    QVERIFY(m_store->findById(image->id));   // kept, untagged, for the container

    const qint64 blobsBefore = blobFileBytes(*m_store);
    forceThroughDialog(image->id.shortId(), &label, &explanation);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(label, u"Delete anyway (-f)"_s);
    QVERIFY2(explanation.contains(u"is deleted although its stopped containers use it"_s), qPrintable(explanation));
    QVERIFY(!m_store->findById(image->id));
    // The dialog told what -f freed: the blob files' bytes that went.
    const qint64 freed = blobsBefore - blobFileBytes(*m_store);
    QVERIFY(freed > 0);
    QVERIFY2(explanation.contains(u"and %1 is freed"_s.arg(Gui::ImageTableModel::humanSize(freed))), qPrintable(explanation));
}

void TestImageActions::keepsUntaggedParentsWhenAsked()
{
    if (!Test::BusyboxLayer::isAvailable())
        QSKIP("busybox-static is not installed (/bin/busybox): no base image to build on");
    if (geteuid() != 0)
        QSKIP("building runs the RUN steps through ponton-helper, which needs root here");
    QVERIFY(Test::createBusyboxImage(*m_store, {u"alpine:latest"_s}));
    // Three steps over alpine each: the built image above two untagged intermediate images.
    const QList<Store::ImageRecord> kept = build(u"kept:1"_s, "FROM alpine\nRUN echo kept > /kept\nCOPY f.txt /f.txt\nRUN echo two > /two\n");
    const QList<Store::ImageRecord> pruned = build(u"pruned:1"_s, "FROM alpine\nRUN echo pruned > /pruned\nCOPY f.txt /f.txt\nRUN echo two > /two\n");
    QCOMPARE(kept.size(), 3);
    QCOMPARE(pruned.size(), 3);

    // Kept: the preview lists no intermediate image and only the image's own blobs, as rmi --no-prune
    // deletes them; the parents survive.
    const Result<Store::RemovalPreview> noPrune = Store::RemovalPlanner(*m_store).preview(u"kept:1"_s, false);
    const Result<Store::RemovalPreview> prune = Store::RemovalPlanner(*m_store).preview(u"kept:1"_s, true);
    QVERIFY(noPrune && prune);
    QVERIFY(noPrune->deletion.bytesFreed < prune->deletion.bytesFreed);
    QSignalSpy commands(m_actions, &Gui::ImageActions::commandShown);
    qint64 blobsBefore = blobFileBytes(*m_store);
    QString explanation = removeThroughDialog(u"kept:1"_s, 1);
    QVERIFY2(explanation.contains(kept.first().id.shortId()), qPrintable(explanation));
    QVERIFY2(!explanation.contains(u"intermediate"_s), qPrintable(explanation));
    for (const Store::ImageRecord &parent : kept.mid(1))
        QVERIFY2(!explanation.contains(parent.id.shortId()), qPrintable(explanation));
    QVERIFY2(explanation.contains(Gui::ImageTableModel::humanSize(noPrune->deletion.bytesFreed)), qPrintable(explanation));
    QCOMPARE(commands.constLast().first().toString(), u"ponton rmi --no-prune kept:1"_s);
    QVERIFY(!m_store->findById(kept.first().id));
    for (const Store::ImageRecord &parent : kept.mid(1))
        QVERIFY(m_store->findById(parent.id));
    QCOMPARE(blobsBefore - blobFileBytes(*m_store), noPrune->deletion.bytesFreed);

    // Checked and unchecked again: the intermediate images are listed and pruned with it.
    const Result<Store::RemovalPreview> pruning = Store::RemovalPlanner(*m_store).preview(u"pruned:1"_s, true);
    QVERIFY(pruning);
    QCOMPARE(pruning->deletion.prunedParents().size(), 2);
    blobsBefore = blobFileBytes(*m_store);
    explanation = removeThroughDialog(u"pruned:1"_s, 2);
    QVERIFY2(explanation.contains(u"also removes 2 intermediate image(s)"_s), qPrintable(explanation));
    for (const Store::ImageRecord &parent : pruned.mid(1))
        QVERIFY2(explanation.contains(parent.id.shortId()), qPrintable(explanation));
    QVERIFY2(explanation.contains(Gui::ImageTableModel::humanSize(pruning->deletion.bytesFreed)), qPrintable(explanation));
    QCOMPARE(commands.constLast().first().toString(), u"ponton rmi pruned:1"_s);
    for (const Store::ImageRecord &image : pruned)
        QVERIFY(!m_store->findById(image.id));
    QCOMPARE(blobsBefore - blobFileBytes(*m_store), pruning->deletion.bytesFreed);
    QVERIFY(m_store->resolve(u"alpine"_s));
}

void TestImageActions::historyInspectSaveLoad()
{
    Test::ImageSpec spec;
    spec.layers = 2;
    spec.tags = {u"app:1"_s};
    const Result<Store::ImageRecord> image = Test::ImageFixture::create(*m_store, spec);
    QVERIFY(image);
    QSignalSpy history(m_actions, &Gui::ImageActions::historyShown);
    m_actions->history(u"app:1"_s);
    QVERIFY(history.wait(10000));
    QCOMPARE(history.first().first().toInt(), 2);
    QSignalSpy inspected(m_actions, &Gui::ImageActions::inspected);
    m_actions->inspect(u"app:1"_s);
    QVERIFY(inspected.wait(10000));
    QVERIFY(inspected.first().first().toString().contains(image->id.toString()));

    QSignalSpy done(m_actions, &Gui::ImageActions::done);
    const QString archive = m_dir->filePath(u"app.tar"_s);
    m_actions->save(u"app:1"_s, archive);
    QVERIFY(done.wait(30000));
    QVERIFY(QFileInfo(archive).size() > 0);
    QSignalSpy failed(m_actions, &Gui::ImageActions::failed);
    m_actions->load(m_dir->filePath(u"missing.tar"_s));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(u"missing.tar"_s), qPrintable(failed.first().first().toString()));
}

QTEST_MAIN(TestImageActions)
#include "tst_imageactions.moc"
