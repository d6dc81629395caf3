#include "app/settingsdialog.h"

#include "app/registrymirrorsetting.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

SettingsDialog::SettingsDialog(const QString &configPath, QWidget *parent)
    : QDialog(parent), m_path(configPath), m_mirrors(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    resize(560, 320);
    auto *intro = new QLabel(tr("Registry mirrors of docker.io, one address per line, tried in order before Docker Hub "
                                "(for example http://127.0.0.1:5000). They are written to %1 and apply to the next "
                                "start of Ponton and to the ponton command.").arg(configPath), this);
    intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_mirrors->setPlaceholderText(u"http://127.0.0.1:5000"_s);
    if (Result<QStringList> mirrors = RegistryMirrorSetting(configPath).mirrors())
        m_mirrors->setPlainText(mirrors->join(u'\n'));
    else
        m_error->setText(mirrors.error().message);
    auto *command = new QLabel(tr("Command: %1").arg(u"$EDITOR %1"_s.arg(configPath)), this);
    command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    command->setStyleSheet(u"font-family: monospace;"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_mirrors, 1);
    layout->addWidget(m_error);
    layout->addWidget(command);
    layout->addWidget(buttons);
}

void SettingsDialog::setMirrorsText(const QString &text)
{
    m_mirrors->setPlainText(text);
}

QString SettingsDialog::errorText() const
{
    return m_error->text();
}

bool SettingsDialog::save()
{
    const QStringList mirrors = m_mirrors->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    QStringList cleaned;
    for (const QString &mirror : mirrors) {
        if (!mirror.trimmed().isEmpty())
            cleaned.append(mirror.trimmed());
    }
    if (Status saved = RegistryMirrorSetting(m_path).setMirrors(cleaned); !saved) {
        m_error->setText(tr("%1. Nothing was changed.").arg(saved.error().message));
        return false;
    }
    m_error->clear();
    emit saved();
    accept();
    return true;
}

} // namespace Ponton::Gui
