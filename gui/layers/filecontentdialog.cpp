#include "layers/filecontentdialog.h"

#include "images/imagetablemodel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Ponton::Gui {

FileContentDialog::FileContentDialog(const QString &path, const Store::LayerFileContent &content, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setWindowTitle(path);
    resize(720, 520);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *note = new QLabel(this);
    note->setWordWrap(true);
    if (looksBinary(content.data)) {
        m_text->hide();
        note->setText(tr("%1 is a binary file of %2. Extract it to open it with another program.")
                          .arg(path, ImageTableModel::humanSize(content.size)));
    } else {
        m_text->setPlainText(QString::fromUtf8(content.data));
        note->setText(content.truncated ? tr("The first %1 of %2 are shown. Extract the file to see all of it.")
                                              .arg(ImageTableModel::humanSize(content.data.size()),
                                                   ImageTableModel::humanSize(content.size))
                                        : ImageTableModel::humanSize(content.size));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

bool FileContentDialog::looksBinary(const QByteArray &data)
{
    return data.left(8192).contains('\0');
}

QString FileContentDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace Ponton::Gui
