#pragma once

#include "store/imagereports.h"
#include "store/imagestore.h"

#include <QMetaType>
#include <QStringList>

namespace Ponton::Store {

// What `rmi NAME` would do, told before it is done: whether it only untags (other tags remain), which
// child images and containers hold the image (rmi refuses then), and how many bytes of blobs no other
// image shares would really be freed.
struct RemovalPreview {
    QString subject;          // the name asked for
    Digest id;
    QStringList otherTags;    // tags that stay on the image
    QStringList children;     // child images: a tag, or a short ID
    QList<ContainerUse> containers;
    bool untagOnly = false;
    int blobsFreed = 0;
    qint64 bytesFreed = 0;

    bool isBlocked() const { return !untagOnly && (!children.isEmpty() || !containers.isEmpty()); }
};

class RemovalPlanner
{
public:
    RemovalPlanner(const ImageStore &store, ContainerUsage usage = {}) : m_store(store), m_usage(std::move(usage)) {}

    Result<RemovalPreview> preview(const QString &name) const;

private:
    const ImageStore &m_store;
    ContainerUsage m_usage;
};

} // namespace Ponton::Store

Q_DECLARE_METATYPE(Ponton::Store::RemovalPreview)
