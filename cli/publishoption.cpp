#include "publishoption.h"

#include "argumentparser.h"
#include "command.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

namespace {

// A port or a range of ports ("8080", "5000-5002"); the number of ports, 0 if invalid. An empty host
// port is allowed where `allowEmpty` (Docker picks one; here there is nothing to pick).
int portCount(const QString &text, bool allowEmpty)
{
    if (text.isEmpty())
        return allowEmpty ? 1 : 0;
    static const QRegularExpression pattern(u"^(\\d{1,5})(?:-(\\d{1,5}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return 0;
    const int first = match.captured(1).toInt();
    const int last = match.hasCaptured(2) ? match.captured(2).toInt() : first;
    if (first < 1 || last > 65535 || last < first)
        return 0;
    return last - first + 1;
}

} // namespace

void addPublishOptions(ArgumentParser &parser)
{
    parser.addOption(u'p', u"publish"_s, Tr::tr("list"), Tr::tr("Publish a container's port(s) to the host"));
    parser.addFlag(u'P', u"publish-all"_s, Tr::tr("Publish all exposed ports to random ports"));
}

Result<QStringList> publishedPorts(const ArgumentParser &parser)
{
    QStringList ports;
    for (const QString &specification : parser.values(u"publish"_s)) {
        QString rest = specification;
        QString protocol = u"tcp"_s;
        if (const qsizetype slash = rest.lastIndexOf(u'/'); slash >= 0) {
            protocol = rest.mid(slash + 1);
            rest.truncate(slash);
            if (protocol != u"tcp" && protocol != u"udp" && protocol != u"sctp")
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("invalid publish specification '%1': unknown protocol '%2' (tcp, udp or sctp)").arg(specification, protocol));
        }
        // An IPv6 host address is bracketed: "[::1]:8080:80".
        if (rest.startsWith(u'[')) {
            const qsizetype closing = rest.indexOf(u"]:"_s);
            if (closing < 0)
                return fail(ErrorCode::InvalidArgument, Tr::tr("invalid publish specification '%1': unclosed IPv6 address").arg(specification));
            rest = rest.mid(closing + 2);
        }
        const QStringList parts = rest.split(u':');
        if (parts.size() > 3 || parts.constLast().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("invalid publish specification '%1': expected [ip:][hostPort:]containerPort[/protocol]").arg(specification));
        const QString containerPorts = parts.constLast();
        const int containerCount = portCount(containerPorts, false);
        if (containerCount == 0)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("invalid publish specification '%1': invalid container port '%2'").arg(specification, containerPorts));
        if (parts.size() >= 2) {
            const QString hostPorts = parts.at(parts.size() - 2);
            const int hostCount = portCount(hostPorts, true);
            if (hostCount == 0)
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("invalid publish specification '%1': invalid host port '%2'").arg(specification, hostPorts));
            // As Docker: a host range for one container port is allowed (a port of the range), a
            // container range needs a host range of its size.
            if (!hostPorts.isEmpty() && containerCount > 1 && hostCount != containerCount)
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("invalid publish specification '%1': the host and container port ranges differ in size").arg(specification));
        }
        ports.append(containerPorts + u'/' + protocol);
    }
    ports.removeDuplicates();
    return ports;
}

QString publishWarning(const QStringList &ports, bool publishAll, bool networkNone)
{
    if (ports.isEmpty() && !publishAll)
        return {};
    if (networkNone)
        return Tr::tr("WARNING: Published ports are discarded when using network mode none: the container has no network.");
    QString text = Tr::tr("WARNING: Published ports are discarded when using host network mode");
    if (!ports.isEmpty())
        text += u'\n' + Tr::tr("Ponton runs containers in the host's network: a program listening on %1 in the container is reached on the same port of the host.")
                            .arg(ports.join(u", "_s));
    else
        text += u'\n' + Tr::tr("Ponton runs containers in the host's network: the ports the image exposes are the host's own.");
    return text;
}

} // namespace Ponton::Cli
