#include "app/languagemanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Ponton::Gui;
using namespace Qt::StringLiterals;

class TestLanguageManager : public QObject
{
    Q_OBJECT
private slots:
    void catalogsAreEmbedded_data();
    void catalogsAreEmbedded();
    void bestMatch_data();
    void bestMatch();
    void switchesAndSignals();
    void unknownCodeFollowsTheSystem();
    void sendsLanguageChange();
};

void TestLanguageManager::catalogsAreEmbedded_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : LanguageManager::availableLanguages())
        QTest::newRow(qPrintable(code)) << code;
}

void TestLanguageManager::catalogsAreEmbedded()
{
    QFETCH(QString, code);
    QVERIFY(QFile::exists(u":/i18n/ponton_%1.qm"_s.arg(code)));
}

void TestLanguageManager::bestMatch_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("code");
    QTest::newRow("french-france") << QStringList{u"fr-FR"_s, u"fr"_s} << u"fr"_s;
    QTest::newRow("french-canada-underscore") << QStringList{u"fr_CA"_s} << u"fr"_s;
    QTest::newRow("english-us") << QStringList{u"en-US"_s} << u"en"_s;
    QTest::newRow("german-then-french") << QStringList{u"de-DE"_s, u"fr-FR"_s} << u"fr"_s;
    QTest::newRow("german-only-falls-back") << QStringList{u"de-DE"_s} << u"en"_s;
    QTest::newRow("c-locale") << QStringList{u"C"_s} << u"en"_s;
    QTest::newRow("nothing") << QStringList{} << u"en"_s;
    QTest::newRow("upper-case") << QStringList{u"FR"_s} << u"fr"_s;
}

void TestLanguageManager::bestMatch()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, code);
    QCOMPARE(LanguageManager::bestMatch(uiLanguages), code);
}

void TestLanguageManager::switchesAndSignals()
{
    LanguageManager languages;
    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    QCOMPARE(languages.setLanguage(u"fr"_s), u"fr"_s);
    QVERIFY(!languages.followsSystem());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toString(), u"fr"_s);
    QCOMPARE(languages.setLanguage(u"fr"_s), u"fr"_s);
    QCOMPARE(changed.count(), 1);   // same language, nothing to do
    QCOMPARE(languages.setLanguage(u"en"_s), u"en"_s);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguageManager::unknownCodeFollowsTheSystem()
{
    LanguageManager languages;
    QCOMPARE(languages.setLanguage(u"xx"_s), LanguageManager::systemLanguage());
    QVERIFY(languages.followsSystem());
}

namespace {
class LanguageChangeCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return false;
    }
};
} // namespace

void TestLanguageManager::sendsLanguageChange()
{
    LanguageManager languages;
    languages.setLanguage(u"en"_s);
    LanguageChangeCounter counter;
    QCoreApplication::instance()->installEventFilter(&counter);
    languages.setLanguage(u"fr"_s);   // the catalogues may be empty: the event is sent anyway
    QVERIFY(counter.count >= 1);
    QCoreApplication::instance()->removeEventFilter(&counter);
}

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
