// libarchive, loaded on its first use. Linked directly, libarchive brings seven more libraries (xml2,
// lzma, lz4, bz2, nettle, acl, the ICU it shares with Qt) that the dynamic loader reads from disk before
// main(), for every command: about 10 ms with cold caches, which a `pull`, `images` or `ps` never needed.
// So the engine does not link libarchive: each function of it that the engine calls is defined here and
// opens libarchive.so.13 on its first call (common/lazylibrary.h). The helper (runtime/) links libarchive
// as usual: it needs it at once.
#include "common/lazylibrary.h"

#include <archive.h>
#include <archive_entry.h>

#include <cstdarg>
#include <cstdio>

static_assert(ARCHIVE_VERSION_NUMBER >= 3000000 && ARCHIVE_VERSION_NUMBER < 4000000,
              "libarchive 3 (soname libarchive.so.13) expected");

namespace {

constexpr const char *libarchiveName = "libarchive.so.13";

} // namespace

// Defines `name` with the signature archive.h declares, forwarding to libarchive's.
#define PONTON_LIBARCHIVE_FORWARD(Ret, name, Params, Args) PONTON_LAZY_FORWARD(libarchiveName, Ret, name, Params, Args)

// Reading.
PONTON_LIBARCHIVE_FORWARD(struct archive *, archive_read_new, (void), ())
PONTON_LIBARCHIVE_FORWARD(int, archive_read_free, (struct archive *a), (a))
PONTON_LIBARCHIVE_FORWARD(int, archive_read_support_filter_all, (struct archive *a), (a))
PONTON_LIBARCHIVE_FORWARD(int, archive_read_support_format_empty, (struct archive *a), (a))
PONTON_LIBARCHIVE_FORWARD(int, archive_read_support_format_gnutar, (struct archive *a), (a))
PONTON_LIBARCHIVE_FORWARD(int, archive_read_support_format_tar, (struct archive *a), (a))
PONTON_LIBARCHIVE_FORWARD(int, archive_read_open,
                          (struct archive *a, void *data, archive_open_callback *open, archive_read_callback *read,
                           archive_close_callback *close),
                          (a, data, open, read, close))
PONTON_LIBARCHIVE_FORWARD(int, archive_read_open_fd, (struct archive *a, int fd, size_t blockSize), (a, fd, blockSize))
PONTON_LIBARCHIVE_FORWARD(int, archive_read_open_filename, (struct archive *a, const char *path, size_t blockSize),
                          (a, path, blockSize))
PONTON_LIBARCHIVE_FORWARD(int, archive_read_next_header, (struct archive *a, struct archive_entry **entry), (a, entry))
PONTON_LIBARCHIVE_FORWARD(int, archive_read_data_block,
                          (struct archive *a, const void **buffer, size_t *size, la_int64_t *offset),
                          (a, buffer, size, offset))

// Writing.
PONTON_LIBARCHIVE_FORWARD(struct archive *, archive_write_new, (void), ())
PONTON_LIBARCHIVE_FORWARD(struct archive *, archive_write_disk_new, (void), ())
PONTON_LIBARCHIVE_FORWARD(int, archive_write_disk_set_options, (struct archive *a, int flags), (a, flags))
PONTON_LIBARCHIVE_FORWARD(int, archive_write_set_format_pax_restricted, (struct archive *a), (a))
PONTON_LIBARCHIVE_FORWARD(int, archive_write_set_bytes_per_block, (struct archive *a, int bytes), (a, bytes))
PONTON_LIBARCHIVE_FORWARD(int, archive_write_open,
                          (struct archive *a, void *data, archive_open_callback *open, archive_write_callback *write,
                           archive_close_callback *close),
                          (a, data, open, write, close))
PONTON_LIBARCHIVE_FORWARD(int, archive_write_header, (struct archive *a, struct archive_entry *entry), (a, entry))
PONTON_LIBARCHIVE_FORWARD(la_ssize_t, archive_write_data, (struct archive *a, const void *data, size_t size),
                          (a, data, size))
PONTON_LIBARCHIVE_FORWARD(la_ssize_t, archive_write_data_block,
                          (struct archive *a, const void *data, size_t size, la_int64_t offset), (a, data, size, offset))
PONTON_LIBARCHIVE_FORWARD(int, archive_write_finish_entry, (struct archive *a), (a))
PONTON_LIBARCHIVE_FORWARD(int, archive_write_close, (struct archive *a), (a))
PONTON_LIBARCHIVE_FORWARD(int, archive_write_free, (struct archive *a), (a))

// Errors. archive_set_error takes a format: it is formatted here and handed over as one string.
PONTON_LIBARCHIVE_FORWARD(const char *, archive_error_string, (struct archive *a), (a))

extern "C" void archive_set_error(struct archive *a, int code, const char *format, ...)
{
    static const auto real = reinterpret_cast<decltype(&::archive_set_error)>(
        Ponton::LazyLibrary::symbol(libarchiveName, "archive_set_error"));
    if (!format) {
        real(a, code, nullptr);
        return;
    }
    char message[1024];
    va_list arguments;
    va_start(arguments, format);
    std::vsnprintf(message, sizeof message, format, arguments);
    va_end(arguments);
    real(a, code, "%s", message);
}

// Entries.
PONTON_LIBARCHIVE_FORWARD(struct archive_entry *, archive_entry_new, (void), ())
PONTON_LIBARCHIVE_FORWARD(void, archive_entry_free, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(mode_t, archive_entry_filetype, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(mode_t, archive_entry_perm, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(la_int64_t, archive_entry_uid, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(la_int64_t, archive_entry_gid, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(la_int64_t, archive_entry_size, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(int, archive_entry_size_is_set, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(const char *, archive_entry_pathname, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(const char *, archive_entry_pathname_utf8, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(const char *, archive_entry_hardlink, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(const char *, archive_entry_hardlink_utf8, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(const char *, archive_entry_symlink, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(const char *, archive_entry_symlink_utf8, (struct archive_entry *e), (e))
PONTON_LIBARCHIVE_FORWARD(void, archive_entry_set_filetype, (struct archive_entry *e, unsigned int type), (e, type))
PONTON_LIBARCHIVE_FORWARD(void, archive_entry_set_perm, (struct archive_entry *e, mode_t perm), (e, perm))
PONTON_LIBARCHIVE_FORWARD(void, archive_entry_set_uid, (struct archive_entry *e, la_int64_t uid), (e, uid))
PONTON_LIBARCHIVE_FORWARD(void, archive_entry_set_gid, (struct archive_entry *e, la_int64_t gid), (e, gid))
PONTON_LIBARCHIVE_FORWARD(void, archive_entry_set_size, (struct archive_entry *e, la_int64_t size), (e, size))
PONTON_LIBARCHIVE_FORWARD(void, archive_entry_set_mtime, (struct archive_entry *e, time_t seconds, long nanoseconds),
                          (e, seconds, nanoseconds))
PONTON_LIBARCHIVE_FORWARD(void, archive_entry_set_pathname, (struct archive_entry *e, const char *path), (e, path))
PONTON_LIBARCHIVE_FORWARD(void, archive_entry_set_pathname_utf8, (struct archive_entry *e, const char *path), (e, path))
PONTON_LIBARCHIVE_FORWARD(void, archive_entry_set_hardlink, (struct archive_entry *e, const char *target), (e, target))
PONTON_LIBARCHIVE_FORWARD(void, archive_entry_set_hardlink_utf8, (struct archive_entry *e, const char *target),
                          (e, target))
PONTON_LIBARCHIVE_FORWARD(void, archive_entry_set_symlink_utf8, (struct archive_entry *e, const char *target),
                          (e, target))
