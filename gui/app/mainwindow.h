#pragma once

#include <QMainWindow>

#include <optional>

class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Ponton { class Engine; }

namespace Ponton::Gui {

class BuildView;
class ContainersView;
class ImagesView;
class LayersView;
class HelperStatusLabel;
class HelperStatusMonitor;
class LanguageManager;
class PlaceholderPage;
class Settings;
class TutorialActions;
class TutorialPage;

// The desktop shell: a side list of the views, the views in a stack, the language menu and the
// helper's state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Images, Containers, Build, Layers, Tutorial };
    Q_ENUM(Page)

    MainWindow(Settings *settings, LanguageManager *languages, TutorialActions *tutorialActions,
               QWidget *parent = nullptr);

    Page currentPage() const;
    QWidget *page(Page page) const;
    TutorialPage *tutorialPage() const { return m_tutorial; }
    HelperStatusLabel *helperStatus() const { return m_helperStatus; }
    HelperStatusMonitor *helperMonitor() const { return m_helperMonitor; }
    static QString pageName(Page page);   // stable, untranslated: "images", "tutorial"...
    static std::optional<Page> pageFromName(const QString &name);

    // Replaces the engine pages' placeholders with the real views on `engine` (the Images view for now).
    void attachEngine(Engine *engine);
    ImagesView *imagesView() const { return m_imagesView; }
    BuildView *buildView() const { return m_buildView; }
    LayersView *layersView() const { return m_layersView; }
    ContainersView *containersView() const { return m_containersView; }

public slots:
    void showPage(Ponton::Gui::MainWindow::Page page);
    void chooseLanguage(const QString &code);   // "fr", "en", or empty to follow the system

signals:
    void pageChanged(Ponton::Gui::MainWindow::Page page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    void createMenus();
    void retranslate();
    void retranslatePlaceholders();
    void updateLanguageActions();
    void replacePlaceholder(PlaceholderPage *&placeholder, QWidget *view);

    Settings *m_settings = nullptr;
    LanguageManager *m_languages = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    PlaceholderPage *m_images = nullptr;
    ImagesView *m_imagesView = nullptr;
    PlaceholderPage *m_containers = nullptr;
    ContainersView *m_containersView = nullptr;
    PlaceholderPage *m_build = nullptr;
    BuildView *m_buildView = nullptr;
    PlaceholderPage *m_layers = nullptr;
    LayersView *m_layersView = nullptr;
    TutorialPage *m_tutorial = nullptr;
    HelperStatusLabel *m_helperStatus = nullptr;
    HelperStatusMonitor *m_helperMonitor = nullptr;
    Engine *m_engine = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_about = nullptr;
    QAction *m_systemLanguage = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Ponton::Gui
