#pragma once

#include <QLabel>

namespace Ponton::Gui {

// The status bar's slot for the privileged helper (ponton-helper): is it there, starting, failed?
class HelperStatusLabel : public QLabel
{
    Q_OBJECT
public:
    enum class State { Unknown, NotRunning, Starting, Running, Failed };
    Q_ENUM(State)

    explicit HelperStatusLabel(QWidget *parent = nullptr);

    State state() const { return m_state; }
    // detail: technical context shown in the tooltip (e.g. the socket path or the error).
    void setState(State state, const QString &detail = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    State m_state = State::Unknown;
    QString m_detail;
};

} // namespace Ponton::Gui
