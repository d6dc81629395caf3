#include "archive/zipwriter.h"

#include "common/tr.h"

#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace Ponton::Archive {

ZipWriter::ZipWriter(QString path) : m_path(std::move(path)), m_partial(m_path + u".partial"_s) {}

ZipWriter::~ZipWriter()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    if (!m_finished)
        QFile::remove(m_partial);
}

Result<std::unique_ptr<ZipWriter>> ZipWriter::open(const QString &path)
{
    std::unique_ptr<ZipWriter> writer(new ZipWriter(path));
    writer->m_zip = std::make_unique<QuaZip>(writer->m_partial);
    if (!writer->m_zip->open(QuaZip::mdCreate))
        return fail(ErrorCode::PermissionDenied, Tr::tr("cannot create the zip file %1").arg(path),
                    u"QuaZip error %1"_s.arg(writer->m_zip->getZipError()));
    return writer;
}

Status ZipWriter::addFile(const QString &name, const Producer &produce)
{
    QuaZipFile file(m_zip.get());
    QuaZipNewInfo info(name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!file.open(QIODevice::WriteOnly, info))
        return fail(ErrorCode::Internal, Tr::tr("cannot add %1 to the zip file %2").arg(name, m_path),
                    u"QuaZip error %1"_s.arg(file.getZipError()));
    Status produced = produce([&file, &name, this](const char *data, qint64 size) -> Status {
        if (file.write(data, size) != size)
            return fail(ErrorCode::Internal, Tr::tr("cannot write %1 into the zip file %2").arg(name, m_path));
        return {};
    });
    file.close();
    if (!produced)
        return produced;
    if (file.getZipError() != 0)
        return fail(ErrorCode::Internal, Tr::tr("cannot write %1 into the zip file %2").arg(name, m_path),
                    u"QuaZip error %1"_s.arg(file.getZipError()));
    return {};
}

Status ZipWriter::finish()
{
    m_zip->close();
    if (m_zip->getZipError() != 0)
        return fail(ErrorCode::Internal, Tr::tr("cannot finish the zip file %1").arg(m_path),
                    u"QuaZip error %1"_s.arg(m_zip->getZipError()));
    QFile::remove(m_path);
    if (!QFile::rename(m_partial, m_path))
        return fail(ErrorCode::PermissionDenied, Tr::tr("cannot create the zip file %1").arg(m_path));
    m_finished = true;
    return {};
}

} // namespace Ponton::Archive
