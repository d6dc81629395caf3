#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/settings.h"
#include "tutorial/enginetutorialactions.h"

#include "engine/engine.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;
using namespace Ponton::Gui;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Ponton"_s);
    QApplication::setApplicationName(u"ponton-desktop"_s);
    QApplication::setApplicationDisplayName(u"Ponton"_s);
    QApplication::setApplicationVersion(QString::fromUtf8(PONTON_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(u"language"_s, u"Language of this session: fr or en."_s, u"code"_s);
    const QCommandLineOption pageOption(u"page"_s, u"View to open: images, containers, build, layers, tutorial."_s,
                                        u"name"_s);
    parser.addOption(languageOption);
    parser.addOption(pageOption);
    parser.process(app);

    Settings settings;
    LanguageManager languages;
    // --language applies to this session only; the menu's choice is the one remembered.
    languages.setLanguage(parser.isSet(languageOption) ? parser.value(languageOption) : settings.language());

    Ponton::EngineOptions options;
    options.root = qEnvironmentVariable("PONTON_ROOT");
    Ponton::Engine engine(options);
    // The tutorial's buttons pull, run, commit and build for real through the engine.
    EngineTutorialActions tutorialActions(&engine);
    MainWindow window(&settings, &languages, &tutorialActions);
    window.attachEngine(&engine);
    if (const auto page = MainWindow::pageFromName(parser.value(pageOption)))
        window.showPage(*page);
    window.show();
    return app.exec();
}
