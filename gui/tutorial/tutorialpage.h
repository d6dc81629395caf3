#pragma once

#include "tutorial/tutorialbook.h"
#include "tutorial/tutorialoutcome.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Ponton::Gui {

class PtySession;
class Settings;
class TutorialActions;
class TutorialTerminalPanel;

// The guided tutorial: the chapter list with the progress, the chapter's explanation, its ponton
// command, a "Do it" button and a check of the real outcome. A step that needs the user's hands (the
// commit chapter's shell) shows its terminal in the page. The chapter texts come from the
// resources of the current language; the progress is kept in Settings.
class TutorialPage : public QWidget
{
    Q_OBJECT
public:
    TutorialPage(Settings *settings, TutorialActions *actions, QWidget *parent = nullptr);

    QString language() const { return m_book.language(); }
    const TutorialBook &book() const { return m_book; }
    int chapterCount() const { return int(m_book.chapters().size()); }
    int currentIndex() const { return m_current; }
    QString currentChapterId() const;
    QString titleText() const;
    QString bodyText() const;
    QString commandText() const;
    QString resultText() const;
    TutorialTerminalPanel *terminalPanel() const { return m_terminal; }

public slots:
    // Loads the chapters of that language ("fr", "en"), staying on the same chapter.
    void setLanguage(const QString &code);
    void showChapter(int index);
    void runCurrentStep();
    void checkCurrentStep();
    void resetProgress();

signals:
    void chapterShown(const QString &chapterId);
    void chapterCompleted(const QString &chapterId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ShownOutcome {
        TutorialOutcome outcome;
        bool fromCheck = false;
    };

    QWidget *createChapterColumn();
    QWidget *createStepArea();
    void layOutStepArea(QWidget *area);
    void connectActions();
    void retranslate();
    void refreshChapterList();
    void renderChapter();
    void renderResult();
    void updateButtons();
    void onStepStarted(const QString &chapterId);
    void onStepOutput(const QString &chapterId, const QString &line);
    void onTerminalOpened(const QString &chapterId, const QString &containerId, PtySession *session);
    void updateTerminalVisibility();
    void onStepFinished(const QString &chapterId, const TutorialOutcome &outcome);
    void onCheckFinished(const QString &chapterId, const TutorialOutcome &outcome);

    Settings *m_settings = nullptr;
    TutorialActions *m_actions = nullptr;
    TutorialBook m_book;
    QString m_loadError;
    int m_current = -1;
    QString m_busyChapter;
    std::optional<ShownOutcome> m_shown;

    QListWidget *m_chapterList = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_title = nullptr;
    QTextBrowser *m_text = nullptr;
    QLabel *m_commandCaption = nullptr;
    QLabel *m_command = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_check = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_result = nullptr;
    QPlainTextEdit *m_output = nullptr;
    TutorialTerminalPanel *m_terminal = nullptr;
    QString m_terminalChapter;   // the chapter whose step opened the terminal
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace Ponton::Gui
