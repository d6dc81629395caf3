// The French and English catalogues are complete: every string the sources mark with tr() (as lupdate
// finds them now) has a finished translation, plural forms included.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open "_s + path;
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message") {
            current = Message{context, QString(), xml.attributes().value(u"numerus"_s) == u"yes", false};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(u"type"_s);
            const bool unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            current.finished = !unfinished && !text.trimmed().isEmpty();
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return messages;
}

QStringList sourceFolders()
{
    const QDir root(QStringLiteral(PONTON_SOURCE_DIR));
    return {root.filePath(u"core"_s), root.filePath(u"cli"_s), root.filePath(u"gui"_s)};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogueIsFinished_data();
    void catalogueIsFinished();
    void catalogueCoversTheSources_data();
    void catalogueCoversTheSources();
};

void TestTranslations::catalogueIsFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << u"fr"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestTranslations::catalogueIsFinished()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readCatalogue(QStringLiteral(PONTON_SOURCE_DIR "/translations/ponton_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList unfinished;
    for (const Message &message : messages) {
        // English needs only its plural forms; the source text is the English text.
        const bool required = language == u"fr" || message.numerus;
        if (required && !message.finished)
            unfinished.append(message.context + u": "_s + message.source);
    }
    qInfo("%s: %lld messages, %lld unfinished", qPrintable(language), qlonglong(messages.size()), qlonglong(unfinished.size()));
    QVERIFY2(unfinished.isEmpty(), qPrintable(u"unfinished translations:\n"_s + unfinished.join(u'\n')));
}

void TestTranslations::catalogueCoversTheSources_data()
{
    catalogueIsFinished_data();
}

void TestTranslations::catalogueCoversTheSources()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"fresh.ts"_s);
    QProcess lupdate;
    lupdate.start(QStringLiteral(PONTON_LUPDATE_PATH), sourceFolders() + QStringList{u"-extensions"_s, u"cpp,h"_s, u"-locations"_s, u"none"_s, u"-silent"_s, u"-ts"_s, fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Message> found = readCatalogue(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> catalogue = readCatalogue(QStringLiteral(PONTON_SOURCE_DIR "/translations/ponton_%1.ts").arg(language), &error);
    QSet<QString> known;
    for (const Message &message : catalogue)
        known.insert(message.context + u'\x1f' + message.source);
    QStringList missing;
    for (const Message &message : found) {
        if (!known.contains(message.context + u'\x1f' + message.source))
            missing.append(message.context + u": "_s + message.source);
    }
    qInfo("%s: the sources hold %lld strings, %lld missing from the catalogue", qPrintable(language), qlonglong(found.size()), qlonglong(missing.size()));
    QVERIFY2(missing.isEmpty(), qPrintable(u"strings missing from ponton_"_s + language + u".ts (run the update_translations target):\n"_s + missing.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
