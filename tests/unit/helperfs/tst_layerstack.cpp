// LayerStack (the helper's reading of snapshots merged as overlayfs shows them, behind rootfs.list and
// rootfs.open) on real folders laid out as snapshots: whiteouts and opaque folders hide what is below,
// symlinked folders resolve over the merged layers, links never leave the image's root, loops end with
// ELOOP, missing paths are told as missing. Needs root (whiteouts are device nodes, opaque folders a
// trusted.* attribute).
#include "layerstack.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace ponton::helper;

namespace {

using Parts = std::vector<std::string>;

std::string contentOf(UniqueFd fd)
{
    std::string text;
    char buffer[256];
    for (ssize_t n; (n = ::read(fd.get(), buffer, sizeof buffer)) > 0;)
        text.append(buffer, std::size_t(n));
    return text;
}

std::vector<std::string> entryNames(const nlohmann::json &listing)
{
    std::vector<std::string> names;
    for (const nlohmann::json &entry : listing["entries"])
        names.push_back(entry["name"].get<std::string>());
    return names;
}

// One snapshot folder: files, folders, symlinks, whiteouts and opaque markers put in by path.
class Snapshot
{
public:
    explicit Snapshot(std::string root) : m_root(std::move(root)) { std::filesystem::create_directories(m_root); }

    Snapshot &file(const std::string &path, const std::string &content)
    {
        std::filesystem::create_directories(std::filesystem::path(m_root + path).parent_path());
        std::ofstream(m_root + path) << content;
        return *this;
    }
    Snapshot &folder(const std::string &path)
    {
        std::filesystem::create_directories(m_root + path);
        return *this;
    }
    Snapshot &link(const std::string &path, const std::string &target)
    {
        std::filesystem::create_directories(std::filesystem::path(m_root + path).parent_path());
        std::filesystem::create_directory_symlink(target, m_root + path);
        return *this;
    }
    Snapshot &whiteout(const std::string &path)
    {
        std::filesystem::create_directories(std::filesystem::path(m_root + path).parent_path());
        m_ok = m_ok && ::mknod((m_root + path).c_str(), S_IFCHR | 0000, makedev(0, 0)) == 0;
        return *this;
    }
    Snapshot &opaque(const std::string &path)
    {
        folder(path);
        m_ok = m_ok && ::setxattr((m_root + path).c_str(), "trusted.overlay.opaque", "y", 1, 0) == 0;
        return *this;
    }
    bool ok() const { return m_ok; }

private:
    std::string m_root;
    bool m_ok = true;
};

} // namespace

class TestLayerStack : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void whiteoutHidesLowerFile();
    void opaqueFolderHidesLowerEntries();
    void symlinkedFolderLeadsToAFolderAbove();
    void linksStayInsideTheRoot();
    void loopsEndWithEloop();
    void missingPath();

private:
    // Snapshot n (0 the bottom layer) of the stack being laid out.
    Snapshot layer(int n);
    // The stack of layers 0..count-1, bottom first.
    LayerStack stack(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<StateDir> m_state;
};

void TestLayerStack::init()
{
    if (::geteuid() != 0)
        QSKIP("needs root: whiteouts are character devices 0/0, opaque folders carry trusted.overlay.opaque");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto state = StateDir::open(m_dir->filePath(QStringLiteral("state")).toStdString());
    QVERIFY2(state, state ? "" : state.error().message.c_str());
    m_state = std::move(*state);
}

Snapshot TestLayerStack::layer(int n)
{
    return Snapshot(m_state->snapshotPath(std::string(64, char('a' + n))));
}

LayerStack TestLayerStack::stack(int count)
{
    std::vector<std::string> hexes;
    for (int n = 0; n < count; ++n)
        hexes.push_back(std::string(64, char('a' + n)));
    auto opened = LayerStack::fromHex(*m_state, hexes);
    if (!opened)
        qFatal("LayerStack::fromHex: %s", opened.error().message.c_str());
    return std::move(*opened);
}

void TestLayerStack::whiteoutHidesLowerFile()
{
    layer(0).file("/etc/gone", "lower").file("/etc/kept", "lower").link("/lnk", "etc");
    QVERIFY(layer(1).whiteout("/etc/gone").whiteout("/lnk").ok());
    const LayerStack layers = stack(2);
    auto gone = layers.openFile("/etc/gone");
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, std::string("NotFound"));
    QCOMPARE(contentOf(std::move(*layers.openFile("/etc/kept"))), std::string("lower"));
    auto listing = layers.list("/etc");
    QVERIFY(listing);
    QCOMPARE(entryNames(*listing), std::vector<std::string>{"kept"});
    // The whited-out link is not followed: the path stays as it was asked.
    QCOMPARE(*layers.resolve({"lnk", "kept"}, LayerStack::LastComponent::Kept), (Parts{"lnk", "kept"}));
    QVERIFY(!layers.openFile("/lnk/kept"));
}

void TestLayerStack::opaqueFolderHidesLowerEntries()
{
    layer(0).file("/d/old", "lower").file("/d/sub/deep", "lower").file("/d/keep/old", "lower").link("/d/link", "/etc").file("/etc/x", "lower");
    QVERIFY(layer(1).opaque("/d").file("/d/new", "upper").file("/d/keep/new", "upper").ok());
    const LayerStack layers = stack(2);
    auto listing = layers.list("/d");
    QVERIFY(listing);
    QCOMPARE(entryNames(*listing), (std::vector<std::string>{"keep", "new"}));
    QCOMPARE(contentOf(std::move(*layers.openFile("/d/new"))), std::string("upper"));
    // The lower folder's entries are hidden, at any depth under the opaque folder.
    QVERIFY(!layers.openFile("/d/old"));
    QVERIFY(!layers.openFile("/d/sub/deep"));
    QCOMPARE((*layers.list("/d/sub"))["exists"].get<bool>(), false);
    listing = layers.list("/d/keep");
    QVERIFY(listing);
    QCOMPARE(entryNames(*listing), std::vector<std::string>{"new"});
    // A hidden lower link is not followed.
    QCOMPARE(*layers.resolve({"d", "link", "x"}, LayerStack::LastComponent::Kept), (Parts{"d", "link", "x"}));
    QVERIFY(!layers.openFile("/d/link/x"));
}

void TestLayerStack::symlinkedFolderLeadsToAFolderAbove()
{
    // usrmerge: /lib is a link in the base layer, the library added to /usr/lib by a later one.
    layer(0).folder("/usr").link("/lib", "usr/lib");
    layer(1).file("/usr/lib/libx.so", "library");
    const LayerStack layers = stack(2);
    QCOMPARE(*layers.resolve({"lib", "libx.so"}, LayerStack::LastComponent::Kept), (Parts{"usr", "lib", "libx.so"}));
    QCOMPARE(*layers.resolve({"lib"}, LayerStack::LastComponent::Kept), Parts{"lib"});
    QCOMPARE(*layers.resolve({"lib"}, LayerStack::LastComponent::Followed), (Parts{"usr", "lib"}));
    QCOMPARE(contentOf(std::move(*layers.openFile("/lib/libx.so"))), std::string("library"));
    auto listing = layers.list("/lib");
    QVERIFY(listing);
    QCOMPARE(entryNames(*listing), std::vector<std::string>{"libx.so"});
    QCOMPARE((*listing)["self"]["name"].get<std::string>(), std::string("lib"));
}

void TestLayerStack::linksStayInsideTheRoot()
{
    layer(0).file("/etc/passwd", "the image's passwd\n").folder("/a/b");
    layer(1).link("/a/b/up", "../../../../../etc").link("/abs", "/../../etc").link("/a/file", "../../../../etc/passwd");
    const LayerStack layers = stack(2);
    QCOMPARE(*layers.resolve({"a", "b", "up", "passwd"}, LayerStack::LastComponent::Kept), (Parts{"etc", "passwd"}));
    QCOMPARE(*layers.resolve({"abs", "passwd"}, LayerStack::LastComponent::Kept), (Parts{"etc", "passwd"}));
    QCOMPARE(*layers.resolve({"a", "file"}, LayerStack::LastComponent::Followed), (Parts{"etc", "passwd"}));
    // What opens is the image's file, not the host's.
    QCOMPARE(contentOf(std::move(*layers.openFile("/a/b/up/passwd"))), std::string("the image's passwd\n"));
    QCOMPARE(contentOf(std::move(*layers.openFile("/abs/passwd"))), std::string("the image's passwd\n"));
    auto listing = layers.list("/abs");
    QVERIFY(listing);
    QCOMPARE(entryNames(*listing), std::vector<std::string>{"passwd"});
    // A path with .. is refused outright.
    auto dotted = layers.openFile("/etc/../etc/passwd");
    QVERIFY(!dotted);
    QCOMPARE(dotted.error().code, std::string("InvalidArgument"));
}

void TestLayerStack::loopsEndWithEloop()
{
    layer(0).link("/ping", "pong").link("/pong", "/ping").link("/self", "self/more");
    layer(1).folder("/etc");
    const LayerStack layers = stack(2);
    for (const char *start : {"ping", "self"}) {
        auto resolved = layers.resolve({start, "x"}, LayerStack::LastComponent::Kept);
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().err, ELOOP);
        QCOMPARE(resolved.error().code, std::string("InvalidArgument"));
        QVERIFY2(resolved.error().message.find("symbolic links") != std::string::npos, resolved.error().message.c_str());
    }
    auto listing = layers.list("/ping");
    QVERIFY(!listing);
    QCOMPARE(listing.error().err, ELOOP);
    // The last component is not followed when kept: the link itself is there.
    QCOMPARE(*layers.resolve({"ping"}, LayerStack::LastComponent::Kept), Parts{"ping"});
}

void TestLayerStack::missingPath()
{
    layer(0).file("/etc/hostname", "box\n");
    layer(1).folder("/srv");
    const LayerStack layers = stack(2);
    QCOMPARE(*layers.resolve({"no", "such", "file"}, LayerStack::LastComponent::Followed), (Parts{"no", "such", "file"}));
    auto file = layers.openFile("/no/such/file");
    QVERIFY(!file);
    QCOMPARE(file.error().code, std::string("NotFound"));
    QVERIFY2(file.error().message.find("/no/such/file") != std::string::npos, file.error().message.c_str());
    auto listing = layers.list("/etc/hostname/below");
    QVERIFY(listing);
    QCOMPARE((*listing)["exists"].get<bool>(), false);
    QCOMPARE((*layers.list("/nothing"))["exists"].get<bool>(), false);
}

QTEST_GUILESS_MAIN(TestLayerStack)
#include "tst_layerstack.moc"
