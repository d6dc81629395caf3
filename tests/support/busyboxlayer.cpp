#include "busyboxlayer.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace Ponton::Test {

namespace {

const char kBusybox[] = "/bin/busybox";
constexpr time_t kTime = 1700000000;

const QByteArray kPasswd = "root:x:0:0:root:/root:/bin/sh\n"
                           "ponton:x:1000:1000:Ponton user:/home/ponton:/bin/sh\n"
                           "nobody:x:65534:65534:nobody:/nonexistent:/bin/false\n";
const QByteArray kGroup = "root:x:0:\ntty:x:5:\nwheel:x:10:ponton\nponton:x:1000:\nnogroup:x:65534:\n";

struct Writer {
    archive *a = archive_write_new();
    archive_entry *e = archive_entry_new();
    ~Writer()
    {
        archive_entry_free(e);
        archive_write_free(a);
    }

    bool add(const char *path, mode_t type, mode_t perm, const QByteArray &data = {}, const char *link = nullptr)
    {
        archive_entry_clear(e);
        archive_entry_set_pathname(e, path);
        archive_entry_set_filetype(e, unsigned(type));
        archive_entry_set_perm(e, perm);
        archive_entry_set_mtime(e, kTime, 0);
        archive_entry_set_uname(e, "root");
        archive_entry_set_gname(e, "root");
        if (link)
            archive_entry_set_symlink(e, link);
        archive_entry_set_size(e, type == AE_IFREG ? data.size() : 0);
        if (archive_write_header(a, e) != ARCHIVE_OK)
            return false;
        return data.isEmpty() || archive_write_data(a, data.constData(), size_t(data.size())) == data.size();
    }
};

Result<QByteArray> build(bool gzip)
{
    QFile busybox(QString::fromLatin1(kBusybox));
    if (!busybox.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, u"cannot read %1"_s.arg(busybox.fileName()));
    const QByteArray binary = busybox.readAll();
    QByteArray out(binary.size() + (1 << 20), Qt::Uninitialized);
    size_t used = 0;
    Writer w;
    archive_write_set_format_pax_restricted(w.a);
    if (gzip)
        archive_write_add_filter_gzip(w.a);
    archive_write_set_bytes_in_last_block(w.a, 1);
    if (archive_write_open_memory(w.a, out.data(), size_t(out.size()), &used) != ARCHIVE_OK)
        return fail(ErrorCode::Internal, u"archive_write_open_memory failed"_s);
    bool ok = w.add("bin", AE_IFDIR, 0755) && w.add("bin/busybox", AE_IFREG, 0755, binary);
    for (const QString &applet : BusyboxLayer::applets())
        ok = ok && w.add(QByteArray("bin/" + applet.toUtf8()).constData(), AE_IFLNK, 0777, {}, "busybox");
    ok = ok && w.add("etc", AE_IFDIR, 0755) && w.add("etc/passwd", AE_IFREG, 0644, kPasswd)
         && w.add("etc/group", AE_IFREG, 0644, kGroup) && w.add("tmp", AE_IFDIR, 01777)
         && w.add("root", AE_IFDIR, 0700) && w.add("home", AE_IFDIR, 0755);
    if (!ok || archive_write_close(w.a) != ARCHIVE_OK)
        return fail(ErrorCode::Internal, u"writing the busybox layer: %1"_s.arg(QString::fromUtf8(archive_error_string(w.a))));
    out.resize(qsizetype(used));
    return out;
}

} // namespace

bool BusyboxLayer::isAvailable()
{
    return QFile::exists(QString::fromLatin1(kBusybox));
}

QStringList BusyboxLayer::applets()
{
    return {u"sh"_s, u"ls"_s, u"cat"_s, u"echo"_s, u"touch"_s, u"mkdir"_s, u"rm"_s, u"id"_s, u"env"_s,
            u"sleep"_s, u"true"_s, u"false"_s, u"mount"_s, u"ps"_s, u"grep"_s, u"head"_s, u"tail"_s,
            u"test"_s, u"hostname"_s, u"wc"_s, u"stat"_s, u"chmod"_s, u"chown"_s, u"ln"_s, u"cp"_s,
            u"mv"_s, u"printf"_s, u"kill"_s, u"uname"_s, u"whoami"_s, u"readlink"_s, u"dd"_s, u"find"_s,
            u"sort"_s, u"tr"_s, u"cut"_s, u"sed"_s, u"awk"_s, u"mknod"_s, u"stty"_s, u"tty"_s, u"pwd"_s,
            u"date"_s, u"seq"_s, u"xargs"_s, u"vi"_s, u"wget"_s, u"tar"_s, u"gzip"_s};
}

Result<QByteArray> BusyboxLayer::tar()
{
    static const Result<QByteArray> cached = build(false);
    return cached;
}

Result<QByteArray> BusyboxLayer::gzipTar()
{
    static const Result<QByteArray> cached = build(true);
    return cached;
}

Result<Digest> BusyboxLayer::diffId()
{
    auto bytes = tar();
    if (!bytes)
        return std::unexpected(bytes.error());
    return Digest::ofData(*bytes);
}

} // namespace Ponton::Test
