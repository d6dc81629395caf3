// save and load against real stores: round trips in both formats give the same image IDs and tags
// (also from a gzip-compressed archive and from a pipe), and a table of damaged archives — truncated,
// corrupt blobs, diff_id mismatches, missing entries, configs that are not JSON, unknown layer media
// types, a manifest that is really an index, unsafe names and links — is refused with an error naming
// the entry, digest or layer, leaving no image registered and a store that `system check` finds clean.
#include "support/imagefixture.h"

#include "archive/tarreader.h"
#include "archive/tarwriter.h"
#include "image/manifestwriter.h"
#include "store/imagearchiveloader.h"
#include "store/imagearchivewriter.h"
#include "store/storechecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Ponton;
using Format = Store::ImageArchiveWriter::Format;

namespace {

struct Entry {
    QString name;
    Archive::TarEntry::Type type = Archive::TarEntry::Type::File;
    QByteArray data;
    QString link;
};
using Entries = QList<Entry>;

Entries readTar(const QString &path)
{
    Entries entries;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    auto reader = Archive::TarReader::open(fd, path);
    while (reader) {
        auto next = (*reader)->next();
        if (!next || !next->has_value())
            break;
        Entry entry{(*next)->name, (*next)->type, {}, (*next)->linkTarget};
        (void)(*reader)->readData([&entry](const char *data, qint64 size) -> Status {
            entry.data.append(data, size);
            return {};
        });
        entries.append(entry);
    }
    ::close(fd);
    return entries;
}

bool writeTar(const QString &path, const Entries &entries)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    auto writer = Archive::TarWriter::open(fd, path);
    bool ok = bool(writer);
    for (const Entry &entry : entries) {
        if (!ok)
            break;
        if (entry.type == Archive::TarEntry::Type::Directory)
            ok = bool((*writer)->addDirectory(entry.name));
        else if (entry.type == Archive::TarEntry::Type::Symlink)
            ok = bool((*writer)->addSymlink(entry.name, entry.link));
        else
            ok = bool((*writer)->addData(entry.name, entry.data));
    }
    ok = ok && (*writer)->finish();
    ::close(fd);
    return ok;
}

Entry *findEntry(Entries &entries, const QString &name)
{
    for (Entry &entry : entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

QByteArray compress(const QByteArray &data)
{
    QProcess gzip;
    gzip.start(u"gzip"_s, {u"-c"_s});
    gzip.waitForStarted();
    gzip.write(data);
    gzip.closeWriteChannel();
    gzip.waitForFinished();
    return gzip.readAllStandardOutput();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
}

QStringList tagStrings(const Store::ImageRecord &record)
{
    QStringList tags;
    for (const Reference &tag : record.tags)
        tags.append(tag.familiarString());
    tags.sort();
    return tags;
}

// Loads through a pipe, as `ponton load` reads stdin.
Result<Store::LoadResult> loadThroughPipe(Store::ImageArchiveLoader &loader, const QByteArray &bytes)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return fail(ErrorCode::Internal, u"pipe"_s);
    std::thread feeder([&bytes, out = fds[1]] {
        qsizetype at = 0;
        while (at < bytes.size()) {
            const ssize_t n = ::write(out, bytes.constData() + at, size_t(qMin<qsizetype>(65536, bytes.size() - at)));
            if (n <= 0)
                break;
            at += n;
        }
        ::close(out);
    });
    Result<Store::LoadResult> result = loader.load(fds[0], u"stdin"_s);
    ::close(fds[0]);
    feeder.join();
    return result;
}

} // namespace

class TestImageArchive : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void saveSelectsLikeDocker();
    void loadByIdIsUntagged();
    void badInput_data();
    void badInput();

private:
    QString makeBase(const QTemporaryDir &dir, Format format, Store::ImageRecord *image);
};

void TestImageArchive::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("gzipLayers");
    QTest::addColumn<bool>("dockerMediaTypes");
    QTest::addColumn<QString>("transport"); // file, gzip-file, pipe
    QTest::newRow("docker-archive-gzip-layers") << int(Format::DockerArchive) << true << false << u"file"_s;
    QTest::newRow("docker-archive-plain-docker-types") << int(Format::DockerArchive) << false << true << u"file"_s;
    QTest::newRow("docker-archive-gzipped-archive") << int(Format::DockerArchive) << true << true << u"gzip-file"_s;
    QTest::newRow("docker-archive-through-pipe") << int(Format::DockerArchive) << true << false << u"pipe"_s;
    QTest::newRow("oci-archive-gzip-layers") << int(Format::OciArchive) << true << false << u"file"_s;
    QTest::newRow("oci-archive-plain-docker-types") << int(Format::OciArchive) << false << true << u"file"_s;
    QTest::newRow("oci-archive-gzipped-through-pipe") << int(Format::OciArchive) << true << false << u"pipe-gzip"_s;
}

void TestImageArchive::roundTrip()
{
    QFETCH(int, format);
    QFETCH(bool, gzipLayers);
    QFETCH(bool, dockerMediaTypes);
    QFETCH(QString, transport);
    QTemporaryDir dir;
    const Store::ImageStore source(dir.filePath(u"source"_s));
    Test::ImageSpec spec{3, 4, 200000, gzipLayers, dockerMediaTypes, {u"alpine:curl"_s, u"localhost:5000/x/y:1"_s}, 11};
    auto first = Test::ImageFixture::create(source, spec);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    spec.seed = 12;
    spec.layers = 1;
    spec.tags = {u"busybox"_s};
    auto second = Test::ImageFixture::create(source, spec);
    QVERIFY(second);

    const QString archive = dir.filePath(u"images.tar"_s);
    const QStringList names{u"alpine:curl"_s, u"localhost:5000/x/y"_s, u"busybox"_s};
    const Status saved = Test::ImageFixture::saveArchive(source, names, archive, Format(format));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QVERIFY(Test::ImageFixture::saveArchive(source, names, archive + u".again"_s, Format(format)));
    QVERIFY2(readAll(archive) == readAll(archive + u".again"_s), "save is not reproducible");

    const Store::ImageStore target(dir.filePath(u"target"_s));
    Store::ImageArchiveLoader loader(target);
    QByteArray bytes = readAll(archive);
    if (transport.contains(u"gzip"_s))
        bytes = compress(bytes);
    writeAll(archive, bytes);
    auto loaded = transport.startsWith(u"pipe"_s) ? loadThroughPipe(loader, bytes) : loader.loadFile(archive);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->images.size(), 2);
    QVERIFY(loaded->lines.contains(u"Loaded image: alpine:curl"_s));
    QVERIFY(loaded->lines.contains(u"Loaded image: localhost:5000/x/y:1"_s));
    QVERIFY(loaded->lines.contains(u"Loaded image: busybox:latest"_s));

    auto images = target.images();
    QVERIFY(images);
    QCOMPARE(images->size(), 2);
    for (const Store::ImageRecord &original : {*first, *second}) {
        auto copy = target.findById(original.id);
        QVERIFY2(copy, qPrintable(original.id.toString()));
        QCOMPARE(tagStrings(*copy), tagStrings(original));
        QCOMPARE(copy->diffIds, original.diffIds);
        if (format == int(Format::OciArchive))
            QCOMPARE(copy->manifest.digest, original.manifest.digest); // blobs as stored
        QCOMPARE(copy->size, original.size);
    }
    const Store::CheckReport report = Store::StoreChecker(target).check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));

    // Loading again changes nothing and says the same.
    auto again = loader.loadFile(archive);
    QVERIFY(again);
    QCOMPARE(target.images()->size(), 2);
}

void TestImageArchive::saveSelectsLikeDocker()
{
    QTemporaryDir dir;
    const Store::ImageStore store(dir.path());
    auto a = Test::ImageFixture::create(store, {1, 2, 100, true, false, {u"app:1"_s, u"app:2"_s, u"other:1"_s}, 21});
    auto b = Test::ImageFixture::create(store, {1, 2, 100, true, false, {u"app:3"_s}, 22});
    QVERIFY(a && b);
    Store::ImageArchiveWriter writer(store);
    auto all = writer.select({u"app"_s}); // every tag of the repository
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).tags.size() + all->at(1).tags.size(), 3);
    auto one = writer.select({u"app:2"_s, u"app:1"_s});
    QVERIFY(one);
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->first().tags.size(), 2);
    auto byId = writer.select({a->id.shortId()});
    QVERIFY(byId);
    QVERIFY(byId->first().tags.isEmpty());
    auto missing = writer.select({u"nope:1"_s});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(!writer.saveToFile({u"nope:1"_s}, Format::DockerArchive, dir.filePath(u"out.tar"_s)));
    QVERIFY2(!QFile::exists(dir.filePath(u"out.tar"_s)), "a failed save left a file");
}

void TestImageArchive::loadByIdIsUntagged()
{
    QTemporaryDir dir;
    const Store::ImageStore store(dir.filePath(u"a"_s));
    auto image = Test::ImageFixture::create(store, {2, 2, 100, true, false, {u"tagged:1"_s}, 31});
    QVERIFY(image);
    for (Format format : {Format::DockerArchive, Format::OciArchive}) {
        const QString archive = dir.filePath(u"by-id.tar"_s);
        QVERIFY(Test::ImageFixture::saveArchive(store, {image->id.toString()}, archive, format));
        const Store::ImageStore target(dir.filePath(format == Format::OciArchive ? u"oci"_s : u"docker"_s));
        auto loaded = Store::ImageArchiveLoader(target).loadFile(archive);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->lines, QStringList{u"Loaded image ID: "_s + image->id.toString()});
        QVERIFY(!target.findById(image->id)->isTagged());
    }
}

namespace {

QJsonObject jsonObject(const QByteArray &bytes) { return QJsonDocument::fromJson(bytes).object(); }
QByteArray compact(const QJsonObject &object) { return Image::ManifestWriter::canonicalJson(object); }

QString blobName(const Digest &digest) { return u"blobs/sha256/"_s + digest.hex(); }

// OCI: the one manifest of index.json, as an object, with its entry name.
QString ociManifestName(Entries &entries)
{
    const QJsonObject index = jsonObject(findEntry(entries, u"index.json"_s)->data);
    const QString digest = index.value(u"manifests"_s).toArray().first().toObject().value(u"digest"_s).toString();
    return u"blobs/sha256/"_s + digest.mid(7);
}

// Replaces the OCI manifest with `manifest` (as a new blob) and points index.json at it.
void replaceOciManifest(Entries &entries, const QByteArray &manifest, const QString &mediaType = {})
{
    const Digest digest = Digest::ofData(manifest);
    entries.append({blobName(digest), Archive::TarEntry::Type::File, manifest, {}});
    Entry *index = findEntry(entries, u"index.json"_s);
    QJsonObject object = jsonObject(index->data);
    QJsonArray manifests = object.value(u"manifests"_s).toArray();
    QJsonObject first = manifests.first().toObject();
    first.insert(u"digest"_s, digest.toString());
    first.insert(u"size"_s, manifest.size());
    if (!mediaType.isEmpty())
        first.insert(u"mediaType"_s, mediaType);
    manifests.replace(0, first);
    object.insert(u"manifests"_s, manifests);
    index->data = compact(object);
}

// Changes the first layer descriptor of the OCI manifest through `edit`.
void editOciLayer(Entries &entries, const std::function<void(QJsonObject &layer)> &edit)
{
    QJsonObject manifest = jsonObject(findEntry(entries, ociManifestName(entries))->data);
    QJsonArray layers = manifest.value(u"layers"_s).toArray();
    QJsonObject layer = layers.first().toObject();
    edit(layer);
    layers.replace(0, layer);
    manifest.insert(u"layers"_s, layers);
    replaceOciManifest(entries, compact(manifest));
}

QString firstDockerLayer(Entries &entries)
{
    const QJsonArray manifest = QJsonDocument::fromJson(findEntry(entries, u"manifest.json"_s)->data).array();
    return manifest.first().toObject().value(u"Layers"_s).toArray().first().toString();
}

void editDockerManifest(Entries &entries, const std::function<void(QJsonObject &image)> &edit)
{
    Entry *entry = findEntry(entries, u"manifest.json"_s);
    QJsonArray manifest = QJsonDocument::fromJson(entry->data).array();
    QJsonObject image = manifest.first().toObject();
    edit(image);
    manifest.replace(0, image);
    entry->data = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

void flipMiddleByte(QByteArray &data) { data[data.size() / 2] = char(data[data.size() / 2] ^ 0x5a); }

void mutate(const QString &what, Entries &entries)
{
    using Type = Archive::TarEntry::Type;
    if (what == u"docker-layer-changed")
        flipMiddleByte(findEntry(entries, firstDockerLayer(entries))->data);
    else if (what == u"docker-missing-layer")
        entries.removeIf([layer = firstDockerLayer(entries)](const Entry &e) { return e.name == layer; });
    else if (what == u"docker-config-not-json") {
        entries.append({u"config.json"_s, Type::File, "this is not JSON", {}});
        editDockerManifest(entries, [](QJsonObject &image) { image.insert(u"Config"_s, u"config.json"_s); });
    } else if (what == u"docker-config-digest") {
        const QString config = QJsonDocument::fromJson(findEntry(entries, u"manifest.json"_s)->data).array().first()
                                   .toObject().value(u"Config"_s).toString();
        findEntry(entries, config)->data.append(' ');
    } else if (what == u"docker-manifest-not-json")
        findEntry(entries, u"manifest.json"_s)->data = "[{";
    else if (what == u"docker-missing-config")
        editDockerManifest(entries, [](QJsonObject &image) { image.insert(u"Config"_s, u"nowhere.json"_s); });
    else if (what == u"docker-bad-tag")
        editDockerManifest(entries, [](QJsonObject &image) { image.insert(u"RepoTags"_s, QJsonArray{u"UPPER/Case:1"_s}); });
    else if (what == u"docker-traversal")
        entries.prepend({u"../evil"_s, Type::File, "x", {}});
    else if (what == u"docker-absolute")
        entries.prepend({u"/etc/evil"_s, Type::File, "x", {}});
    else if (what == u"docker-symlink-escape") {
        entries.prepend({u"a/layer.tar"_s, Type::Symlink, {}, u"../../etc/passwd"_s});
    } else if (what == u"docker-no-manifest")
        entries.removeIf([](const Entry &e) { return e.name == u"manifest.json"; });
    else if (what == u"oci-corrupt-blob")
        flipMiddleByte(findEntry(entries, blobName(Digest::parse(jsonObject(findEntry(entries, ociManifestName(entries))->data)
                                                                     .value(u"layers"_s).toArray().first().toObject()
                                                                     .value(u"digest"_s).toString()).value()))->data);
    else if (what == u"oci-missing-manifest")
        entries.removeIf([name = ociManifestName(entries)](const Entry &e) { return e.name == name; });
    else if (what == u"oci-size-mismatch") {
        Entry *index = findEntry(entries, u"index.json"_s);
        index->data.replace("\"size\":", "\"size\":1");
    } else if (what == u"oci-unknown-layer-type")
        editOciLayer(entries, [](QJsonObject &layer) { layer.insert(u"mediaType"_s, u"application/vnd.oci.image.layer.v1.tar+lz4"_s); });
    else if (what == u"oci-gzip-declared-plain")
        editOciLayer(entries, [](QJsonObject &layer) { layer.insert(u"mediaType"_s, u"application/vnd.oci.image.layer.v1.tar"_s); });
    else if (what == u"oci-layer-size")
        editOciLayer(entries, [](QJsonObject &layer) { layer.insert(u"size"_s, layer.value(u"size"_s).toInteger() + 1); });
    else if (what == u"oci-manifest-is-index") {
        const QJsonObject manifest = jsonObject(findEntry(entries, ociManifestName(entries))->data);
        const QJsonObject index{{u"schemaVersion"_s, 2}, {u"mediaType"_s, u"application/vnd.oci.image.index.v1+json"_s},
                                {u"manifests"_s, QJsonArray{manifest.value(u"config"_s)}}};
        replaceOciManifest(entries, compact(index), u"application/vnd.oci.image.manifest.v1+json"_s);
    } else if (what == u"oci-corrupt-gzip-layer") {
        const QJsonObject manifest = jsonObject(findEntry(entries, ociManifestName(entries))->data);
        const QString layerName = blobName(Digest::parse(manifest.value(u"layers"_s).toArray().first().toObject()
                                                             .value(u"digest"_s).toString()).value());
        QByteArray broken = findEntry(entries, layerName)->data;
        broken.truncate(broken.size() - 20); // a gzip stream without its end
        entries.append({blobName(Digest::ofData(broken)), Type::File, broken, {}});
        editOciLayer(entries, [&broken](QJsonObject &layer) {
            layer.insert(u"digest"_s, Digest::ofData(broken).toString());
            layer.insert(u"size"_s, broken.size());
        });
    } else if (what == u"oci-no-layout")
        entries.removeIf([](const Entry &e) { return e.name == u"oci-layout"; });
    else if (what == u"oci-index-not-json")
        findEntry(entries, u"index.json"_s)->data = "{\"manifests\": [";
}

} // namespace

QString TestImageArchive::makeBase(const QTemporaryDir &dir, Format format, Store::ImageRecord *image)
{
    const Store::ImageStore source(dir.filePath(u"source"_s));
    auto made = Test::ImageFixture::create(source, {2, 3, 20000, true, false, {u"bad:input"_s}, 41});
    if (!made)
        return {};
    *image = *made;
    const QString path = dir.filePath(u"base.tar"_s);
    return Test::ImageFixture::saveArchive(source, {u"bad:input"_s}, path, format) ? path : QString();
}

void TestImageArchive::badInput_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("expected"); // in the error message; "@layer" stands for the first layer digest
    const int docker = int(Format::DockerArchive);
    const int oci = int(Format::OciArchive);
    QTest::newRow("truncated-docker") << docker << u"truncate"_s << u"truncated or corrupt"_s;
    QTest::newRow("truncated-oci") << oci << u"truncate"_s << u"truncated or corrupt"_s;
    QTest::newRow("truncated-gzip-archive") << docker << u"truncate-gzip"_s << u"truncated gzip stream"_s;
    QTest::newRow("not-an-archive") << docker << u"garbage"_s << u"truncated or corrupt"_s;
    QTest::newRow("empty-file") << docker << u"empty"_s << u"is empty"_s;
    QTest::newRow("docker-layer-changed") << docker << u"docker-layer-changed"_s << u"diff_id"_s;
    QTest::newRow("docker-missing-layer") << docker << u"docker-missing-layer"_s << u"not in the archive"_s;
    QTest::newRow("docker-missing-config") << docker << u"docker-missing-config"_s << u"\"nowhere.json\", which is not in the archive"_s;
    QTest::newRow("docker-config-not-json") << docker << u"docker-config-not-json"_s << u"config.json"_s;
    QTest::newRow("docker-config-digest") << docker << u"docker-config-digest"_s << u"failed verification"_s;
    QTest::newRow("docker-manifest-not-json") << docker << u"docker-manifest-not-json"_s << u"manifest.json is not valid JSON"_s;
    QTest::newRow("docker-bad-tag") << docker << u"docker-bad-tag"_s << u"invalid tag \"UPPER/Case:1\""_s;
    QTest::newRow("docker-traversal") << docker << u"docker-traversal"_s << u"unsafe entry name \"../evil\""_s;
    QTest::newRow("docker-absolute") << docker << u"docker-absolute"_s << u"unsafe entry name \"/etc/evil\""_s;
    QTest::newRow("docker-symlink-escape") << docker << u"docker-symlink-escape"_s << u"outside the archive"_s;
    QTest::newRow("docker-no-manifest") << docker << u"docker-no-manifest"_s << u"neither a docker-archive"_s;
    QTest::newRow("oci-corrupt-blob") << oci << u"oci-corrupt-blob"_s << u"@layer"_s;
    QTest::newRow("oci-missing-manifest") << oci << u"oci-missing-manifest"_s << u"not in the archive"_s;
    QTest::newRow("oci-size-mismatch") << oci << u"oci-size-mismatch"_s << u"its descriptor says"_s;
    QTest::newRow("oci-unknown-layer-type") << oci << u"oci-unknown-layer-type"_s << u"tar+lz4"_s;
    QTest::newRow("oci-gzip-declared-plain") << oci << u"oci-gzip-declared-plain"_s << u"compressed with gzip"_s;
    QTest::newRow("oci-layer-size") << oci << u"oci-layer-size"_s << u"its descriptor says"_s;
    QTest::newRow("oci-manifest-is-index") << oci << u"oci-manifest-is-index"_s << u"index"_s;
    QTest::newRow("oci-corrupt-gzip-layer") << oci << u"oci-corrupt-gzip-layer"_s << u"truncated gzip stream"_s;
    QTest::newRow("oci-no-layout") << oci << u"oci-no-layout"_s << u"neither a docker-archive"_s;
    QTest::newRow("oci-index-not-json") << oci << u"oci-index-not-json"_s << u"index.json"_s;
}

void TestImageArchive::badInput()
{
    QFETCH(int, format);
    QFETCH(QString, mutation);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    Store::ImageRecord image;
    const QString base = makeBase(dir, Format(format), &image);
    QVERIFY(!base.isEmpty());
    const QString bad = dir.filePath(u"bad.tar"_s);
    QByteArray raw = readAll(base);
    if (mutation == u"truncate")
        writeAll(bad, raw.left(raw.size() / 2));
    else if (mutation == u"truncate-gzip")
        writeAll(bad, compress(raw).chopped(100));
    else if (mutation == u"garbage")
        writeAll(bad, QByteArray(5000, 'x'));
    else if (mutation == u"empty")
        writeAll(bad, {});
    else {
        Entries entries = readTar(base);
        QVERIFY(!entries.isEmpty());
        mutate(mutation, entries);
        QVERIFY(writeTar(bad, entries));
    }
    if (expected == u"@layer")
        expected = image.layers.first().hex();

    const Store::ImageStore target(dir.filePath(u"target"_s));
    auto loaded = Store::ImageArchiveLoader(target).loadFile(bad);
    QVERIFY2(!loaded, "a damaged archive was loaded");
    const QString message = loaded.error().toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(bad) || message.contains(u"bad.tar"_s), qPrintable(message));
    auto images = target.images();
    QVERIFY(images);
    QVERIFY2(images->isEmpty(), "a refused archive registered an image");
    const Store::CheckReport report = Store::StoreChecker(target).check();
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestImageArchive)
#include "tst_imagearchive.moc"
