#include "reference/reference.h"

#include "common/tr.h"

#include <QHashFunctions>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ponton {

namespace {

const QString DefaultDomain = u"docker.io"_s;
const QString LegacyDefaultDomain = u"index.docker.io"_s;
const QString OfficialPrefix = u"library/"_s;

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isLowerAlnum(QChar c) { return isDigit(c) || (c >= u'a' && c <= u'z'); }
bool isAlnum(QChar c) { return isLowerAlnum(c) || (c >= u'A' && c <= u'Z'); }
bool isHexOrColon(QChar c) { return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u':'; }
bool isSeparatorChar(QChar c) { return c == u'.' || c == u'_' || c == u'-'; }

// separator := [._] | __ | -+
bool isValidSeparator(QStringView sep)
{
    if (sep == u"." || sep == u"_" || sep == u"__")
        return true;
    return !sep.isEmpty() && std::all_of(sep.begin(), sep.end(), [](QChar c) { return c == u'-'; });
}

// path-component := [a-z0-9]+ (separator [a-z0-9]+)*
bool isValidPathComponent(QStringView component)
{
    qsizetype i = 0;
    const qsizetype n = component.size();
    while (true) {
        const qsizetype alnumStart = i;
        while (i < n && isLowerAlnum(component[i]))
            ++i;
        if (i == alnumStart)
            return false;
        if (i == n)
            return true;
        const qsizetype sepStart = i;
        while (i < n && isSeparatorChar(component[i]))
            ++i;
        if (!isValidSeparator(component.mid(sepStart, i - sepStart)))
            return false;
    }
}

// domain-component := [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
bool isValidDomainComponent(QStringView component)
{
    if (component.isEmpty() || !isAlnum(component.front()) || !isAlnum(component.back()))
        return false;
    return std::all_of(component.begin(), component.end(), [](QChar c) { return isAlnum(c) || c == u'-'; });
}

// host := domain-component ('.' domain-component)* | '[' [0-9a-fA-F:]+ ']'
bool isValidHost(QStringView host)
{
    if (host.startsWith(u'[')) {
        const QStringView inner = host.mid(1, host.size() - 2);
        return host.endsWith(u']') && !inner.isEmpty() && std::all_of(inner.begin(), inner.end(), isHexOrColon);
    }
    for (QStringView component : host.split(u'.')) {
        if (!isValidDomainComponent(component))
            return false;
    }
    return true;
}

// domain := host [':' [0-9]+]
bool isValidDomain(QStringView domain)
{
    const qsizetype hostEnd = domain.startsWith(u'[') ? domain.indexOf(u']') + 1 : domain.indexOf(u':');
    if (hostEnd <= 0)
        return hostEnd < 0 && isValidHost(domain);
    const QStringView rest = domain.mid(hostEnd);
    if (rest.isEmpty())
        return isValidHost(domain);
    const QStringView port = rest.mid(1);
    const bool portOk = rest.front() == u':' && !port.isEmpty() && std::all_of(port.begin(), port.end(), isDigit);
    return portOk && isValidHost(domain.left(hostEnd));
}

// digest := algorithm ':' hex, algorithm := [A-Za-z][A-Za-z0-9]* ([-_+.][A-Za-z][A-Za-z0-9]*)*, hex := [0-9a-fA-F]{32,}
bool looksLikeDigest(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return false;
    const QStringView hex = text.mid(colon + 1);
    if (hex.size() < 32 || !std::all_of(hex.begin(), hex.end(), [](QChar c) { return c != u':' && isHexOrColon(c); }))
        return false;
    bool componentStart = true;
    for (QChar c : text.left(colon)) {
        const bool letter = isAlnum(c) && !isDigit(c);
        const bool separator = c == u'-' || c == u'_' || c == u'+' || c == u'.';
        if (componentStart ? !letter : (!isAlnum(c) && !separator))
            return false;
        componentStart = separator;
    }
    return !componentStart;
}

struct NameParts {
    QString domain;
    QString remainder;
};

// Docker's splitDockerDomain: the first component is a domain when it has a '.' or ':', is "localhost",
// or has upper-case letters; otherwise the name is on docker.io, and a single component is under library/.
NameParts splitDomain(const QString &name)
{
    const qsizetype slash = name.indexOf(u'/');
    const QString first = name.left(slash);
    const bool isHost = slash >= 0
        && (first.contains(u'.') || first.contains(u':') || first == u"localhost" || first.toLower() != first);
    NameParts parts = isHost ? NameParts{first, name.mid(slash + 1)} : NameParts{DefaultDomain, name};
    if (parts.domain == LegacyDefaultDomain)
        parts.domain = DefaultDomain;
    if (parts.domain == DefaultDomain && !parts.remainder.contains(u'/'))
        parts.remainder.prepend(OfficialPrefix);
    return parts;
}

std::unexpected<Error> invalidFormat(const QString &text, const QString &detail)
{
    return fail(ErrorCode::InvalidArgument, Tr::tr("invalid reference format: \"%1\"").arg(text), detail);
}

// Checks the path's components; returns a technical description of the first problem, or an empty string.
QString pathProblem(const QString &path)
{
    for (QStringView component : QStringView(path).split(u'/')) {
        if (component.isEmpty())
            return u"empty path component in \"%1\""_s.arg(path);
        if (!isValidPathComponent(component))
            return u"invalid path component \"%1\""_s.arg(component);
    }
    return {};
}

Status checkName(const QString &text, const QString &domain, const QString &path)
{
    if (path.toLower() != path)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("invalid reference format: repository name in \"%1\" must be lowercase").arg(text),
                    u"repository path \"%1\""_s.arg(path));
    if (!isValidDomain(domain))
        return invalidFormat(text, u"invalid domain \"%1\""_s.arg(domain));
    if (const QString problem = pathProblem(path); !problem.isEmpty())
        return invalidFormat(text, problem);
    const qsizetype length = domain.size() + 1 + path.size();
    if (length > Reference::MaxNameLength)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("invalid reference \"%1\": repository name must not be more than %2 characters")
                        .arg(text).arg(Reference::MaxNameLength),
                    u"the repository name %1/%2 has %3 characters"_s.arg(domain, path).arg(length));
    return {};
}

Status checkTag(const QString &text, const QString &tag)
{
    if (tag.size() > Reference::MaxTagLength)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("invalid reference \"%1\": tag must not be more than %2 characters")
                        .arg(text).arg(Reference::MaxTagLength),
                    u"tag of %1 characters"_s.arg(tag.size()));
    if (!Reference::isValidTag(tag))
        return invalidFormat(text, u"invalid tag \"%1\""_s.arg(tag));
    return {};
}

Result<Digest> parseDigestPart(const QString &text, const QString &digestText)
{
    if (!looksLikeDigest(digestText))
        return invalidFormat(text, u"malformed digest \"%1\""_s.arg(digestText));
    Result<Digest> digest = Digest::parse(digestText);
    if (!digest)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("invalid digest \"%1\" in reference \"%2\"").arg(digestText, text),
                    u"only sha256 digests of 64 lower-case hex characters are supported"_s);
    return digest;
}

} // namespace

bool Reference::isValidTag(QStringView tag)
{
    if (tag.isEmpty() || tag.size() > MaxTagLength)
        return false;
    const auto word = [](QChar c) { return isAlnum(c) || c == u'_'; };
    if (!word(tag.front()))
        return false;
    return std::all_of(tag.begin(), tag.end(), [&](QChar c) { return word(c) || c == u'.' || c == u'-'; });
}

Result<Reference> Reference::parse(const QString &text)
{
    if (text.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("invalid reference format: repository name must have at least one component"));
    if (Digest::isSha256Hex(text))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("invalid repository name \"%1\": cannot specify 64-byte hexadecimal strings").arg(text));

    const qsizetype at = text.indexOf(u'@');
    const NameParts parts = splitDomain(text.left(at));
    const qsizetype colon = parts.remainder.indexOf(u':');
    Reference reference;
    reference.m_domain = parts.domain;
    reference.m_path = parts.remainder.left(colon);
    if (Status name = checkName(text, reference.m_domain, reference.m_path); !name)
        return std::unexpected(name.error());
    if (colon >= 0) {
        reference.m_tag = parts.remainder.mid(colon + 1);
        if (Status tag = checkTag(text, reference.m_tag); !tag)
            return std::unexpected(tag.error());
    }
    if (at >= 0) {
        Result<Digest> digest = parseDigestPart(text, text.mid(at + 1));
        if (!digest)
            return std::unexpected(digest.error());
        reference.m_digest = *digest;
    }
    return reference;
}

QString Reference::repository() const
{
    return m_domain + u'/' + m_path;
}

Reference Reference::withDefaultTag() const
{
    Reference copy = *this;
    if (isValid() && isNameOnly())
        copy.m_tag = u"latest"_s;
    return copy;
}

Result<Reference> Reference::withTag(const QString &tag) const
{
    if (!isValidTag(tag))
        return fail(ErrorCode::InvalidArgument, Tr::tr("invalid tag \"%1\"").arg(tag),
                    u"a tag is [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"_s);
    Reference copy = *this;
    copy.m_tag = tag;
    return copy;
}

Reference Reference::withDigest(const Digest &digest) const
{
    Reference copy = *this;
    copy.m_digest = digest;
    return copy;
}

Reference Reference::nameOnly() const
{
    Reference copy;
    copy.m_domain = m_domain;
    copy.m_path = m_path;
    return copy;
}

QString Reference::suffix() const
{
    QString result;
    if (hasTag())
        result += u':' + m_tag;
    if (hasDigest())
        result += u'@' + m_digest.toString();
    return result;
}

QString Reference::toString() const
{
    if (!isValid())
        return {};
    return repository() + suffix();
}

QString Reference::familiarName() const
{
    if (!isValid())
        return {};
    if (m_domain != DefaultDomain)
        return repository();
    QString familiar = m_path;
    if (familiar.startsWith(OfficialPrefix) && !familiar.mid(OfficialPrefix.size()).contains(u'/'))
        familiar = familiar.mid(OfficialPrefix.size());
    // "docker.io/localhost/x" or "docker.io/foo.bar/x" would read back with another domain.
    const NameParts back = splitDomain(familiar);
    if (back.domain != m_domain || back.remainder != m_path)
        return repository();
    return familiar;
}

QString Reference::familiarString() const
{
    if (!isValid())
        return {};
    return familiarName() + suffix();
}

size_t qHash(const Reference &reference, size_t seed)
{
    return qHashMulti(seed, reference.domain(), reference.path(), reference.tag(), reference.digest());
}

} // namespace Ponton
