#pragma once

// A tiny ustar writer for tests: it writes exactly the entries it is told, hostile ones included
// (names with "..", absolute paths, links out), which real archivers refuse or rewrite.

#include <QByteArray>
#include <QList>
#include <QPair>

#include <cstring>

namespace Ponton::Test {

class TarBuilder
{
public:
    TarBuilder &file(const QByteArray &name, const QByteArray &data, int mode = 0644, int uid = 0, int gid = 0)
    {
        return entry(name, '0', data, {}, mode, uid, gid);
    }
    TarBuilder &dir(const QByteArray &name, int mode = 0755, int uid = 0, int gid = 0)
    {
        return entry(name, '5', {}, {}, mode, uid, gid);
    }
    TarBuilder &symlink(const QByteArray &name, const QByteArray &target) { return entry(name, '2', {}, target, 0777); }
    TarBuilder &hardlink(const QByteArray &name, const QByteArray &target) { return entry(name, '1', {}, target, 0644); }
    TarBuilder &charDevice(const QByteArray &name, int major, int minor, int mode = 0600)
    {
        return entry(name, '3', {}, {}, mode, 0, 0, major, minor);
    }
    TarBuilder &blockDevice(const QByteArray &name, int major, int minor, int mode = 0600)
    {
        return entry(name, '4', {}, {}, mode, 0, 0, major, minor);
    }
    TarBuilder &fifo(const QByteArray &name) { return entry(name, '6', {}, {}, 0644); }
    // A pax header record (typeflag x) for the next entry: "key=value" pairs, e.g. SCHILY.xattr.user.k.
    TarBuilder &pax(const QList<QPair<QByteArray, QByteArray>> &records)
    {
        QByteArray body;
        for (const auto &[key, value] : records) {
            const QByteArray tail = ' ' + key + '=' + value + '\n';
            qsizetype length = tail.size() + 1;
            while (QByteArray::number(length).size() + tail.size() != length)
                ++length;
            body += QByteArray::number(length) + tail;
        }
        return entry("PaxHeaders/x", 'x', body, {}, 0644);
    }

    QByteArray finish() const { return m_data + QByteArray(1024, '\0'); }

private:
    TarBuilder &entry(const QByteArray &name, char type, const QByteArray &data, const QByteArray &link, int mode,
                      int uid = 0, int gid = 0, int major = 0, int minor = 0)
    {
        char h[512] = {};
        std::memcpy(h, name.constData(), size_t(qMin<qsizetype>(name.size(), 100)));
        octal(h + 100, 8, mode);
        octal(h + 108, 8, uid);
        octal(h + 116, 8, gid);
        octal(h + 124, 12, data.size());
        octal(h + 136, 12, 1700000000);
        h[156] = type;
        std::memcpy(h + 157, link.constData(), size_t(qMin<qsizetype>(link.size(), 100)));
        std::memcpy(h + 257, "ustar\0" "00", 8);
        octal(h + 329, 8, major);
        octal(h + 337, 8, minor);
        std::memset(h + 148, ' ', 8);
        unsigned sum = 0;
        for (unsigned char c : h)
            sum += c;
        octal(h + 148, 7, int(sum));
        m_data.append(h, 512);
        m_data.append(data);
        m_data.append(QByteArray((512 - data.size() % 512) % 512, '\0'));
        return *this;
    }
    static void octal(char *field, int width, qint64 value)
    {
        const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
        std::memcpy(field, digits.constData(), size_t(width - 1));
    }

    QByteArray m_data;
};

} // namespace Ponton::Test
