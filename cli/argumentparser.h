#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Ponton::Cli {

// Docker-style arguments for one verb: `-a`, `--all`, combined short flags (`-it`), values as
// `--name V`, `--name=V`, `-n V`, `-nV`; repeated options collect values; `--` ends the options.
// With stopAtFirstPositional (run, exec) everything after the first positional argument is positional,
// so `run IMAGE sh -c 'exit 3'` keeps `-c` for the command.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(Ponton::Cli)
public:
    struct Option {
        QChar shortName;
        QString longName;
        QString valueName;   // empty for a flag
        QString description; // translated
    };

    ArgumentParser(const QString &verb, const QString &usage, const QString &summary);

    void addFlag(QChar shortName, const QString &longName, const QString &description);
    void addOption(QChar shortName, const QString &longName, const QString &valueName, const QString &description);
    void setStopAtFirstPositional(bool stop) { m_stopAtFirstPositional = stop; }

    // False with errorText() set on a bad argument. --help sets helpRequested().
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_error; }
    bool helpRequested() const { return m_help; }
    QString helpText() const;
    QString verb() const { return m_verb; }

    bool isSet(const QString &longName) const { return m_values.contains(longName); }
    QString value(const QString &longName) const { return m_values.value(longName).value(0); }
    QStringList values(const QString &longName) const { return m_values.value(longName); }
    QStringList positional() const { return m_positional; }

private:
    const Option *findLong(const QString &name) const;
    const Option *findShort(QChar name) const;
    bool takeLong(const QString &argument, const QStringList &arguments, qsizetype &i);
    bool takeShorts(const QString &argument, const QStringList &arguments, qsizetype &i);

    QString m_verb;
    QString m_usage;
    QString m_summary;
    QList<Option> m_options;
    bool m_stopAtFirstPositional = false;
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
    QString m_error;
    bool m_help = false;
};

} // namespace Ponton::Cli
