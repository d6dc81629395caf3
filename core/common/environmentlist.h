#pragma once

#include "common/error.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Ponton {

// The variables a container or an exec gets from `--env-file FILE` and `-e`, as Docker builds them: the
// files' entries first, in order, then the options. An env file holds `KEY=value` lines (the value kept as
// written), `KEY` alone for the caller's value (left out when the caller has none), `#` comments and blank
// lines; leading white space is skipped. A key with white space in it, a line without key or bytes that
// are not UTF-8 fail, naming the file and the line.
class EnvironmentList
{
public:
    // The caller's value of a variable; by default this process's environment.
    using Lookup = std::function<std::optional<QString>(const QString &name)>;

    EnvironmentList();
    explicit EnvironmentList(Lookup lookup);

    // What `--env-file FILE…` and `-e ENTRY…` give, from this process's environment.
    static Result<QStringList> fromOptions(const QStringList &files, const QStringList &options);

    Status addFile(const QString &path);
    // The text of an env file, `path` only naming it in errors.
    Status addFileContents(QByteArrayView contents, const QString &path);
    // -e KEY=value, or -e KEY for the caller's value.
    void addOption(const QString &entry);

    const QStringList &entries() const { return m_entries; }

private:
    void addResolved(const QString &name, const std::optional<QString> &value);

    Lookup m_lookup;
    QStringList m_entries;
};

} // namespace Ponton
