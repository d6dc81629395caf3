#pragma once

#include "common/error.h"
#include "reference/digest.h"

#include <QMetaType>
#include <QString>

namespace Ponton {

// An image reference in Docker's grammar, normalised as Docker normalises it:
//   "alpine"            -> domain "docker.io", path "library/alpine"
//   "index.docker.io/x" -> domain "docker.io", path "library/x"
//   "localhost:5000/x", "host.tld/a/b", "[::1]:5000/x" keep their domain.
// A reference has a name (domain + path) and optionally a tag, a digest, or both.
// A default-constructed Reference is invalid (isValid() is false).
class Reference
{
public:
    Reference() = default;

    // Parses "name[:tag][@digest]". Errors have code InvalidArgument and name the text.
    static Result<Reference> parse(const QString &text);
    // True for Docker's tag grammar: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}.
    static bool isValidTag(QStringView tag);

    static constexpr qsizetype MaxNameLength = 255;
    static constexpr qsizetype MaxTagLength = 128;

    bool isValid() const { return !m_path.isEmpty(); }
    QString domain() const { return m_domain; }
    QString path() const { return m_path; }
    // domain/path, e.g. "docker.io/library/alpine".
    QString repository() const;
    QString tag() const { return m_tag; }
    Digest digest() const { return m_digest; }
    bool hasTag() const { return !m_tag.isEmpty(); }
    bool hasDigest() const { return m_digest.isValid(); }
    bool isNameOnly() const { return !hasTag() && !hasDigest(); }

    // Adds the tag "latest" when there is neither a tag nor a digest (Docker's TagNameOnly).
    Reference withDefaultTag() const;
    // Replaces the tag, keeping the name and any digest.
    Result<Reference> withTag(const QString &tag) const;
    // Replaces the digest, keeping the name and any tag.
    Reference withDigest(const Digest &digest) const;
    // The name alone, without tag or digest.
    Reference nameOnly() const;

    // Full canonical form: "docker.io/library/alpine:latest", "host:5000/x@sha256:...".
    QString toString() const;
    // The short name Docker shows: "alpine", "user/repo", "localhost:5000/x". When the short form would
    // not parse back to the same name (e.g. "docker.io/localhost/x"), the docker.io domain is kept.
    QString familiarName() const;
    // familiarName() with the tag and digest: "alpine:curl", "alpine@sha256:...".
    QString familiarString() const;

    friend bool operator==(const Reference &, const Reference &) = default;

private:
    QString suffix() const;

    QString m_domain;
    QString m_path;
    QString m_tag;
    Digest m_digest;
};

size_t qHash(const Reference &reference, size_t seed = 0);

} // namespace Ponton

Q_DECLARE_METATYPE(Ponton::Reference)
