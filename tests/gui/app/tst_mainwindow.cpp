#include "app/helperstatuslabel.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/placeholderpage.h"
#include "app/settings.h"
#include "tutorial/tutorialpage.h"
#include "tutorial/unavailabletutorialactions.h"

#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Ponton::Gui;
using namespace Qt::StringLiterals;

namespace {

// A catalogue that "translates" every string of the desktop app into [[source]]: the French .ts is
// still empty, and this shows that every widget really asks again when the language changes.
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (!QByteArray(context).startsWith("Ponton::Gui::"))
            return {};
        return u"[["_s + QString::fromUtf8(source) + u"]]"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void startsOnImages();
    void showPageSwitches();
    void navigationClickSwitches();
    void pageNamesRoundTrip();
    void placeholdersAreHonest();
    void retranslatesOnLanguageChange();
    void languageMenuSwitchesTutorial();
    void systemLanguageEntry();
    void helperStatusInStatusBar();

private:
    QListWidget *navigation() const { return m_window->findChild<QListWidget *>(u"navigation"_s); }

    QTemporaryDir m_dir;
    Settings *m_settings = nullptr;
    LanguageManager *m_languages = nullptr;
    UnavailableTutorialActions *m_actions = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_settings = new Settings(m_dir.filePath(u"settings.ini"_s));
    m_languages = new LanguageManager;
    m_languages->setLanguage(u"en"_s);
    m_actions = new UnavailableTutorialActions;
    m_window = new MainWindow(m_settings, m_languages, m_actions);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_actions;
    delete m_languages;
    delete m_settings;
}

void TestMainWindow::startsOnImages()
{
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Images);
    QCOMPARE(navigation()->count(), 5);
    QCOMPARE(navigation()->currentRow(), 0);
    QCOMPARE(navigation()->item(0)->text(), u"Images"_s);
    QCOMPARE(navigation()->item(4)->text(), u"Tutorial"_s);
}

void TestMainWindow::showPageSwitches()
{
    QSignalSpy changed(m_window, &MainWindow::pageChanged);
    auto *stack = m_window->findChild<QStackedWidget *>();
    m_window->showPage(MainWindow::Page::Build);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).value<MainWindow::Page>(), MainWindow::Page::Build);
    QCOMPARE(stack->currentWidget(), m_window->page(MainWindow::Page::Build));
    QCOMPARE(navigation()->currentRow(), 2);
    m_window->showPage(MainWindow::Page::Build);
    QCOMPARE(changed.count(), 1);   // no change, no signal
    m_window->showPage(MainWindow::Page::Tutorial);
    QCOMPARE(stack->currentWidget(), m_window->tutorialPage());
    QCOMPARE(changed.count(), 2);
}

void TestMainWindow::navigationClickSwitches()
{
    QSignalSpy changed(m_window, &MainWindow::pageChanged);
    QListWidget *list = navigation();
    const QRect containers = list->visualItemRect(list->item(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, containers.center());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Containers);
    QVERIFY(m_window->page(MainWindow::Page::Containers)->isVisible());
    QVERIFY(!m_window->page(MainWindow::Page::Images)->isVisible());
}

void TestMainWindow::pageNamesRoundTrip()
{
    for (const auto page : {MainWindow::Page::Images, MainWindow::Page::Containers, MainWindow::Page::Build,
                            MainWindow::Page::Layers, MainWindow::Page::Tutorial})
        QCOMPARE(MainWindow::pageFromName(MainWindow::pageName(page)), std::optional(page));
    QCOMPARE(MainWindow::pageFromName(u"nonsense"_s), std::nullopt);
}

void TestMainWindow::placeholdersAreHonest()
{
    auto *images = qobject_cast<PlaceholderPage *>(m_window->page(MainWindow::Page::Images));
    QVERIFY(images);
    QCOMPARE(images->title(), u"Images"_s);
    auto *status = images->findChild<QLabel *>(u"placeholderStatus"_s);
    QVERIFY(status->text().contains(u"engine"_s));
}

void TestMainWindow::retranslatesOnLanguageChange()
{
    auto *images = qobject_cast<PlaceholderPage *>(m_window->page(MainWindow::Page::Images));
    const QString helperBefore = m_window->helperStatus()->text();
    BracketTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(navigation()->item(0)->text(), u"[[Images]]"_s);
    QCOMPARE(navigation()->item(4)->text(), u"[[Tutorial]]"_s);
    QCOMPARE(images->title(), u"[[Images]]"_s);
    QCOMPARE(m_window->windowTitle(), u"[[Ponton]]"_s);
    QCOMPARE(m_window->helperStatus()->text(), u"[["_s + helperBefore + u"]]"_s);
    auto *run = m_window->tutorialPage()->findChild<QPushButton *>(u"runButton"_s);
    QCOMPARE(run->text(), u"[[Do it]]"_s);
    QCOMPARE(m_window->menuBar()->actions().first()->text(), u"[[&File]]"_s);
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(navigation()->item(0)->text(), u"Images"_s);
    QCOMPARE(run->text(), u"Do it"_s);
}

void TestMainWindow::languageMenuSwitchesTutorial()
{
    TutorialPage *tutorial = m_window->tutorialPage();
    QCOMPARE(tutorial->language(), u"en"_s);
    QCOMPARE(tutorial->titleText(), u"Pull an image from a registry"_s);
    QAction *french = nullptr;
    for (QAction *action : m_window->menuBar()->actions().at(1)->menu()->actions()) {
        if (action->data().toString() == u"fr"_s)
            french = action;
    }
    QVERIFY(french);
    QCOMPARE(french->text(), u"Français"_s);
    QSignalSpy changed(m_languages, &LanguageManager::languageChanged);
    french->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_languages->language(), u"fr"_s);
    QCOMPARE(m_settings->language(), u"fr"_s);
    QVERIFY(french->isChecked());
    QCOMPARE(tutorial->language(), u"fr"_s);
    QCOMPARE(tutorial->titleText(), u"Récupérer une image sur un registre"_s);
    QCOMPARE(QLocale().language(), QLocale::French);
    // The real French catalogue is loaded and applied to the shell's own labels.
    const QString tutorialFr = QCoreApplication::translate("Ponton::Gui::MainWindow", "Tutorial");
    QVERIFY(tutorialFr != u"Tutorial"_s);
    QTRY_COMPARE(navigation()->item(4)->text(), tutorialFr);
}

void TestMainWindow::systemLanguageEntry()
{
    m_window->chooseLanguage(u"fr"_s);
    m_window->chooseLanguage(QString());
    QCOMPARE(m_settings->language(), QString());
    QVERIFY(m_languages->followsSystem());
    QCOMPARE(m_languages->language(), LanguageManager::systemLanguage());
    QCOMPARE(m_window->tutorialPage()->language(), LanguageManager::systemLanguage());
}

void TestMainWindow::helperStatusInStatusBar()
{
    HelperStatusLabel *status = m_window->statusBar()->findChild<HelperStatusLabel *>();
    QVERIFY(status);
    QCOMPARE(status, m_window->helperStatus());
    QCOMPARE(status->state(), HelperStatusLabel::State::Unknown);
    const QString unknown = status->text();
    status->setState(HelperStatusLabel::State::Running, u"/run/ponton/helper.sock"_s);
    QVERIFY(status->text() != unknown);
    QVERIFY(status->toolTip().contains(u"/run/ponton/helper.sock"_s));
    status->setState(HelperStatusLabel::State::Failed);
    QVERIFY(!status->toolTip().contains(u"helper.sock"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
