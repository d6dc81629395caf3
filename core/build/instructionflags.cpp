#include "build/instructionflags.h"

#include "common/tr.h"

using namespace Qt::StringLiterals;

namespace Ponton::Build {

InstructionFlags &InstructionFlags::accept(const QString &name, Type type)
{
    m_accepted.insert(name, type);
    return *this;
}

Status InstructionFlags::parse(const QStringList &flags)
{
    for (const QString &flag : flags) {
        if (!flag.startsWith(u"--"_s))
            return fail(ErrorCode::InvalidArgument, Tr::tr("flag \"%1\" must start with --").arg(flag));
        const QString body = flag.mid(2);
        const qsizetype equals = body.indexOf(u'=');
        const QString name = equals < 0 ? body : body.left(equals);
        const Status status = set(name, equals < 0 ? QString() : body.mid(equals + 1), equals >= 0);
        if (!status)
            return status;
    }
    return {};
}

Status InstructionFlags::set(const QString &name, const QString &value, bool hasValue)
{
    const auto accepted = m_accepted.constFind(name);
    if (accepted == m_accepted.constEnd())
        return fail(ErrorCode::InvalidArgument, Tr::tr("unknown flag: --%1").arg(name));
    if (*accepted != Type::Strings && m_values.contains(name))
        return fail(ErrorCode::InvalidArgument, Tr::tr("duplicate flag specified: --%1").arg(name));
    if (*accepted == Type::Bool) {
        const QString lower = value.toLower();
        if (hasValue && lower != u"true" && lower != u"false") {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("expecting boolean value for flag --%1, not: %2").arg(name, value));
        }
        m_values[name] = {hasValue ? lower : u"true"_s};
        return {};
    }
    if (!hasValue)
        return fail(ErrorCode::InvalidArgument, Tr::tr("missing a value on flag: --%1").arg(name));
    m_values[name].append(value);
    return {};
}

QString InstructionFlags::string(const QString &name) const
{
    const QStringList values = m_values.value(name);
    return values.isEmpty() ? QString() : values.last();
}

bool InstructionFlags::boolean(const QString &name) const
{
    return string(name) == u"true";
}

} // namespace Ponton::Build
