#pragma once

#include "image/descriptor.h"
#include "reference/reference.h"

#include <QList>

namespace Ponton::Store {

// The edits of index.json's entries, as pure operations on the list (the store does the locking and the
// atomic write). Invariants kept: a tag names one entry at most; every image (manifest digest) keeps
// at least one entry — an image that loses its last tag stays as an untagged entry, in place.
class IndexEdit
{
public:
    explicit IndexEdit(QList<Image::Descriptor> &entries) : m_entries(entries) {}

    // Adds an untagged entry for the image when it has no entry yet; merges Ponton's annotations
    // (parent, size, repo digests) of `entry` into every entry of the image.
    void ensureImage(const Image::Descriptor &entry);
    // Points `tag` at the image whose manifest is `manifest` (which must have an entry), taking it
    // from the image that had it.
    void setTag(const Digest &manifest, const Reference &tag);
    // False when no entry has that tag.
    bool removeTag(const Reference &tag);
    // Removes every entry of the image.
    int removeImage(const Digest &manifest);

    static QString tagName(const Reference &tag) { return tag.withDefaultTag().familiarString(); }

private:
    qsizetype findTag(const Reference &tag) const;
    bool hasEntry(const Digest &manifest) const;
    // Removes entry i; when it was the image's last, an untagged copy takes its place.
    void removeEntryKeepingImage(qsizetype i);

    QList<Image::Descriptor> &m_entries;
};

} // namespace Ponton::Store
