// The launcher's prefetch (cli/launcher/libraryprefetch.h) on real files: each test writes a file, makes
// it durable, drops that file's pages from the page cache (POSIX_FADV_DONTNEED, which touches no other
// file), prefetches it, and reads with mincore which of its pages the kernel has read back.
#include "libraryprefetch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

const long pageSize = sysconf(_SC_PAGESIZE);

// Which pages of `path` are in the page cache.
std::vector<bool> residentPages(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    const off_t size = lseek(fd, 0, SEEK_END);
    std::vector<bool> resident;
    void *map = mmap(nullptr, static_cast<size_t>(size), PROT_READ, MAP_SHARED, fd, 0);
    if (map != MAP_FAILED) {
        std::vector<unsigned char> vector(static_cast<size_t>((size + pageSize - 1) / pageSize));
        if (mincore(map, static_cast<size_t>(size), vector.data()) == 0) {
            for (unsigned char page : vector)
                resident.push_back(page & 1);
        }
        munmap(map, static_cast<size_t>(size));
    }
    close(fd);
    return resident;
}

qsizetype countResident(const std::vector<bool> &pages, qsizetype from, qsizetype to)
{
    qsizetype count = 0;
    for (qsizetype page = from; page < to && page < qsizetype(pages.size()); ++page)
        count += pages[size_t(page)] ? 1 : 0;
    return count;
}

// Writes `size` bytes to `path`, makes them durable and drops them from the page cache. False (with the
// reason in `why`) if this file system keeps them anyway (tmpfs has no disk to read them back from).
bool writeUncached(const QString &path, qint64 size, QString &why)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        why = file.errorString();
        return false;
    }
    const QByteArray block(1 << 20, 'p');
    for (qint64 written = 0; written < size; written += block.size())
        file.write(block.constData(), qMin<qint64>(block.size(), size - written));
    file.flush();
    fsync(file.handle());
    posix_fadvise(file.handle(), 0, 0, POSIX_FADV_DONTNEED);
    file.close();
    const std::vector<bool> pages = residentPages(path);
    if (countResident(pages, 0, qsizetype(pages.size())) != 0) {
        why = u"the file system of %1 keeps its pages cached after POSIX_FADV_DONTNEED (tmpfs?)"_s.arg(path);
        return false;
    }
    return true;
}

// Waits up to five seconds for the pages [from, to) of `path` to be read in.
std::vector<bool> waitResident(const QString &path, qsizetype from, qsizetype to)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<bool> pages = residentPages(path);
    while (countResident(pages, from, to) < to - from && timer.elapsed() < 5000) {
        QTest::qWait(10);
        pages = residentPages(path);
    }
    return pages;
}

} // namespace

class LibraryPrefetchTest : public QObject
{
    Q_OBJECT

private slots:
    void readsASmallFileWhole()
    {
        QTemporaryDir dir(u"/var/tmp/ponton-prefetch-XXXXXX"_s);
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"small.so"_s);
        QString why;
        if (!writeUncached(path, 3 << 20, why))
            QSKIP(qPrintable(why));

        Ponton::Launcher::prefetchFile(QFile::encodeName(path).constData());
        const qsizetype pages = (3 << 20) / pageSize;
        const std::vector<bool> resident = waitResident(path, 0, pages);
        QCOMPARE(countResident(resident, 0, pages), pages);
    }

    void readsOnlyTheEndsOfALargeFile()
    {
        QTemporaryDir dir(u"/var/tmp/ponton-prefetch-XXXXXX"_s);
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"large.so"_s);
        const qint64 size = Ponton::Launcher::wholeFileLimit + (4 << 20);
        QString why;
        if (!writeUncached(path, size, why))
            QSKIP(qPrintable(why));

        Ponton::Launcher::prefetchFile(QFile::encodeName(path).constData());
        const qsizetype pages = qsizetype(size / pageSize);
        const qsizetype endPages = qsizetype(Ponton::Launcher::endsOfLargeFile / pageSize);
        waitResident(path, 0, endPages);
        const std::vector<bool> resident = waitResident(path, pages - endPages, pages);
        QCOMPARE(countResident(resident, 0, endPages), endPages);
        QCOMPARE(countResident(resident, pages - endPages, pages), endPages);
        // The middle stays on disk: the prefetch asked for none of it.
        QCOMPARE(countResident(resident, endPages, pages - endPages), 0);
    }
};

QTEST_GUILESS_MAIN(LibraryPrefetchTest)
#include "tst_libraryprefetch.moc"
