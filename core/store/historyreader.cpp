#include "store/historyreader.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

Result<QList<HistoryRow>> HistoryReader::history(const QString &nameOrId) const
{
    Result<ImageRecord> image = m_store.resolve(nameOrId);
    if (!image)
        return std::unexpected(image.error());
    Result<Image::ImageConfig> config = m_store.config(*image);
    if (!config)
        return std::unexpected(config.error());
    Result<QList<Image::LayerHistory>> entries = config->layerHistory();
    if (!entries)
        return std::unexpected(entries.error());

    // Which image of the parent chain ends at which history length.
    QHash<qsizetype, Digest> producedBy;
    producedBy.insert(entries->size(), image->id);
    for (Digest parentId = image->parent; parentId.isValid();) {
        Result<ImageRecord> parent = m_store.findById(parentId);
        if (!parent)
            break;
        Result<Image::ImageConfig> parentConfig = m_store.config(*parent);
        if (!parentConfig)
            break;
        Result<QList<Image::LayerHistory>> parentEntries = parentConfig->layerHistory();
        if (parentEntries && !producedBy.contains(parentEntries->size()))
            producedBy.insert(parentEntries->size(), parent->id);
        parentId = parent->parent;
    }

    QList<HistoryRow> rows;
    for (qsizetype i = entries->size() - 1; i >= 0; --i) {
        const Image::LayerHistory &entry = entries->at(i);
        HistoryRow row;
        const Digest id = producedBy.value(i + 1);
        row.image = id.isValid() ? id.toString() : u"<missing>"_s;
        row.created = entry.history.created.toDateTime();
        row.createdBy = entry.history.createdBy;
        row.comment = entry.history.comment;
        if (entry.layerIndex && *entry.layerIndex < image->layerSizes.size())
            row.size = image->layerSizes.at(*entry.layerIndex);
        rows.append(row);
    }
    return rows;
}

} // namespace Ponton::Store
