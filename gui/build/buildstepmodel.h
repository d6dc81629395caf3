#pragma once

#include "build/buildevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ponton::Gui {

// The per-step timeline of a build: one row per step, filled from the build's events as they come
// (instruction, cache hit or miss with its reason, duration, layer size, the step's image).
class BuildStepModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Step, Instruction, Cache, Duration, LayerSize, Image, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, ImageIdRole, CacheHitRole };

    struct StepRow {
        int step = 0;
        int stepCount = 0;
        QString instruction;
        int line = 0;
        enum class State { Running, Cached, Built, Failed } state = State::Running;
        Build::CacheMissReason missReason = Build::CacheMissReason::None;
        QString missText;
        QString imageId;
        qint64 durationMs = -1;
        qint64 layerSize = -1;
        int filesAdded = 0;
        int filesModified = 0;
        int filesRemoved = 0;
        QString error;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void apply(const Build::BuildEvent &event);
    const QList<StepRow> &steps() const { return m_rows; }
    int cacheHits() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatSize(qint64 bytes);

private:
    int rowOf(int step) const;
    QString cacheText(const StepRow &row) const;
    QString missReasonText(const StepRow &row) const;
    void changed(int row);

    QList<StepRow> m_rows;
};

} // namespace Ponton::Gui
