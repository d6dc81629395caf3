#include "images/layersizechart.h"

#include "images/imagetablemodel.h"

#include <QPainter>

namespace Ponton::Gui {

namespace {
constexpr int BarHeight = 16;
constexpr int Gap = 4;
} // namespace

LayerSizeChart::LayerSizeChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(BarHeight * 2);
}

void LayerSizeChart::setHistory(const QString &image, const QList<Store::HistoryRow> &history)
{
    m_image = image;
    m_bars.clear();
    m_largest = 0;
    for (qsizetype i = history.size() - 1; i >= 0; --i) {
        const Store::HistoryRow &row = history.at(i);
        if (row.size == 0 && i != history.size() - 1)
            continue;
        m_bars.append({row.createdBy.simplified(), row.size});
        m_largest = qMax(m_largest, row.size);
    }
    updateGeometry();
    update();
}

QSize LayerSizeChart::sizeHint() const
{
    return {400, qMax(2, int(m_bars.size()) + 1) * (BarHeight + Gap)};
}

void LayerSizeChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(palette().text().color());
    painter.drawText(QRect(Gap, 0, width() - 2 * Gap, BarHeight), Qt::AlignVCenter,
                     m_bars.isEmpty() ? tr("Select an image to see the sizes of its layers.")
                                      : tr("Layer sizes of %1").arg(m_image));
    const int sizeWidth = metrics.horizontalAdvance(u"000.00 MB"_qs) + Gap;
    const int barArea = qMax(40, width() / 3);
    for (int i = 0; i < int(m_bars.size()); ++i) {
        const int y = (i + 1) * (BarHeight + Gap);
        const Bar &bar = m_bars.at(i);
        const int length = m_largest > 0 ? int(double(bar.size) / double(m_largest) * barArea) : 0;
        painter.fillRect(QRect(Gap, y, qMax(1, length), BarHeight), palette().highlight());
        painter.setPen(palette().text().color());
        painter.drawText(QRect(Gap + barArea + Gap, y, sizeWidth, BarHeight), Qt::AlignVCenter | Qt::AlignRight,
                         ImageTableModel::humanSize(bar.size));
        const int textX = Gap + barArea + 2 * Gap + sizeWidth;
        painter.drawText(QRect(textX, y, width() - textX - Gap, BarHeight), Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, width() - textX - Gap));
    }
}

} // namespace Ponton::Gui
