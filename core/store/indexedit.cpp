#include "store/indexedit.h"

#include "store/imagerecord.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

namespace {
bool sameTag(const Image::Descriptor &entry, const Reference &tag)
{
    const QString name = entry.refName();
    if (name.isEmpty())
        return false;
    Result<Reference> parsed = Reference::parse(name);
    return parsed && parsed->withDefaultTag() == tag.withDefaultTag();
}

void mergeAnnotations(Image::Descriptor &into, const Image::Descriptor &from)
{
    for (const QString &key : QStringList{Annotation::Parent, Annotation::Size, Annotation::LayerSizes}) {
        if (from.annotations.contains(key))
            into.annotations.insert(key, from.annotations.value(key));
    }
    QStringList digests = into.annotations.value(Annotation::RepoDigests).split(u',', Qt::SkipEmptyParts);
    for (const QString &digest : from.annotations.value(Annotation::RepoDigests).split(u',', Qt::SkipEmptyParts)) {
        if (!digests.contains(digest))
            digests.append(digest);
    }
    if (!digests.isEmpty())
        into.annotations.insert(Annotation::RepoDigests, digests.join(u','));
}
} // namespace

bool IndexEdit::hasEntry(const Digest &manifest) const
{
    for (const Image::Descriptor &entry : m_entries) {
        if (entry.digest == manifest)
            return true;
    }
    return false;
}

qsizetype IndexEdit::findTag(const Reference &tag) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (sameTag(m_entries.at(i), tag))
            return i;
    }
    return -1;
}

void IndexEdit::ensureImage(const Image::Descriptor &entry)
{
    bool found = false;
    for (Image::Descriptor &existing : m_entries) {
        if (existing.digest != entry.digest)
            continue;
        mergeAnnotations(existing, entry);
        found = true;
    }
    if (found)
        return;
    Image::Descriptor untagged = entry;
    untagged.annotations.remove(Image::RefNameAnnotation);
    m_entries.append(untagged);
}

void IndexEdit::removeEntryKeepingImage(qsizetype i)
{
    Image::Descriptor removed = m_entries.takeAt(i);
    if (hasEntry(removed.digest))
        return;
    removed.annotations.remove(Image::RefNameAnnotation);
    m_entries.insert(i, removed);
}

void IndexEdit::setTag(const Digest &manifest, const Reference &tag)
{
    const qsizetype existing = findTag(tag);
    if (existing >= 0 && m_entries.at(existing).digest == manifest)
        return;
    if (existing >= 0)
        removeEntryKeepingImage(existing);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Image::Descriptor &entry = m_entries[i];
        if (entry.digest != manifest)
            continue;
        if (entry.refName().isEmpty()) {
            entry.annotations.insert(Image::RefNameAnnotation, tagName(tag));
            return;
        }
        Image::Descriptor tagged = entry;
        tagged.annotations.insert(Image::RefNameAnnotation, tagName(tag));
        m_entries.insert(i + 1, tagged);
        return;
    }
}

bool IndexEdit::removeTag(const Reference &tag)
{
    const qsizetype i = findTag(tag);
    if (i < 0)
        return false;
    removeEntryKeepingImage(i);
    return true;
}

int IndexEdit::removeImage(const Digest &manifest)
{
    return int(m_entries.removeIf([&](const Image::Descriptor &entry) { return entry.digest == manifest; }));
}

} // namespace Ponton::Store
