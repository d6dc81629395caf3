#include "app/placeholderpage.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

PlaceholderPage::PlaceholderPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_status(new QLabel(this))
    , m_command(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"placeholderTitle"_s);
    m_description->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"placeholderStatus"_s);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_command);
    layout->addWidget(m_status);
    layout->addStretch(1);
    retranslate();
}

void PlaceholderPage::setTexts(const QString &title, const QString &description, const QString &command)
{
    m_title->setText(title);
    m_description->setText(description);
    m_command->setText(command);
    m_command->setVisible(!command.isEmpty());
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

QString PlaceholderPage::description() const
{
    return m_description->text();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_status->setText(tr("This view needs Ponton's engine, which is still being written. "
                         "It will appear here as soon as the engine can do it."));
}

} // namespace Ponton::Gui
