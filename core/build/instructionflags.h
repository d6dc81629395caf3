#pragma once

#include "common/error.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Ponton::Build {

// The `--name[=value]` flags of one instruction, checked against what that instruction accepts
// (BuildKit's BFlags): unknown, repeated or malformed flags are errors.
class InstructionFlags
{
public:
    enum class Type { String, Bool, Strings };

    InstructionFlags &accept(const QString &name, Type type);
    Status parse(const QStringList &flags);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString string(const QString &name) const;
    bool boolean(const QString &name) const;
    QStringList strings(const QString &name) const { return m_values.value(name); }

private:
    Status set(const QString &name, const QString &value, bool hasValue);

    QHash<QString, Type> m_accepted;
    QHash<QString, QStringList> m_values;
};

} // namespace Ponton::Build
