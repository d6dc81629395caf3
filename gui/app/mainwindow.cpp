#include "app/mainwindow.h"

#include "app/helperstatuslabel.h"
#include "app/helperstatusmonitor.h"
#include "app/languagemanager.h"
#include "app/placeholderpage.h"
#include "build/buildview.h"
#include "containers/containersview.h"
#include "images/imagesview.h"
#include "layers/layersview.h"
#include "app/registrymirrorsetting.h"
#include "app/settings.h"
#include "app/settingsdialog.h"
#include "engine/engine.h"
#include "tutorial/tutorialpage.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

namespace {

constexpr MainWindow::Page AllPages[] = {
    MainWindow::Page::Images, MainWindow::Page::Containers, MainWindow::Page::Build,
    MainWindow::Page::Layers, MainWindow::Page::Tutorial,
};

QStyle::StandardPixmap pageIcon(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Images: return QStyle::SP_DriveHDIcon;
    case MainWindow::Page::Containers: return QStyle::SP_ComputerIcon;
    case MainWindow::Page::Build: return QStyle::SP_FileDialogDetailedView;
    case MainWindow::Page::Layers: return QStyle::SP_DirIcon;
    case MainWindow::Page::Tutorial: return QStyle::SP_DialogHelpButton;
    }
    return QStyle::SP_FileIcon;
}

} // namespace

MainWindow::MainWindow(Settings *settings, LanguageManager *languages, TutorialActions *tutorialActions,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_tutorial(new TutorialPage(settings, tutorialActions, this))
    , m_helperStatus(new HelperStatusLabel(this))
{
    createPages();
    createMenus();
    statusBar()->addPermanentWidget(m_helperStatus);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(AllPages[row]);
    });
    connect(m_languages, &LanguageManager::languageChanged, m_tutorial, &TutorialPage::setLanguage);
    m_tutorial->setLanguage(m_languages->language().isEmpty() ? LanguageManager::systemLanguage()
                                                              : m_languages->language());
    retranslate();
    resize(1100, 720);
    showPage(Page::Images);
}

void MainWindow::createPages()
{
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setMaximumWidth(190);
    m_images = new PlaceholderPage(m_pages);
    m_containers = new PlaceholderPage(m_pages);
    m_build = new PlaceholderPage(m_pages);
    m_layers = new PlaceholderPage(m_pages);
    for (const Page page : AllPages) {
        auto *item = new QListWidgetItem(style()->standardIcon(pageIcon(page)), QString(), m_navigation);
        item->setData(Qt::UserRole, int(page));
        m_pages->addWidget(this->page(page));
    }
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_fileMenu->addAction(QString(), this, [this] {
        auto *dialog = new SettingsDialog(RegistryMirrorSetting::defaultPath(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::saved, this, [this] {
            if (m_engine)
                m_engine->reloadRegistryConfig();
        });
        dialog->open();
    });
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_systemLanguage = m_languageMenu->addAction(QString());
    m_systemLanguage->setCheckable(true);
    m_languageGroup->addAction(m_systemLanguage);
    connect(m_systemLanguage, &QAction::triggered, this, [this] { chooseLanguage({}); });
    m_languageMenu->addSeparator();
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Ponton"),
                           tr("Ponton %1: a workbench for container images, with its own engine.")
                               .arg(QApplication::applicationVersion()));
    });
    updateLanguageActions();
}

MainWindow::Page MainWindow::currentPage() const
{
    return AllPages[std::max(m_pages->currentIndex(), 0)];
}

QWidget *MainWindow::page(Page page) const
{
    switch (page) {
    case Page::Images: return m_imagesView ? static_cast<QWidget *>(m_imagesView) : m_images;
    case Page::Containers: return m_containersView ? static_cast<QWidget *>(m_containersView) : m_containers;
    case Page::Build: return m_buildView ? static_cast<QWidget *>(m_buildView) : m_build;
    case Page::Layers: return m_layersView ? static_cast<QWidget *>(m_layersView) : m_layers;
    case Page::Tutorial: return m_tutorial;
    }
    return nullptr;
}

QString MainWindow::pageName(Page page)
{
    switch (page) {
    case Page::Images: return u"images"_s;
    case Page::Containers: return u"containers"_s;
    case Page::Build: return u"build"_s;
    case Page::Layers: return u"layers"_s;
    case Page::Tutorial: return u"tutorial"_s;
    }
    return {};
}

std::optional<MainWindow::Page> MainWindow::pageFromName(const QString &name)
{
    for (const Page page : AllPages) {
        if (pageName(page) == name)
            return page;
    }
    return std::nullopt;
}

void MainWindow::showPage(Page page)
{
    const int index = int(std::find(std::begin(AllPages), std::end(AllPages), page) - std::begin(AllPages));
    const bool changed = m_pages->currentIndex() != index;
    m_pages->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    if (changed)
        emit pageChanged(page);
}

void MainWindow::chooseLanguage(const QString &code)
{
    m_settings->setLanguage(code);
    m_languages->setLanguage(code);
    updateLanguageActions();
}

void MainWindow::updateLanguageActions()
{
    const QString chosen = m_settings->language();
    m_systemLanguage->setChecked(chosen.isEmpty());
    for (QAction *action : m_languageGroup->actions()) {
        if (action != m_systemLanguage)
            action->setChecked(action->data().toString() == chosen);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Ponton"));
    const QString labels[] = {tr("Images"), tr("Containers"), tr("Build"), tr("Layers"), tr("Tutorial")};
    for (int row = 0; row < m_navigation->count(); ++row)
        m_navigation->item(row)->setText(labels[row]);
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("System language (%1)")
                                  .arg(LanguageManager::nativeName(LanguageManager::systemLanguage())));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Ponton"));
    retranslatePlaceholders();
}

void MainWindow::attachEngine(Engine *engine)
{
    if (m_imagesView)
        return;
    m_engine = engine;
    m_imagesView = new ImagesView(engine, m_pages);
    const int index = m_pages->indexOf(m_images);
    const bool current = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, m_imagesView);
    m_pages->removeWidget(m_images);
    m_images->deleteLater();
    m_images = nullptr;
    if (current)
        m_pages->setCurrentIndex(index);
    m_imagesView->refresh();
    m_buildView = new BuildView(engine, m_pages);
    replacePlaceholder(m_build, m_buildView);
    m_layersView = new LayersView(engine, m_pages);
    replacePlaceholder(m_layers, m_layersView);
    m_layersView->refreshImages();
    connect(m_imagesView, &ImagesView::refreshed, m_layersView, &LayersView::refreshImages);
    connect(m_imagesView, &ImagesView::layersRequested, this, [this](const QString &image) {
        showPage(Page::Layers);
        m_layersView->showImage(image);
    });
    m_containersView = new ContainersView(engine, m_pages);
    replacePlaceholder(m_containers, m_containersView);
    // The helper's label tells what the helper answers, now and every few seconds.
    m_helperMonitor = new HelperStatusMonitor(engine, m_helperStatus, this);
    m_helperMonitor->refresh();
    // A build step's image opens in a shell on the Containers page.
    connect(m_buildView, &BuildView::terminalRequested, this, [this](const QString &imageId) {
        showPage(Page::Containers);
        m_containersView->runInteractive(imageId, {u"/bin/sh"_s});
    });
}

void MainWindow::replacePlaceholder(PlaceholderPage *&placeholder, QWidget *view)
{
    const int index = m_pages->indexOf(placeholder);
    const bool current = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, view);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
    placeholder = nullptr;
    if (current)
        m_pages->setCurrentIndex(index);
}

void MainWindow::retranslatePlaceholders()
{
    if (m_images)
        m_images->setTexts(tr("Images"),
                       tr("The images of the local store: repository, tag, ID, creation date and size. "
                          "Pull, tag, remove, inspect and push them, and see the layers of each."),
                       u"ponton images"_s);
    if (m_containers)
        m_containers->setTexts(tr("Containers"),
                           tr("The containers, as ponton ps -a lists them: start, stop, pause, commit and "
                              "remove them, with a terminal attached to each."),
                           u"ponton ps -a"_s);
    if (m_build)
        m_build->setTexts(tr("Build"),
                      tr("A Dockerfile editor with hints as you type, the live build log and a timeline of "
                         "the steps, with the cache hits."),
                      u"ponton build -t NAME ."_s);
    if (m_layers)
        m_layers->setTexts(tr("Layers"),
                       tr("Every file of every layer of an image: added, modified or removed, and the space "
                          "wasted."),
                       u"ponton history IMAGE"_s);
}

} // namespace Ponton::Gui
