#include "registry/taglister.h"

#include <QTest>

using namespace Ponton::Registry;
using namespace Qt::StringLiterals;

class TestTagLister : public QObject
{
    Q_OBJECT
private slots:
    void nextLink_data();
    void nextLink();
};

void TestTagLister::nextLink_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("next");
    QTest::newRow("distribution") << QByteArray(R"(</v2/a/b/tags/list?last=t9&n=10>; rel="next")")
                                  << u"/v2/a/b/tags/list?last=t9&n=10"_s;
    QTest::newRow("unquoted-rel") << QByteArray("</v2/x/tags/list?last=a>;rel=next") << u"/v2/x/tags/list?last=a"_s;
    QTest::newRow("prev-then-next") << QByteArray(R"(</p>; rel="prev", </n>; rel="next")") << u"/n"_s;
    QTest::newRow("only-prev") << QByteArray(R"(</p>; rel="prev")") << QString();
    QTest::newRow("absent") << QByteArray() << QString();
    QTest::newRow("malformed") << QByteArray(R"(/v2/x; rel="next")") << QString();
}

void TestTagLister::nextLink()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, next);
    QCOMPARE(TagLister::nextLink(header), next);
}

QTEST_GUILESS_MAIN(TestTagLister)
#include "tst_taglister.moc"
