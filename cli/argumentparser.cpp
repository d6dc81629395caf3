#include "argumentparser.h"

using namespace Qt::StringLiterals;

namespace Ponton::Cli {

ArgumentParser::ArgumentParser(const QString &verb, const QString &usage, const QString &summary)
    : m_verb(verb), m_usage(usage), m_summary(summary)
{
}

void ArgumentParser::addFlag(QChar shortName, const QString &longName, const QString &description)
{
    m_options.append({shortName, longName, QString(), description});
}

void ArgumentParser::addOption(QChar shortName, const QString &longName, const QString &valueName, const QString &description)
{
    m_options.append({shortName, longName, valueName, description});
}

const ArgumentParser::Option *ArgumentParser::findLong(const QString &name) const
{
    for (const Option &option : m_options) {
        if (option.longName == name)
            return &option;
    }
    return nullptr;
}

const ArgumentParser::Option *ArgumentParser::findShort(QChar name) const
{
    for (const Option &option : m_options) {
        if (!option.shortName.isNull() && option.shortName == name)
            return &option;
    }
    return nullptr;
}

bool ArgumentParser::parse(const QStringList &arguments)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || argument == u"-" || !argument.startsWith(u'-')) {
            m_positional.append(argument);
            optionsEnded = optionsEnded || m_stopAtFirstPositional;
            continue;
        }
        if (argument == u"--") {
            optionsEnded = true;
            continue;
        }
        if (argument == u"--help" || argument == u"-h") {
            m_help = true;
            return true;
        }
        const bool ok = argument.startsWith(u"--") ? takeLong(argument.mid(2), arguments, i) : takeShorts(argument.mid(1), arguments, i);
        if (!ok)
            return false;
    }
    return true;
}

bool ArgumentParser::takeLong(const QString &argument, const QStringList &arguments, qsizetype &i)
{
    const qsizetype equals = argument.indexOf(u'=');
    const QString name = equals < 0 ? argument : argument.left(equals);
    const Option *option = findLong(name);
    if (!option) {
        m_error = tr("unknown flag: --%1").arg(name);
        return false;
    }
    if (option->valueName.isEmpty()) {
        const QString text = equals < 0 ? u"true"_s : argument.mid(equals + 1);
        if (text != u"true" && text != u"false") {
            m_error = tr("invalid argument \"%1\" for \"--%2\" flag: expected true or false").arg(text, name);
            return false;
        }
        if (text == u"true")
            m_values[name].append(text);
        else
            m_values.remove(name);
        return true;
    }
    if (equals >= 0) {
        m_values[name].append(argument.mid(equals + 1));
        return true;
    }
    if (i + 1 >= arguments.size()) {
        m_error = tr("flag needs an argument: --%1").arg(name);
        return false;
    }
    m_values[name].append(arguments.at(++i));
    return true;
}

bool ArgumentParser::takeShorts(const QString &argument, const QStringList &arguments, qsizetype &i)
{
    for (qsizetype k = 0; k < argument.size(); ++k) {
        const Option *option = findShort(argument.at(k));
        if (!option) {
            m_error = tr("unknown shorthand flag: '%1' in -%2").arg(argument.at(k)).arg(argument);
            return false;
        }
        if (option->valueName.isEmpty()) {
            m_values[option->longName].append(u"true"_s);
            continue;
        }
        QString value = argument.mid(k + 1);
        if (value.startsWith(u'='))
            value = value.mid(1);
        if (value.isEmpty()) {
            if (i + 1 >= arguments.size()) {
                m_error = tr("flag needs an argument: '%1' in -%2").arg(argument.at(k)).arg(argument);
                return false;
            }
            value = arguments.at(++i);
        }
        m_values[option->longName].append(value);
        return true;
    }
    return true;
}

QString ArgumentParser::helpText() const
{
    QString text = tr("Usage:  ponton %1 %2").arg(m_verb, m_usage) + u"\n\n"_s + m_summary + u"\n"_s;
    if (m_options.isEmpty())
        return text;
    QStringList left;
    qsizetype width = 0;
    for (const Option &option : m_options) {
        QString name = option.shortName.isNull() ? QString(u"      --"_s + option.longName)
                                                 : QString(u"  -"_s + option.shortName + u", --"_s + option.longName);
        if (!option.valueName.isEmpty())
            name += u' ' + option.valueName;
        left.append(name);
        width = qMax(width, name.size());
    }
    text += u'\n' + tr("Options:") + u'\n';
    for (qsizetype k = 0; k < m_options.size(); ++k)
        text += left.at(k).leftJustified(width + 3) + m_options.at(k).description + u'\n';
    return text;
}

} // namespace Ponton::Cli
