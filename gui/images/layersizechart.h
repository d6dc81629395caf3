#pragma once

#include "store/imagereports.h"

#include <QWidget>

namespace Ponton::Gui {

// The layers of one image as horizontal bars, bottom layer first, each as long as its share of the
// largest layer, with its size and the instruction that made it. Empty-layer history rows are left out.
class LayerSizeChart : public QWidget
{
    Q_OBJECT
public:
    explicit LayerSizeChart(QWidget *parent = nullptr);

    // `history` newest first, as Engine::history gives it.
    void setHistory(const QString &image, const QList<Store::HistoryRow> &history);
    int barCount() const { return int(m_bars.size()); }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Bar { QString label; qint64 size = 0; };
    QString m_image;
    QList<Bar> m_bars;
    qint64 m_largest = 0;
};

} // namespace Ponton::Gui
