#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Ponton {

// A content digest "algorithm:hex". Only sha256 is accepted (as Docker and containerd do by default).
class Digest
{
public:
    Digest() = default;

    static Result<Digest> parse(const QString &text);
    // From raw 32-byte sha256 output.
    static Digest fromSha256Bytes(const QByteArray &raw);
    // sha256 of a whole buffer (small things: manifests, configs).
    static Digest ofData(const QByteArray &data);
    // True for 64 lower-case hex characters.
    static bool isSha256Hex(QStringView hex);

    bool isValid() const { return !m_hex.isEmpty(); }
    QString algorithm() const { return m_hex.isEmpty() ? QString() : QStringLiteral("sha256"); }
    QString hex() const { return m_hex; }
    QString toString() const { return m_hex.isEmpty() ? QString() : QStringLiteral("sha256:") + m_hex; }
    // The 12-character form Docker prints for image and container IDs.
    QString shortId() const { return m_hex.left(12); }

    friend bool operator==(const Digest &, const Digest &) = default;
    friend auto operator<=>(const Digest &a, const Digest &b) { return a.m_hex.compare(b.m_hex) <=> 0; }

private:
    explicit Digest(QString hex) : m_hex(std::move(hex)) {}
    QString m_hex;
};

inline size_t qHash(const Digest &d, size_t seed = 0) { return qHash(d.hex(), seed); }

} // namespace Ponton

Q_DECLARE_METATYPE(Ponton::Digest)
