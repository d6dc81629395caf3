#pragma once

#include "store/layerfilereader.h"

#include <QDialog>

class QPlainTextEdit;

namespace Ponton::Gui {

// A file of a layer, read-only: text as text; binary content only described.
class FileContentDialog : public QDialog
{
    Q_OBJECT
public:
    FileContentDialog(const QString &path, const Store::LayerFileContent &content, QWidget *parent = nullptr);

    static bool looksBinary(const QByteArray &data);
    QString text() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace Ponton::Gui
