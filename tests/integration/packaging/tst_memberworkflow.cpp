// The packaging test's member workflow as a ctest suite (issue 7): a real user made with useradd, in a
// group made with groupadd, runs the built `ponton` against the real ponton-helper started with --group
// (as the packaged socket unit runs it), on a store of their own. The member cannot read the helper's
// state folder, so `ponton diff` and `ponton build` (RUN, COPY --chown by name, COPY --from a stage) work
// only through the helper's read-only methods; an outsider is refused.
#include "integration/containers/busyboximage.h"
#include "support/clirunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

using Outcome = Test::CliRun;

Outcome runTool(const QString &program, const QStringList &arguments)
{
    Test::CliRunner runner(program);
    runner.setTimeout(180000);
    return runner.run(arguments);
}

} // namespace

class TestMemberWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void stateIsUnreadableForTheMember();
    void diffAsMember();
    void buildAsMember();
    void outsiderIsRefused();

private:
    // `ponton --root <user's store> ARGS` as `user`, in a clean environment that names the test's helper.
    Outcome ponton(const QString &user, const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QProcess m_helper;
    QString m_group;
    QString m_member;
    QString m_outsider;
    QString m_socket;
    QStringList m_made;  // users made here, removed at the end
    bool m_groupMade = false;
};

void TestMemberWorkflow::initTestCase()
{
#ifndef PONTON_HELPER_PATH
    QSKIP("ponton-helper is not built");
#else
    if (::geteuid() != 0)
        QSKIP("needs root: it creates users and a group and runs the helper");
    for (const QString &tool : {u"useradd"_s, u"userdel"_s, u"groupadd"_s, u"groupdel"_s, u"runuser"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(tool + u" is not installed"_s));
    }
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                    | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    const QString suffix = QString::number(::getpid());
    m_group = u"pontontst"_s + suffix;
    m_member = u"pontonmem"_s + suffix;
    m_outsider = u"pontonout"_s + suffix;
    QCOMPARE(runTool(u"groupadd"_s, {m_group}).exitCode, 0);
    m_groupMade = true;
    QCOMPARE(runTool(u"useradd"_s, {u"--create-home"_s, u"--groups"_s, m_group, m_member}).exitCode, 0);
    m_made << m_member;
    QCOMPARE(runTool(u"useradd"_s, {u"--create-home"_s, m_outsider}).exitCode, 0);
    m_made << m_outsider;

    m_socket = m_dir.filePath(u"run/helper.sock"_s);
    m_helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_helper.start(QStringLiteral(PONTON_HELPER_PATH), {u"--state-dir"_s, m_dir.filePath(u"state"_s), u"--socket"_s, m_socket,
                                                       u"--group"_s, m_group});
    QVERIFY(m_helper.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_socket), 10000);

    // Each user's store, with the busybox image, theirs.
    for (const QString &user : {m_member, m_outsider}) {
        const QString root = m_dir.filePath(u"stores/"_s + user);
        const Store::ImageStore store(root);
        Result<Store::ImageRecord> image = Test::createBusyboxImage(store, {u"busybox:latest"_s});
        QVERIFY2(image.has_value(), qPrintable(image ? QString() : image.error().toString()));
        QCOMPARE(runTool(u"chown"_s, {u"-R"_s, user + u':', root}).exitCode, 0);
    }
    QVERIFY(QFile::setPermissions(m_dir.filePath(u"stores"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                                 | QFileDevice::ExeGroup | QFileDevice::ExeOther));
#endif
}

void TestMemberWorkflow::cleanupTestCase()
{
    if (m_helper.state() != QProcess::NotRunning) {
        m_helper.terminate();
        m_helper.waitForFinished(10000);
    }
    for (const QString &user : std::as_const(m_made))
        runTool(u"userdel"_s, {u"-r"_s, user});
    if (m_groupMade)
        runTool(u"groupdel"_s, {m_group});
}

Outcome TestMemberWorkflow::ponton(const QString &user, const QStringList &arguments) const
{
    return runTool(u"runuser"_s, QStringList{u"-u"_s, user, u"--"_s, u"env"_s, u"-i"_s, u"HOME=/home/"_s + user, u"USER="_s + user,
                                             u"LC_ALL=C.UTF-8"_s, u"PATH=/usr/bin:/bin"_s, u"PONTON_HELPER_SOCKET="_s + m_socket,
                                             QStringLiteral(PONTON_CLI_PATH), u"--root"_s, m_dir.filePath(u"stores/"_s + user)}
                                     + arguments);
}

void TestMemberWorkflow::stateIsUnreadableForTheMember()
{
    const Outcome listed = runTool(u"runuser"_s, {u"-u"_s, m_member, u"--"_s, u"ls"_s, m_dir.filePath(u"state/snapshots"_s)});
    QVERIFY2(listed.exitCode != 0, qPrintable(listed.out));
    QVERIFY2(listed.err.contains(u"Permission denied"_s), qPrintable(listed.err));
}

void TestMemberWorkflow::diffAsMember()
{
    const Outcome run = ponton(m_member, {u"run"_s, u"--name"_s, u"box"_s, u"busybox"_s, u"sh"_s, u"-c"_s,
                                          u"echo hi > /marker && rm /etc/group && echo done"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, u"done\n"_s);
    const Outcome diff = ponton(m_member, {u"diff"_s, u"box"_s});
    QCOMPARE(diff.err, QString());
    QCOMPARE(diff.exitCode, 0);
    QCOMPARE(diff.out, u"C /etc\nD /etc/group\nA /marker\n"_s);
}

void TestMemberWorkflow::buildAsMember()
{
    const QString context = m_dir.filePath(u"context"_s);
    QVERIFY(QDir().mkpath(context));
    QFile hello(context + u"/hello.txt"_s);
    QVERIFY(hello.open(QIODevice::WriteOnly));
    hello.write("hello-from-the-context\n");
    hello.close();
    QFile dockerfile(context + u"/Dockerfile"_s);
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write("FROM busybox AS base\n"
                     "RUN echo from-the-base-stage > /from-base.txt\n"
                     "FROM busybox\n"
                     "RUN echo 'app:x:1234:2345::/home/app:/bin/sh' >> /etc/passwd && echo 'app:x:2345:' >> /etc/group && mkdir /srv\n"
                     "COPY --chown=app:app hello.txt /srv/\n"
                     "COPY --from=base /from-base.txt /srv/copied.txt\n"
                     "CMD [\"sh\", \"-c\", \"stat -c %u:%g /srv/hello.txt; cat /srv/hello.txt /srv/copied.txt\"]\n");
    dockerfile.close();
    QCOMPARE(runTool(u"chown"_s, {u"-R"_s, m_member + u':', context}).exitCode, 0);
    const Outcome built = ponton(m_member, {u"build"_s, u"-t"_s, u"built:1"_s, context});
    QVERIFY2(built.exitCode == 0, qPrintable(built.out + built.err));
    QVERIFY2(built.out.contains(u"Successfully tagged built:1"_s), qPrintable(built.out));
    const Outcome ran = ponton(m_member, {u"run"_s, u"--rm"_s, u"built:1"_s});
    QCOMPARE(ran.err, QString());
    QCOMPARE(ran.out, u"1234:2345\nhello-from-the-context\nfrom-the-base-stage\n"_s);
}

void TestMemberWorkflow::outsiderIsRefused()
{
    const Outcome run = ponton(m_outsider, {u"run"_s, u"busybox"_s, u"true"_s});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(u"usermod -aG ponton "_s + m_outsider), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestMemberWorkflow)
#include "tst_memberworkflow.moc"
