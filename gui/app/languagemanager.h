#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Ponton::Gui {

// Loads Ponton's catalogue (:/i18n/ponton_<code>.qm, compiled into ponton-common) and Qt's own for
// one language, and tells every widget to retranslate (QEvent::LanguageChange).
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList availableLanguages();               // "fr", "en"
    static QString nativeName(const QString &code);        // "Français", "English"
    // The available language closest to the given UI languages (QLocale::uiLanguages() order); "en" if none.
    static QString bestMatch(const QStringList &uiLanguages);
    static QString systemLanguage();

    QString language() const { return m_language; }
    bool followsSystem() const { return m_followsSystem; }

    // An available code, or empty to follow the system. Returns the language now in use.
    QString setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    void install(const QString &code);

    std::unique_ptr<QTranslator> m_ponton;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
    bool m_followsSystem = true;
};

} // namespace Ponton::Gui
