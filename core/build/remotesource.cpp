#include "build/remotesource.h"

#include "common/tr.h"

#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

bool RemoteSource::isUrl(const QString &source)
{
    return source.startsWith(u"http://"_s) || source.startsWith(u"https://"_s);
}

Status RemoteSource::checkChecksumUse(const QStringList &sources, const QString &checksum)
{
    if (checksum.isEmpty())
        return {};
    for (const QString &source : sources) {
        if (!isUrl(source))
            return fail(ErrorCode::InvalidArgument, Tr::tr("checksum can't be specified for non-HTTP(S) sources"));
    }
    if (!checksum.startsWith(u"sha256:"_s) || checksum.size() != 7 + 64)
        return fail(ErrorCode::InvalidArgument, Tr::tr("invalid checksum %1: expected sha256:<64 hex digits>").arg(checksum));
    return {};
}

Result<InlineFile> RemoteSource::fetch(const RemoteFetch &fetch, const QString &url, const QString &checksum)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("invalid URL in ADD: %1").arg(url));
    if (!fetch)
        return fail(ErrorCode::Unavailable, Tr::tr("ADD cannot download %1: no downloader is available").arg(url));
    Result<RemoteFile> downloaded = fetch(url);
    if (!downloaded)
        return fail(downloaded.error().code, Tr::tr("failed to download %1: %2").arg(url, downloaded.error().message),
                    downloaded.error().detail);
    if (!checksum.isEmpty() && checksum.toLower() != downloaded->sha256)
        return fail(ErrorCode::DigestMismatch, Tr::tr("digest mismatch %1: %2").arg(checksum, downloaded->sha256));
    QString name = downloaded->dispositionName.section(u'/', -1);
    if (name.isEmpty())
        name = parsed.path().section(u'/', -1);
    // As BuildKit: a URL whose path names no file ("http://host/", "…/v2/") gives "__unnamed__", the name
    // the file gets when the destination is a folder (it is the destination's name otherwise).
    if (name.isEmpty() || name == u"."_s || name == u".."_s)
        name = u"__unnamed__"_s;
    InlineFile file;
    file.name = name;
    file.sourcePath = downloaded->file->fileName();
    file.keepAlive = downloaded->file;
    file.mode = 0600;
    file.mtime = downloaded->lastModified.value_or(QDateTime::currentSecsSinceEpoch());
    file.key = url;
    return file;
}

} // namespace Ponton::Build
