#include "app/languagemanager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_ponton)
        QCoreApplication::removeTranslator(m_ponton.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::availableLanguages()
{
    return {u"fr"_s, u"en"_s};
}

QString LanguageManager::nativeName(const QString &code)
{
    // Languages are named in their own tongue, so that anyone can find theirs; not translated.
    if (code == u"fr"_s)
        return u"Français"_s;
    if (code == u"en"_s)
        return u"English"_s;
    return code;
}

QString LanguageManager::bestMatch(const QStringList &uiLanguages)
{
    for (const QString &tag : uiLanguages) {
        const QString primary = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (availableLanguages().contains(primary))
            return primary;
    }
    return u"en"_s;
}

QString LanguageManager::systemLanguage()
{
    return bestMatch(QLocale::system().uiLanguages());
}

QString LanguageManager::setLanguage(const QString &code)
{
    m_followsSystem = code.isEmpty() || !availableLanguages().contains(code);
    const QString chosen = m_followsSystem ? systemLanguage() : code;
    if (chosen == m_language)
        return m_language;
    install(chosen);
    m_language = chosen;
    QLocale::setDefault(QLocale(chosen));
    // Installing an empty catalogue (English is the source language) sends no event: send one anyway.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    emit languageChanged(chosen);
    return chosen;
}

void LanguageManager::install(const QString &code)
{
    if (m_ponton)
        QCoreApplication::removeTranslator(m_ponton.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ponton = std::make_unique<QTranslator>();
    if (m_ponton->load(u":/i18n/ponton_%1.qm"_s.arg(code)))
        QCoreApplication::installTranslator(m_ponton.get());
    else
        qWarning("No translation catalogue for %s", qUtf8Printable(code));
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(u"qtbase_%1"_s.arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
}

} // namespace Ponton::Gui
