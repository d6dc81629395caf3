#include "store/imagelister.h"

#include "store/platformowners.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

namespace {

QString repoDigestFor(const ImageRecord &record, const Reference &tag)
{
    for (const QString &text : record.repoDigests) {
        Result<Reference> reference = Reference::parse(text);
        if (reference && reference->hasDigest() && reference->repository() == tag.repository())
            return reference->digest().toString();
    }
    return u"<none>"_s;
}

// An untagged image's repository: that of its first repo digest, else that of the tagged image it is a
// platform of (Docker lists an image pulled by digest as "alpine <none>").
void nameUntagged(ImageRow &row, const ImageRecord &record, const ImageRecord *owner)
{
    if (owner)
        row.platformOf = owner->tags.constFirst().familiarString();
    for (const QString &text : record.repoDigests) {
        Result<Reference> reference = Reference::parse(text);
        if (reference && reference->hasDigest()) {
            row.repository = reference->familiarName();
            row.digest = reference->digest().toString();
            return;
        }
    }
    if (owner)
        row.repository = owner->tags.constFirst().familiarName();
}

bool wanted(const ImageListRequest &request, const ImageRow &row, const Reference &tag)
{
    const bool untagged = !tag.isValid();
    if (row.intermediate && !request.all)
        return false;
    if (request.dangling && *request.dangling != row.isDangling())
        return false;
    if (request.referencePatterns.isEmpty())
        return true;
    // An untagged row with a repository (pulled by digest, a platform of a tagged image) matches a
    // pattern without a tag, as `docker images alpine` lists "alpine <none>".
    const Reference subject = untagged ? Reference::parse(row.repository).value_or(Reference()) : tag;
    if (!subject.isValid())
        return false;
    return std::any_of(request.referencePatterns.cbegin(), request.referencePatterns.cend(),
                       [&](const QString &pattern) { return ImageLister::matchesReference(pattern, subject); });
}

} // namespace

bool ImageLister::matchesReference(const QString &pattern, const Reference &tag)
{
    const qsizetype slash = pattern.lastIndexOf(u'/');
    const bool withTag = pattern.indexOf(u':', slash + 1) >= 0;
    const QString subject = withTag ? tag.familiarName() + u':' + tag.tag() : tag.familiarName();
    const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(
        pattern, QRegularExpression::UnanchoredWildcardConversion));
    const QRegularExpression anchored(QRegularExpression::anchoredPattern(glob.pattern()));
    return anchored.match(subject).hasMatch();
}

Result<QList<ImageRow>> ImageLister::list(const ImageListRequest &request) const
{
    Result<QList<ImageRecord>> records = m_store.images();
    if (!records)
        return std::unexpected(records.error());
    QSet<Digest> parents;
    for (const ImageRecord &record : *records)
        parents.insert(record.parent);
    const PlatformOwners owners(m_store, *records);
    QList<ImageRow> rows;
    for (const ImageRecord &record : *records) {
        ImageRow base;
        base.id = record.id;
        base.created = record.created;
        base.size = record.size;
        base.intermediate = !record.isTagged() && parents.contains(record.id);
        base.platform = record.platform.toString();
        const QList<Reference> tags = record.isTagged() ? record.tags : QList<Reference>{Reference()};
        for (const Reference &tag : tags) {
            ImageRow row = base;
            row.repository = tag.isValid() ? tag.familiarName() : u"<none>"_s;
            row.tag = tag.isValid() ? tag.tag() : u"<none>"_s;
            row.digest = tag.isValid() ? repoDigestFor(record, tag) : u"<none>"_s;
            if (!tag.isValid())
                nameUntagged(row, record, owners.ownerOf(record));
            if (wanted(request, row, tag))
                rows.append(row);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ImageRow &a, const ImageRow &b) { return a.created > b.created; });
    return rows;
}

} // namespace Ponton::Store
