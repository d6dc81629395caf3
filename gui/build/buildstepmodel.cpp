#include "build/buildstepmodel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;
using Ponton::Build::BuildEvent;
using Ponton::Build::CacheMissReason;

namespace Ponton::Gui {

void BuildStepModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int BuildStepModel::rowOf(int step) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).step == step)
            return row;
    }
    return -1;
}

void BuildStepModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BuildStepModel::apply(const BuildEvent &event)
{
    if (event.kind == BuildEvent::Kind::StepStarted) {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        StepRow step;
        step.step = event.step;
        step.stepCount = event.stepCount;
        step.instruction = event.instruction;
        step.line = event.line;
        m_rows.append(step);
        endInsertRows();
        return;
    }
    const int row = rowOf(event.step);
    if (row < 0)
        return;
    StepRow &step = m_rows[row];
    switch (event.kind) {
    case BuildEvent::Kind::CacheHit:
        step.state = StepRow::State::Cached;
        step.imageId = event.imageId;
        break;
    case BuildEvent::Kind::CacheMiss:
        step.missReason = event.missReason;
        step.missText = event.text;
        break;
    case BuildEvent::Kind::StepFinished:
        if (step.state != StepRow::State::Cached)
            step.state = StepRow::State::Built;
        step.imageId = event.imageId;
        step.durationMs = event.durationMs;
        step.layerSize = event.layerSize;
        step.filesAdded = event.filesAdded;
        step.filesModified = event.filesModified;
        step.filesRemoved = event.filesRemoved;
        break;
    case BuildEvent::Kind::StepFailed:
        step.state = StepRow::State::Failed;
        step.durationMs = event.durationMs;
        step.error = event.text;
        break;
    default:
        return;
    }
    changed(row);
}

int BuildStepModel::cacheHits() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const StepRow &row) { return row.state == StepRow::State::Cached; }));
}

int BuildStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BuildStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BuildStepModel::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString BuildStepModel::missReasonText(const StepRow &row) const
{
    switch (row.missReason) {
    case CacheMissReason::None: return {};
    case CacheMissReason::CacheDisabled: return tr("cache disabled (--no-cache)");
    case CacheMissReason::NotBuiltBefore: return tr("never built before");
    case CacheMissReason::ChangedInstruction: return tr("the instruction changed");
    case CacheMissReason::ChangedBuildArg: return tr("a build argument changed");
    case CacheMissReason::ChangedFile: return tr("a source file changed");
    case CacheMissReason::DifferentParent: return tr("built on another parent image");
    case CacheMissReason::EarlierMiss: return tr("an earlier step was rebuilt");
    }
    return {};
}

QString BuildStepModel::cacheText(const StepRow &row) const
{
    if (row.state == StepRow::State::Cached)
        return tr("cache hit");
    if (row.missReason == CacheMissReason::None)
        return row.state == StepRow::State::Running ? QString() : tr("no cache needed");
    const QString reason = missReasonText(row);
    return row.missText.isEmpty() ? tr("cache miss: %1").arg(reason)
                                  : tr("cache miss: %1 (%2)").arg(reason, row.missText);
}

QVariant BuildStepModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StepRow &row = m_rows.at(index.row());
    if (role == LineRole)
        return row.line;
    if (role == ImageIdRole)
        return row.imageId;
    if (role == CacheHitRole)
        return row.state == StepRow::State::Cached;
    if (role == Qt::ForegroundRole && index.column() == Cache)
        return row.state == StepRow::State::Cached ? QColor(0x2e7d32) : QColor(0xb26a00);
    if (role == Qt::ForegroundRole && row.state == StepRow::State::Failed)
        return QColor(0xc62828);
    if (role == Qt::ToolTipRole) {
        if (row.state == StepRow::State::Failed)
            return row.error;
        if (index.column() == LayerSize && row.layerSize >= 0)
            return tr("%1 added, %2 modified, %3 removed")
                .arg(row.filesAdded).arg(row.filesModified).arg(row.filesRemoved);
        return tr("Line %1: %2").arg(row.line).arg(row.instruction);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Step: return tr("%1/%2").arg(row.step).arg(row.stepCount);
    case Instruction: return row.instruction;
    case Cache: return row.state == StepRow::State::Failed ? tr("failed") : cacheText(row);
    case Duration:
        if (row.state == StepRow::State::Running)
            return tr("running…");
        return row.durationMs < 0 ? QString() : tr("%1 s").arg(double(row.durationMs) / 1000.0, 0, 'f', 2);
    case LayerSize: return row.layerSize < 0 ? QString() : formatSize(row.layerSize);
    case Image: return row.imageId.mid(row.imageId.indexOf(u':') + 1, 12);
    default: return {};
    }
}

QVariant BuildStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Step: return tr("Step");
    case Instruction: return tr("Instruction");
    case Cache: return tr("Cache");
    case Duration: return tr("Duration");
    case LayerSize: return tr("Layer size");
    case Image: return tr("Image");
    default: return {};
    }
}

} // namespace Ponton::Gui
