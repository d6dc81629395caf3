// The tutorial done for real, offscreen: every chapter's "Do it" through the engine (pull from a loopback
// registry standing in for Docker Hub as its mirror, a shell in a new container shown in the page's
// terminal, where the page's buttons type apk add curl and exit, then the commit, the chapter's Dockerfiles
// built by the real builder and helper, tag, rmi, inspect), then every check on the real outcome, in
// English and in French through the tutorial page, progress kept in the settings. A shell that exits
// without installing curl fails the step, which says what is missing and commits nothing.
#include "app/settings.h"
#include "terminal/terminalwidget.h"
#include "tutorial/enginetutorialactions.h"
#include "tutorial/tutorialpage.h"
#include "tutorial/tutorialterminalpanel.h"
#include "offlinealpine.h"
#include "support/registryfixture.h"

#include "engine/engine.h"
#include "store/imagestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;
using Gui::TutorialOutcome;

namespace {

const QStringList Chapters = {u"pull"_s, u"commit"_s, u"build"_s, u"images"_s, u"layers"_s,
                              u"tags"_s, u"rmi"_s, u"definition"_s};

EngineOptions optionsFor(const QString &root)
{
    EngineOptions options;
    options.root = root;
    options.helperPath = QStringLiteral(PONTON_HELPER_PATH);
    return options;
}

// An engine on a new store, its tutorial actions and an English tutorial page with its own settings.
struct TutorialRig
{
    explicit TutorialRig(const QString &settingsPath)
        : engine(optionsFor(root.path())), actions(&engine), settings(settingsPath), page(&settings, &actions)
    {
        page.setLanguage(u"en"_s);
    }

    QTemporaryDir root;
    Engine engine;
    Gui::EngineTutorialActions actions;
    Gui::Settings settings;
    Gui::TutorialPage page;
};

// Every container of `engine`'s store (ponton ps -a); none when the listing does not answer.
QList<ContainerRow> allContainers(Engine &engine)
{
    Job *list = engine.listContainers(true);
    QSignalSpy listed(list, &Job::finished);
    if (!listed.wait(30000))
        return {};
    return listed.first().first().value<JobResult>().value.value<QList<ContainerRow>>();
}

} // namespace

class TestEngineTutorialActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shellExitsWithoutCurl();
    void detachingKeepsTheContainerRunning();
    void everyChapterForReal();

private:
    struct ShellRun {
        TutorialOutcome step;
        QStringList output;
        QString screen;
    };
    enum class ShellEnd { Exit, Detach };
    // The commit chapter through the page's buttons: "Do it", then, once the terminal is there, "Type it
    // for me" if `install` (and a wait until the terminal shows apk's output), then "Exit the shell", or
    // Ctrl-P Ctrl-Q typed in the terminal for ShellEnd::Detach.
    void runShellStep(Gui::TutorialPage &page, Gui::EngineTutorialActions &actions, bool install, ShellRun *run,
                      ShellEnd end = ShellEnd::Exit);
    TutorialOutcome run(Gui::EngineTutorialActions &actions, const QString &chapter, QStringList *output);
    TutorialOutcome check(Gui::EngineTutorialActions &actions, const QString &chapter);

    Test::RegistryFixture m_registry;
    QTemporaryDir m_seed;
    QTemporaryDir m_dir;
    bool m_ready = false;
};

void TestEngineTutorialActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!Test::RegistryFixture::isAvailable())
        QSKIP("docker-registry is not installed: no registry to pull the tutorial's images from");
    if (!Test::BusyboxLayer::isAvailable())
        QSKIP("busybox-static is not installed (/bin/busybox): no alpine to make");
    if (geteuid() != 0)
        QSKIP("the tutorial runs containers through ponton-helper, which needs root here");
    QVERIFY(m_registry.start());
    // The registry holds the busybox-based alpine and nginx:stable-alpine, pushed by a real engine.
    Store::ImageStore seed(m_seed.path());
    QVERIFY(Test::createOfflineAlpine(seed, {u"alpine:latest"_s, u"nginx:stable-alpine"_s}));
    Engine pusher(optionsFor(m_seed.path()));
    for (const auto &[source, target] : {std::pair{u"alpine"_s, u"library/alpine:latest"_s},
                                         std::pair{u"nginx:stable-alpine"_s, u"library/nginx:stable-alpine"_s}}) {
        Job *push = pusher.push(source, m_registry.hostPort() + u'/' + target);
        QSignalSpy finished(push, &Job::finished);
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<JobResult>();
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
    }
    // docker.io is mirrored by the loopback registry.
    const QString config = m_dir.filePath(u"registries.json"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{u"registry-mirrors"_s, QJsonArray{m_registry.url().toString()}}}).toJson());
    file.close();
    qputenv("PONTON_REGISTRY_CONFIG", config.toLocal8Bit());
    m_ready = true;
}

TutorialOutcome TestEngineTutorialActions::run(Gui::EngineTutorialActions &actions, const QString &chapter,
                                               QStringList *output)
{
    QSignalSpy finished(&actions, &Gui::TutorialActions::stepFinished);
    QSignalSpy lines(&actions, &Gui::TutorialActions::stepOutput);
    actions.runStep(chapter);
    if (!actions.isBusy() && finished.isEmpty())
        return {TutorialOutcome::Status::Failed, u"not busy after runStep"_s, {}};
    if (finished.isEmpty() && !finished.wait(180000))
        return {TutorialOutcome::Status::Failed, u"no stepFinished"_s, {}};
    for (const QList<QVariant> &line : lines)
        output->append(line.at(1).toString());
    return finished.first().at(1).value<TutorialOutcome>();
}

TutorialOutcome TestEngineTutorialActions::check(Gui::EngineTutorialActions &actions, const QString &chapter)
{
    QSignalSpy finished(&actions, &Gui::TutorialActions::checkFinished);
    actions.checkStep(chapter);
    if (finished.isEmpty() && !finished.wait(60000))
        return {TutorialOutcome::Status::Failed, u"no checkFinished"_s, {}};
    return finished.first().at(1).value<TutorialOutcome>();
}

void TestEngineTutorialActions::runShellStep(Gui::TutorialPage &page, Gui::EngineTutorialActions &actions,
                                             bool install, ShellRun *run, ShellEnd end)
{
    page.showChapter(int(page.book().indexOf(u"commit"_s)));
    QSignalSpy opened(&actions, &Gui::TutorialActions::terminalOpened);
    QSignalSpy finished(&actions, &Gui::TutorialActions::stepFinished);
    QSignalSpy lines(&actions, &Gui::TutorialActions::stepOutput);
    auto *runButton = page.findChild<QPushButton *>(u"runButton"_s);
    QVERIFY(runButton);
    runButton->click();
    QVERIFY2(opened.wait(180000) || !opened.isEmpty(), "the step opened no terminal");
    QCOMPARE(opened.first().at(0).toString(), u"commit"_s);
    Gui::TutorialTerminalPanel *panel = page.terminalPanel();
    QVERIFY(!panel->isHidden());
    QVERIFY(panel->isShellRunning());
    QCOMPARE(panel->containerId(), opened.first().at(1).toString());
    QVERIFY(finished.isEmpty());   // the step waits for the user's shell
    if (install) {
        panel->findChild<QPushButton *>(u"typeInstallButton"_s)->click();
        QTRY_VERIFY2_WITH_TIMEOUT(panel->screenText().contains(u"Installing curl"_s), qPrintable(panel->screenText()),
                                  60000);
        QVERIFY(panel->screenText().contains(u"apk add curl"_s));   // echoed by the PTY as typed
    }
    if (end == ShellEnd::Detach) {
        // apk has finished: its last line is there.
        QTRY_VERIFY2_WITH_TIMEOUT(panel->screenText().contains(u"OK: 2 packages"_s), qPrintable(panel->screenText()),
                                  60000);
        QVERIFY(panel->terminal()->isDetachHintVisible());
        QTest::keyClick(panel->terminal(), Qt::Key_P, Qt::ControlModifier);
        QTest::keyClick(panel->terminal(), Qt::Key_Q, Qt::ControlModifier);
    } else {
        panel->findChild<QPushButton *>(u"typeExitButton"_s)->click();
    }
    QVERIFY2(finished.wait(120000) || !finished.isEmpty(), qPrintable(panel->screenText()));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isShellRunning(), 5000);
    QVERIFY(!panel->findChild<QPushButton *>(u"typeExitButton"_s)->isEnabled());
    run->step = finished.first().at(1).value<TutorialOutcome>();
    for (const QList<QVariant> &line : lines)
        run->output.append(line.at(1).toString());
    run->screen = panel->screenText();
}

void TestEngineTutorialActions::shellExitsWithoutCurl()
{
    QVERIFY(m_ready);
    TutorialRig rig(m_dir.filePath(u"settings-nocurl.ini"_s));
    Gui::TutorialPage &page = rig.page;
    ShellRun run;
    runShellStep(page, rig.actions, false, &run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.step.status, TutorialOutcome::Status::Failed);
    QVERIFY2(run.step.message.contains(u"/usr/bin/curl"_s), qPrintable(run.step.message));
    QVERIFY2(page.resultText().contains(u"/usr/bin/curl"_s), qPrintable(page.resultText()));
    QVERIFY(!run.output.contains(u"A /usr/bin/curl"_s));
    QVERIFY2(!run.output.join(u'\n').contains(u"ponton commit"_s), qPrintable(run.output.join(u'\n')));
    QVERIFY(!rig.settings.isChapterCompleted(u"commit"_s));
    // Nothing was committed: alpine:curl does not exist, and the chapter's check says so.
    QCOMPARE(check(rig.actions, u"commit"_s).status, TutorialOutcome::Status::Failed);
    // The container is left as the user left it, exited, as `docker run` without --rm leaves it.
    const QList<ContainerRow> rows = allContainers(rig.engine);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().status, u"exited"_s);
}

// Ctrl-P Ctrl-Q in the tutorial's terminal, as from `docker run -it`: the shell's container keeps running,
// and the step commits what the shell installed, freezing the running container meanwhile.
void TestEngineTutorialActions::detachingKeepsTheContainerRunning()
{
    QVERIFY(m_ready);
    TutorialRig rig(m_dir.filePath(u"settings-detach.ini"_s));
    ShellRun run;
    runShellStep(rig.page, rig.actions, true, &run, ShellEnd::Detach);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.step.status == TutorialOutcome::Status::Succeeded, qPrintable(run.step.message));
    const QString output = run.output.join(u'\n');
    QVERIFY2(output.contains(u"Detached from "_s), qPrintable(output));
    QVERIFY2(output.contains(u"A /usr/bin/curl"_s), qPrintable(output));
    QVERIFY2(output.contains(u"ponton commit"_s), qPrintable(output));
    Gui::TutorialTerminalPanel *panel = rig.page.terminalPanel();
    QVERIFY(panel->isDetached());
    QVERIFY2(panel->findChild<QLabel *>(u"terminalHint"_s)->text().contains(u"keeps running"_s),
             qPrintable(panel->findChild<QLabel *>(u"terminalHint"_s)->text()));
    QCOMPARE(check(rig.actions, u"commit"_s).status, TutorialOutcome::Status::Succeeded);
    // The container still runs (the commit thawed it), as `docker run -it` leaves it after a detach.
    const QList<ContainerRow> rows = allContainers(rig.engine);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().status, u"running"_s);
    Job *kill = rig.engine.killContainer(rows.first().id);
    QSignalSpy killed(kill, &Job::finished);
    QVERIFY(killed.wait(30000));
    QVERIFY(killed.first().first().value<JobResult>().ok);
}

void TestEngineTutorialActions::everyChapterForReal()
{
    QVERIFY(m_ready);
    QTemporaryDir root;
    QTemporaryDir workspace;
    Engine engine(optionsFor(root.path()));
    Gui::EngineTutorialActions actions(&engine);
    actions.setWorkspace(workspace.path());

    // Before anything ran, the checks fail: they look at the real store.
    for (const QString &chapter : {u"pull"_s, u"commit"_s, u"build"_s, u"tags"_s}) {
        const TutorialOutcome before = check(actions, chapter);
        QVERIFY2(before.status == TutorialOutcome::Status::Failed, qPrintable(chapter + u": "_s + before.message));
    }

    QStringList output;
    for (const QString &chapter : Chapters) {
        if (chapter == u"rmi"_s)
            continue;   // last, through the page: it removes what the build and tags chapters check
        output.clear();
        if (chapter == u"commit"_s) {
            // The user's shell, through the page's buttons; the page checks the step once it is done.
            Gui::Settings settings(m_dir.filePath(u"settings-shell.ini"_s));
            Gui::TutorialPage page(&settings, &actions);
            page.setLanguage(u"en"_s);
            QSignalSpy checkedByPage(&actions, &Gui::TutorialActions::checkFinished);
            ShellRun shell;
            runShellStep(page, actions, true, &shell);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(shell.step.succeeded(), qPrintable(shell.step.message + u" | "_s + shell.output.join(u'\n')));
            QVERIFY2(shell.output.contains(u"A /usr/bin/curl"_s), qPrintable(shell.output.join(u'\n')));
            QVERIFY(shell.output.contains(u"ponton run -it alpine sh"_s));
            QVERIFY(shell.screen.contains(u"OK: 2 packages"_s));
            QVERIFY(checkedByPage.wait(60000) || !checkedByPage.isEmpty());
            QVERIFY2(settings.isChapterCompleted(u"commit"_s), qPrintable(page.resultText()));
            QVERIFY2(page.resultText().contains(u"/usr/bin/curl"_s), qPrintable(page.resultText()));
            continue;
        }
        const TutorialOutcome step = run(actions, chapter, &output);
        QVERIFY2(step.succeeded(), qPrintable(chapter + u": "_s + step.message + u" | "_s + output.join(u'\n')));
        const TutorialOutcome checked = check(actions, chapter);
        QVERIFY2(checked.succeeded(), qPrintable(chapter + u" check: "_s + checked.message));
        if (chapter == u"build"_s) {
            QVERIFY(output.contains(u"Step 2/3 : RUN apk update"_s));
            QVERIFY(output.contains(u"Successfully tagged alpinecurl:latest"_s));
        }
        if (chapter == u"layers"_s)
            QVERIFY(output.contains(u" ---> Using cache"_s));
    }

    // The page in both languages: its Check buttons pass and the chapters count as done, kept in settings.
    for (const QString &language : {u"en"_s, u"fr"_s}) {
        Gui::Settings settings(m_dir.filePath(u"settings-%1.ini"_s.arg(language)));
        Gui::TutorialPage page(&settings, &actions);
        page.setLanguage(language);
        QCOMPARE(page.language(), language);
        for (int index = 0; index < page.chapterCount(); ++index) {
            page.showChapter(index);
            if (page.currentChapterId() == u"rmi"_s)
                continue;
            QSignalSpy finished(&actions, &Gui::TutorialActions::checkFinished);
            page.checkCurrentStep();
            QVERIFY(finished.wait(60000));
            QVERIFY2(settings.isChapterCompleted(page.currentChapterId()),
                     qPrintable(language + u" "_s + page.currentChapterId() + u": "_s + page.resultText()));
        }
        QCOMPARE(settings.completedChapters().size(), Chapters.size() - 1);
    }

    // rmi through the French page's "Do it": the step runs, the page checks it at once.
    Gui::Settings settings(m_dir.filePath(u"settings-fr.ini"_s));
    Gui::TutorialPage page(&settings, &actions);
    page.setLanguage(u"fr"_s);
    page.showChapter(int(page.book().indexOf(u"rmi"_s)));
    QSignalSpy checked(&actions, &Gui::TutorialActions::checkFinished);
    page.runCurrentStep();
    QVERIFY(checked.wait(120000));
    QVERIFY2(settings.isChapterCompleted(u"rmi"_s), qPrintable(page.resultText()));
    QCOMPARE(settings.completedChapters().size(), Chapters.size());
    // Removing alpinecurl:latest is a real change: the build chapter's check now fails, as it should.
    QCOMPARE(check(actions, u"build"_s).status, TutorialOutcome::Status::Failed);
    QCOMPARE(check(actions, u"images"_s).status, TutorialOutcome::Status::Succeeded);   // alpinecurl:1.0 is left
}

QTEST_MAIN(TestEngineTutorialActions)
#include "tst_enginetutorialactions.moc"
