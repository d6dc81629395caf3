#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/settings.h"
#include "build/buildview.h"
#include "tutorial/enginetutorialactions.h"

#include "engine/engine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Ponton::Gui;

namespace {

// The value of --language CODE or --language=CODE, read before QCommandLineParser exists (its texts are
// translated into that language); a null string when the option is not given.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if (argument == u"--language"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(u"--language="_s))
            return argument.mid(qsizetype(sizeof "--language=") - 1);
    }
    return {};
}

// --build FOLDER: the Build view builds the folder's Dockerfile as soon as its editor shows it.
void buildAtStart(BuildView *view, const QString &folder)
{
    const QString dockerfile = QDir(folder).filePath(u"Dockerfile"_s);
    view->setContext(folder);
    if (!QFileInfo::exists(dockerfile)) {
        QTimer::singleShot(0, view, &BuildView::build);   // the view says what is missing
        return;
    }
    // The Dockerfile is read by a job; the remembered build's may load too: the build waits for this one.
    auto *connection = new QMetaObject::Connection;
    *connection = QObject::connect(view, &BuildView::dockerfileLoaded, view,
                                   [view, dockerfile, connection](const QString &path) {
                                       if (path != dockerfile)
                                           return;
                                       QObject::disconnect(*connection);
                                       delete connection;
                                       view->build();
                                   });
    view->openDockerfile(dockerfile);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Ponton"_s);
    QApplication::setApplicationName(u"ponton-desktop"_s);
    QApplication::setApplicationDisplayName(u"Ponton"_s);
    QApplication::setApplicationVersion(QString::fromUtf8(PONTON_VERSION));

    // The catalogue loads before the parser is built, so that --help speaks the session's language.
    Settings settings;
    LanguageManager languages;
    // --language applies to this session only; the menu's choice is the one remembered.
    const QString requested = languageArgument(QCoreApplication::arguments());
    languages.setLanguage(requested.isNull() ? settings.language() : requested);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Ponton: a desktop workbench for container images."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(
        u"language"_s, QCoreApplication::translate("main", "Language of this session: fr or en."),
        QCoreApplication::translate("main", "code"));
    const QCommandLineOption pageOption(
        u"page"_s, QCoreApplication::translate("main", "View to open: images, containers, build, layers, tutorial."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption chapterOption(
        u"chapter"_s,
        QCoreApplication::translate("main", "Open the tutorial on this chapter: pull, commit, build, images, layers, "
                                            "tags, rmi, definition."),
        QCoreApplication::translate("main", "id"));
    const QCommandLineOption buildOption(
        u"build"_s, QCoreApplication::translate("main", "Open the Build view and build the Dockerfile of this folder."),
        QCoreApplication::translate("main", "folder"));
    parser.addOption(languageOption);
    parser.addOption(pageOption);
    parser.addOption(chapterOption);
    parser.addOption(buildOption);
    parser.process(app);
    if (parser.isSet(chapterOption))
        settings.setCurrentChapter(parser.value(chapterOption));

    Ponton::EngineOptions options;
    options.root = qEnvironmentVariable("PONTON_ROOT");
    Ponton::Engine engine(options);
    // The tutorial's buttons pull, run, commit and build for real through the engine.
    EngineTutorialActions tutorialActions(&engine);
    MainWindow window(&settings, &languages, &tutorialActions);
    window.attachEngine(&engine);
    if (const auto page = MainWindow::pageFromName(parser.value(pageOption)))
        window.showPage(*page);
    if (parser.isSet(chapterOption))
        window.showPage(MainWindow::Page::Tutorial);
    window.show();
    if (parser.isSet(buildOption)) {
        window.showPage(MainWindow::Page::Build);
        buildAtStart(window.buildView(), QDir(parser.value(buildOption)).absolutePath());
    }
    return app.exec();
}
