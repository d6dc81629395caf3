// StageEventOrder: the events of stages running at the same time come out in Dockerfile order.
#include "build/stageeventorder.h"

#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using Ponton::Build::BuildEvent;
using Ponton::Build::StageEventOrder;

namespace {

BuildEvent eventOf(int stage, const QString &text)
{
    BuildEvent event;
    event.stage = stage;
    event.text = text;
    return event;
}

} // namespace

class TestStageEventOrder : public QObject
{
    Q_OBJECT
private slots:
    void laterStagesWaitForEarlierOnes();
    void flushDeliversWhatIsHeld();
    void concurrentStagesKeepTheirOwnOrder();
};

void TestStageEventOrder::laterStagesWaitForEarlierOnes()
{
    QStringList seen;
    // Stage 1 is not built: its index is not in the list and stage 3 follows stage 0 directly.
    StageEventOrder order({0, 2, 3}, [&](const BuildEvent &event) { seen.append(event.text); });
    order.emitEvent(eventOf(2, u"b1"_s));
    order.emitEvent(eventOf(0, u"a1"_s));
    order.emitEvent(eventOf(3, u"c1"_s));
    order.emitEvent(eventOf(0, u"global"_s), true);
    QCOMPARE(seen, (QStringList{u"a1"_s, u"global"_s}));
    order.finished(2);  // ended before the earlier stage: still held
    QCOMPARE(seen, (QStringList{u"a1"_s, u"global"_s}));
    order.emitEvent(eventOf(0, u"a2"_s));
    order.finished(0);
    QCOMPARE(seen, (QStringList{u"a1"_s, u"global"_s, u"a2"_s, u"b1"_s, u"c1"_s}));
    order.emitEvent(eventOf(3, u"c2"_s));
    QCOMPARE(seen.last(), u"c2"_s);
}

void TestStageEventOrder::flushDeliversWhatIsHeld()
{
    QStringList seen;
    StageEventOrder order({0, 1, 2}, [&](const BuildEvent &event) { seen.append(event.text); });
    order.emitEvent(eventOf(2, u"c"_s));
    order.emitEvent(eventOf(1, u"b"_s));
    order.emitEvent(eventOf(0, u"a"_s));
    QCOMPARE(seen, QStringList{u"a"_s});
    order.flush();  // a failed build: everything, stage by stage
    QCOMPARE(seen, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
}

void TestStageEventOrder::concurrentStagesKeepTheirOwnOrder()
{
    QList<BuildEvent> seen;
    StageEventOrder order({0, 1}, [&](const BuildEvent &event) { seen.append(event); });
    auto stage = [&](int index) {
        for (int i = 0; i < 2000; ++i)
            order.emitEvent(eventOf(index, QString::number(i)));
        order.finished(index);
    };
    std::thread first(stage, 0);
    std::thread second(stage, 1);
    first.join();
    second.join();
    QCOMPARE(seen.size(), 4000);
    for (int i = 0; i < 4000; ++i) {
        QCOMPARE(seen.at(i).stage, i / 2000);
        QCOMPARE(seen.at(i).text, QString::number(i % 2000));
    }
}

QTEST_GUILESS_MAIN(TestStageEventOrder)
#include "tst_stageeventorder.moc"
