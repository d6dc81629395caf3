#pragma once

#include <QWidget>

class QLabel;

namespace Ponton::Gui {

// An honest page for a view whose engine part is not there yet: what the view will do, and the
// equivalent command. Its owner sets the (translated) texts, and sets them again on a language change.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderPage(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &description, const QString &command);
    QString title() const;
    QString description() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_command = nullptr;
};

} // namespace Ponton::Gui
