// The tutorial done for real, offscreen: every chapter's "Do it" through the engine (pull from a loopback
// registry standing in for Docker Hub as its mirror, a container that installs curl and is committed, the
// chapter's Dockerfiles built by the real builder and helper, tag, rmi, inspect), then every check on the
// real outcome, in English and in French through the tutorial page, progress kept in the settings.
#include "app/settings.h"
#include "tutorial/enginetutorialactions.h"
#include "tutorial/tutorialpage.h"
#include "offlinealpine.h"
#include "support/registryfixture.h"

#include "engine/engine.h"
#include "store/imagestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace

class TestEngineTutorialActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyChapterForReal();

private:
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
        const TutorialOutcome step = run(actions, chapter, &output);
        QVERIFY2(step.succeeded(), qPrintable(chapter + u": "_s + step.message + u" | "_s + output.join(u'\n')));
        const TutorialOutcome checked = check(actions, chapter);
        QVERIFY2(checked.succeeded(), qPrintable(chapter + u" check: "_s + checked.message));
        if (chapter == u"commit"_s)   // the container's own output, from its log
            QVERIFY2(output.contains(u"Installing curl"_s), qPrintable(output.join(u'\n')));
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
