#pragma once

#include "store/imagereports.h"
#include "store/imagestore.h"

#include <QJsonObject>

namespace Ponton::Store {

// `inspect`: JSON objects shaped like `docker image inspect`'s (Id, RepoTags, RepoDigests, Parent,
// Comment, Created, Author, Config, Architecture, Variant, Os, Size, RootFS, Metadata).
class ImageInspector
{
public:
    explicit ImageInspector(const ImageStore &store) : m_store(store) {}

    InspectResult inspect(const QStringList &names) const;
    Result<QJsonObject> inspectOne(const QString &nameOrId) const;

private:
    const ImageStore &m_store;
};

} // namespace Ponton::Store
