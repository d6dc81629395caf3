// Engine operations on local images: thin jobs over the store's classes.
#include "engine/engine.h"

#include "common/tr.h"
#include "image/platform.h"
#include "runtime/snapshotpreparer.h"
#include "store/historyreader.h"
#include "store/imagearchiveloader.h"
#include "store/imagearchivewriter.h"
#include "store/imageinspector.h"
#include "store/imagelister.h"
#include "store/imageremover.h"
#include "store/imagestore.h"
#include "store/storechecker.h"
#include "store/storeusage.h"

#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace Ponton {

namespace {
Archive::ArchiveControl controlFor(Job &job)
{
    Archive::ArchiveControl control;
    control.canceled = [&job] { return job.isCanceled(); };
    control.progress = [&job](const QString &item, qint64 done, qint64 total) {
        job.reportProgress({item, u"working"_s, done, total, QString()});
    };
    return control;
}

// The layer an archive entry holds, by the digest its name gives: "<hex>/layer.tar" (docker-archive; the
// diff_id in what ponton save writes) or "blobs/sha256/<hex>" (Docker 25's layout and OCI). Empty otherwise.
QString layerItemOf(const QString &entry)
{
    static const QRegularExpression named(u"^(?:blobs/sha256/([0-9a-f]{64})|([0-9a-f]{64})/layer\\.tar)$"_s);
    const QRegularExpressionMatch match = named.match(entry);
    return match.hasMatch() ? u"sha256:"_s + match.captured(1) + match.captured(2) : QString();
}

// load's bars while the archive is read, as Docker's "Loading layer": the layer files of 1 MiB or more
// (smaller ones are read in an instant and get their line once unpacked), one event per MiB and at the end.
std::function<void(const QString &, qint64, qint64)> layerReadingReporter(Job &job)
{
    constexpr qint64 Step = 1024 * 1024;
    return [&job, reported = qint64(0)](const QString &entry, qint64 done, qint64 size) mutable {
        if (size < Step || (done < size && done - reported < Step && done > reported))
            return;
        const QString item = layerItemOf(entry);
        if (item.isEmpty())
            return;
        reported = done < size ? done : 0;
        job.reportProgress({item, u"reading"_s, done, size, QString()});
    };
}

template<typename T>
Result<QVariant> asVariant(Result<T> &&value)
{
    if (!value)
        return std::unexpected(value.error());
    return QVariant::fromValue(std::move(*value));
}
} // namespace

void Engine::setContainerUsage(Store::ContainerUsage usage)
{
    m_containerUsage = std::move(usage);
}

Job *Engine::listImages(const Store::ImageListRequest &request)
{
    return startJob(u"images"_s, [this, request](Job &) {
        return asVariant(Store::ImageLister(store()).list(request));
    });
}

Job *Engine::tagImage(const QString &source, const QString &target)
{
    return startJob(u"tag"_s, [this, source, target](Job &) -> Result<QVariant> {
        Result<Store::ImageRecord> image = store().resolve(source);
        if (!image)
            return std::unexpected(image.error());
        Result<Reference> tag = Reference::parse(target);
        if (!tag)
            return std::unexpected(tag.error());
        if (tag->hasDigest())
            return fail(ErrorCode::InvalidArgument, Tr::tr("refusing to create a tag with a digest reference: %1").arg(target));
        if (Status tagged = store().tag(image->id, tag->withDefaultTag()); !tagged)
            return std::unexpected(tagged.error());
        return QVariant();
    });
}

Job *Engine::removeImages(const QStringList &names, bool force, bool prune)
{
    return startJob(u"rmi"_s, [this, names, force, prune](Job &) -> Result<QVariant> {
        return QVariant::fromValue(Store::ImageRemover(store(), m_containerUsage).remove(names, force, prune));
    });
}

Job *Engine::history(const QString &name)
{
    return startJob(u"history"_s, [this, name](Job &) {
        return asVariant(Store::HistoryReader(store()).history(name));
    });
}

Job *Engine::inspectImages(const QStringList &names)
{
    return startJob(u"inspect"_s, [this, names](Job &) -> Result<QVariant> {
        return QVariant::fromValue(Store::ImageInspector(store()).inspect(names));
    });
}

Job *Engine::checkStore()
{
    return startJob(u"system-check"_s, [this](Job &job) -> Result<QVariant> {
        if (Status ready = store().initialize(); !ready)
            return std::unexpected(ready.error());
        return QVariant::fromValue(Store::StoreChecker(store()).check([&job] { return job.isCanceled(); }));
    });
}

Job *Engine::diskUsage()
{
    return startJob(u"system-df"_s, [this](Job &) {
        return asVariant(Store::StoreUsage(store(), m_containerUsage).diskUsage());
    });
}

Job *Engine::prune(bool allUnused)
{
    return startJob(u"system-prune"_s, [this, allUnused](Job &) {
        return asVariant(Store::StoreUsage(store(), m_containerUsage).prune(allUnused));
    });
}

Job *Engine::saveImages(const QStringList &names, bool ociFormat, const QString &path)
{
    return startJob(u"save"_s, [this, names, ociFormat, path](Job &job) -> Result<QVariant> {
        const auto format = ociFormat ? Store::ImageArchiveWriter::Format::OciArchive : Store::ImageArchiveWriter::Format::DockerArchive;
        Store::ImageArchiveWriter writer(store(), controlFor(job));
        const Status saved = path.isEmpty() ? writer.save(names, format, 1, Tr::tr("standard output"))
                                            : writer.saveToFile(names, format, path);
        if (!saved)
            return std::unexpected(saved.error());
        return QVariant();
    });
}

Job *Engine::loadImages(const QString &path)
{
    return startJob(u"load"_s, [this, path](Job &job) -> Result<QVariant> {
        if (Status ready = store().initialize(); !ready)
            return std::unexpected(ready.error());
        Archive::ArchiveControl control = controlFor(job);
        control.entryProgress = layerReadingReporter(job);
        Store::ImageArchiveLoader loader(store(), control);
        Result<Store::LoadResult> loaded = path.isEmpty() ? loader.load(0, Tr::tr("standard input")) : loader.loadFile(path);
        if (!loaded)
            return std::unexpected(loaded.error());
        // As pull: the layers become helper snapshots now, not at the first run. A layer is shown while it
        // is read from the archive (above) and once unpacked (the helper reports no bytes on the way), the
        // unpacking not at all when the snapshot was already there.
        const auto observer = [&job](const Runtime::SnapshotEvent &event) {
            if (event.state == Runtime::SnapshotEvent::State::Done && !event.existed)
                job.reportProgress({event.diffId.toString(), u"loading"_s, event.uncompressedSize, event.uncompressedSize, {}});
        };
        for (const Store::ImageRecord &image : loaded->images) {
            if (!image.platform.isEmpty() && !Image::Platform::host().matches(image.platform))
                continue; // a foreign platform tagged because the archive had none for this machine: it cannot run
            Result<bool> unpacked = prepareSnapshots(job, image.id, observer);
            if (!unpacked)
                return std::unexpected(unpacked.error());
            if (!*unpacked) {
                job.reportProgress({{}, u"unpack-deferred"_s, 0, 0,
                                    Tr::tr("No runtime helper could be reached: the layers will be unpacked at the first run.")});
                break;
            }
        }
        return QVariant::fromValue(std::move(*loaded));
    });
}

} // namespace Ponton
