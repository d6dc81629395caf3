#pragma once

#include "store/imagereports.h"
#include "store/imagestore.h"

namespace Ponton::Store {

// The rows of `history`, newest first: each entry of the image config's history with the size of the
// layer it made; an entry shows the ID of the image it produced when that image (a parent, say an
// intermediate build step) is in the store, `<missing>` otherwise — as Docker does.
class HistoryReader
{
public:
    explicit HistoryReader(const ImageStore &store) : m_store(store) {}

    Result<QList<HistoryRow>> history(const QString &nameOrId) const;

private:
    const ImageStore &m_store;
};

} // namespace Ponton::Store
