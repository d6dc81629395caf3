#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Ponton::Gui {

// The Settings dialog: the registry mirrors of docker.io, one address per line, written to the engine's
// registry configuration (RegistryMirrorSetting). Errors say what is wrong and keep the dialog open.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const QString &configPath, QWidget *parent = nullptr);

    void setMirrorsText(const QString &text);
    QString errorText() const;

public slots:
    // Writes the setting; closes the dialog when it succeeded.
    bool save();

signals:
    // The setting was written: the main window has the engine read it again (no restart needed).
    void saved();

private:
    QString m_path;
    QPlainTextEdit *m_mirrors;
    QLabel *m_error;
};

} // namespace Ponton::Gui
