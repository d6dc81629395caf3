#pragma once

#include "store/imagereports.h"
#include "store/imagestore.h"

namespace Ponton::Store {

// The rows of `images`: one per tag, `<none>` rows for untagged images; intermediate images (untagged
// parents of other images) only with `all`; newest first, as Docker lists them.
class ImageLister
{
public:
    explicit ImageLister(const ImageStore &store) : m_store(store) {}

    Result<QList<ImageRow>> list(const ImageListRequest &request) const;

    // Docker's reference filter: PATTERN matches the familiar name, or name:tag when it has a tag.
    static bool matchesReference(const QString &pattern, const Reference &tag);

private:
    const ImageStore &m_store;
};

} // namespace Ponton::Store
