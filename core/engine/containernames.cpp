#include "engine/containernames.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace Ponton {

namespace {

constexpr std::array Adjectives{
    "agile", "amazing", "awesome", "blissful", "bold", "brave", "busy", "calm", "charming", "clever",
    "cool", "dazzling", "determined", "eager", "ecstatic", "elated", "elegant", "epic", "festive", "focused",
    "friendly", "gallant", "gifted", "happy", "hopeful", "jolly", "keen", "kind", "laughing", "loving",
    "lucid", "magical", "modest", "nice", "nostalgic", "optimistic", "peaceful", "pensive", "quirky", "relaxed",
    "serene", "sharp", "sleepy", "stoic", "sweet", "tender", "trusting", "upbeat", "vibrant", "wizardly",
    "youthful", "zealous",
};

constexpr std::array Surnames{
    "agnesi", "archimedes", "babbage", "bardeen", "bell", "bohr", "boole", "cannon", "carson", "cerf",
    "chandrasekhar", "curie", "darwin", "dijkstra", "einstein", "euler", "faraday", "fermat", "fermi", "franklin",
    "galileo", "gauss", "germain", "goodall", "hamilton", "hawking", "hopper", "hypatia", "johnson", "kepler",
    "knuth", "lalande", "lamarr", "leavitt", "lovelace", "maxwell", "meitner", "mendel", "morse", "newton",
    "noether", "pascal", "pasteur", "poincare", "ritchie", "shannon", "sinoussi", "thompson", "turing", "volta",
    "wozniak", "wu",
};

QString candidate(QRandomGenerator &random)
{
    const char *adjective = Adjectives.at(random.bounded(int(Adjectives.size())));
    const char *surname = Surnames.at(random.bounded(int(Surnames.size())));
    return QString::fromLatin1(adjective) + u'_' + QString::fromLatin1(surname);
}

} // namespace

QString ContainerNames::generate(const QSet<QString> &taken)
{
    QRandomGenerator &random = *QRandomGenerator::global();
    for (int attempt = 0;; ++attempt) {
        QString name = candidate(random);
        if (attempt >= 3)
            name += QString::number(random.bounded(10));
        if (!taken.contains(name))
            return name;
    }
}

bool ContainerNames::isValid(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"_s);
    return pattern.match(name).hasMatch();
}

} // namespace Ponton
