// Non-root use of the runtime helper (issue 7): the real ponton-helper serves a socket for root and one
// group, as the packaged systemd units run it; forked clients with an ordinary user's identity find the
// system socket by themselves, a member of the group is served, and an outsider is told how to join.
#include "runtime/runtimeclient.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Ponton;
using namespace Qt::StringLiterals;

namespace {

constexpr uid_t kUser = 65534;    // nobody
constexpr gid_t kGroup = 54321;   // the helper's group in this test (no name needed)

// Runs `work` in a child process with uid kUser (and kGroup as a supplementary group when `member`);
// returns what it wrote to the pipe.
QByteArray asOrdinaryUser(bool member, const std::function<QByteArray()> &work)
{
    int pipeFds[2];
    if (::pipe(pipeFds) < 0)
        return "pipe failed";
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipeFds[0]);
        const gid_t groups[] = {kGroup};
        const bool dropped = ::setgroups(member ? 1 : 0, groups) == 0 && ::setgid(kUser) == 0 && ::setuid(kUser) == 0;
        const QByteArray answer = dropped ? work() : QByteArray("could not drop privileges");
        (void)!::write(pipeFds[1], answer.constData(), size_t(answer.size()));
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    QByteArray answer;
    char buffer[4096];
    for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        answer.append(buffer, n);
    ::close(pipeFds[0]);
    ::waitpid(child, nullptr, 0);
    return answer;
}

} // namespace

class TestHelperSocketAccess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void socketIsFoundByItself();
    void memberIsServed();
    void outsiderIsToldHowToJoin();
    void missingSystemHelperIsExplained();

private:
    QTemporaryDir m_dir;
    QProcess m_helper;
    QString m_socket;
};

void TestHelperSocketAccess::initTestCase()
{
#ifndef PONTON_HELPER_PATH
    QSKIP("ponton-helper is not built");
#else
    if (::geteuid() != 0)
        QSKIP("needs root: the helper runs as root and the clients take an ordinary user's identity");
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                    | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    m_socket = m_dir.filePath(u"helper.sock"_s);
    m_helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_helper.start(QStringLiteral(PONTON_HELPER_PATH), {u"--state-dir"_s, m_dir.filePath(u"state"_s), u"--socket"_s, m_socket,
                                                       u"--group"_s, QString::number(kGroup)});
    QVERIFY(m_helper.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_socket), 10000);
    Runtime::RuntimeClient root({{}, {}, m_socket, false});
    QTRY_VERIFY_WITH_TIMEOUT(root.ping().has_value(), 10000);
#endif
}

void TestHelperSocketAccess::cleanupTestCase()
{
    if (m_helper.state() != QProcess::NotRunning) {
        m_helper.terminate();
        m_helper.waitForFinished(10000);
    }
}

void TestHelperSocketAccess::socketIsFoundByItself()
{
    qunsetenv("PONTON_HELPER_SOCKET");
    Runtime::RuntimeClientOptions options;
    options.stateDir = m_dir.filePath(u"store/runtime"_s);
    QCOMPARE(options.resolvedSocketPath(), m_dir.filePath(u"store/runtime/helper.sock"_s)); // root: its store's helper
    const QByteArray asUser = asOrdinaryUser(false, [&options] { return options.resolvedSocketPath().toUtf8(); });
    QCOMPARE(asUser, QByteArray(Runtime::kSystemHelperSocket));
    qputenv("PONTON_HELPER_SOCKET", m_socket.toUtf8());
    QCOMPARE(options.resolvedSocketPath(), m_socket);
    qunsetenv("PONTON_HELPER_SOCKET");
}

void TestHelperSocketAccess::memberIsServed()
{
    const QByteArray answer = asOrdinaryUser(true, [this] {
        Runtime::RuntimeClient client({{}, {}, m_socket, true});
        const Result<QJsonObject> pong = client.ping();
        return pong ? QByteArray::number(pong->value(u"peerUid"_s).toInteger()) : pong.error().toString().toUtf8();
    });
    QCOMPARE(answer, QByteArray::number(kUser));
}

void TestHelperSocketAccess::outsiderIsToldHowToJoin()
{
    const QByteArray answer = asOrdinaryUser(false, [this] {
        Runtime::RuntimeClient client({{}, {}, m_socket, true});
        const Result<QJsonObject> pong = client.ping();
        if (pong)
            return QByteArray("served");
        QByteArray answer = QByteArray::number(int(pong.error().code));
        answer += '\n';
        answer += pong.error().message.toUtf8();
        return answer;
    });
    const QByteArray permissionDenied = QByteArray::number(int(ErrorCode::PermissionDenied)).append('\n');
    QVERIFY2(answer.startsWith(permissionDenied), answer.constData());
    QVERIFY2(answer.contains("usermod -aG ponton nobody"), answer.constData());
    QVERIFY2(answer.contains("usermod -aG ponton"), answer.constData());
    QVERIFY2(answer.contains(m_socket.toUtf8()), answer.constData());
}

void TestHelperSocketAccess::missingSystemHelperIsExplained()
{
    const QString nowhere = m_dir.filePath(u"no-helper.sock"_s);
    const QByteArray answer = asOrdinaryUser(true, [&nowhere] {
        Runtime::RuntimeClient client({{}, {}, nowhere, true});
        const Result<QJsonObject> pong = client.ping();
        return pong ? QByteArray("served") : pong.error().message.toUtf8();
    });
    QVERIFY2(answer.contains("ponton-helper.socket"), answer.constData());
    QVERIFY(!QFile::exists(nowhere)); // nothing was started for an ordinary user
}

QTEST_GUILESS_MAIN(TestHelperSocketAccess)
#include "tst_helpersocketaccess.moc"
