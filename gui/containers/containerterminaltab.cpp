#include "containers/containerterminaltab.h"

#include "terminal/ptysession.h"
#include "terminal/terminalmodel.h"
#include "terminal/terminalwidget.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

ContainerTerminalTab::ContainerTerminalTab(const QString &containerId, Runtime::FileDescriptor master, QWidget *parent)
    : QWidget(parent)
    , m_containerId(containerId)
    , m_terminal(new TerminalWidget(this))
    , m_session(new PtySession(std::move(master), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_terminal);
    connect(m_terminal, &TerminalWidget::bytesForPty, m_session, &PtySession::write);
    connect(m_session, &PtySession::received, m_terminal, &TerminalWidget::feed);
    connect(m_terminal, &TerminalWidget::sizeChanged, m_session, &PtySession::resize);
    connect(m_terminal, &TerminalWidget::detachRequested, this, [this] {
        m_session->close();
        emit detached(m_containerId);
    });
    connect(m_session, &PtySession::closed, this, [this] {
        if (m_ended)
            return;
        m_ended = true;
        m_terminal->setDetachHintVisible(false);
        emit ended(m_containerId);
    });
    m_session->resize(m_terminal->model()->rows(), m_terminal->model()->columns());
    m_terminal->setFocus();
}

} // namespace Ponton::Gui
