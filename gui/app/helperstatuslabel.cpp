#include "app/helperstatuslabel.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

HelperStatusLabel::HelperStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"helperStatus"_s);
    setContentsMargins(6, 0, 6, 0);
    retranslate();
}

void HelperStatusLabel::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    retranslate();
}

void HelperStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void HelperStatusLabel::retranslate()
{
    switch (m_state) {
    case State::Unknown:
        setText(tr("Helper: not connected yet"));
        setToolTip(tr("The runtime helper runs containers; Ponton starts it when a container is needed."));
        break;
    case State::NotRunning:
        setText(tr("Helper: stopped"));
        setToolTip(tr("The runtime helper is not running. It starts on demand."));
        break;
    case State::Starting:
        setText(tr("Helper: starting…"));
        setToolTip(tr("Waiting for the runtime helper to answer."));
        break;
    case State::Running:
        setText(tr("Helper: running"));
        setToolTip(tr("The runtime helper is ready to run containers."));
        break;
    case State::Failed:
        setText(tr("Helper: failed"));
        setToolTip(tr("The runtime helper could not be started."));
        break;
    }
    if (!m_detail.isEmpty())
        setToolTip(toolTip() + u'\n' + m_detail);
}

} // namespace Ponton::Gui
