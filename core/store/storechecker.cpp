#include "store/storechecker.h"

#include "common/tr.h"
#include "image/manifestparser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

CheckReport StoreChecker::check(const std::function<bool()> &canceled) const
{
    CheckReport report;
    checkLayout(report);
    Result<QList<Image::Descriptor>> entries = m_store.readIndex();
    if (!entries) {
        report.problems.append(entries.error().toString());
        return report;
    }
    QSet<Digest> seen;
    for (const Image::Descriptor &entry : *entries) {
        if (seen.contains(entry.digest))
            continue;
        seen.insert(entry.digest);
        checkEntry(entry, report);
        ++report.imagesChecked;
    }
    QSet<Digest> ids;
    const QList<ImageRecord> records = m_store.groupEntries(*entries, nullptr);
    for (const ImageRecord &record : records)
        ids.insert(record.id);
    for (const ImageRecord &record : records) {
        if (record.parent.isValid() && !ids.contains(record.parent))
            report.problems.append(Tr::tr("image %1 names a parent %2 that is not in the store")
                                       .arg(record.id.toString(), record.parent.toString()));
    }
    checkBlobs(report, canceled);
    checkLeftovers(report);
    return report;
}

void StoreChecker::checkLayout(CheckReport &report) const
{
    QFile layout(m_store.root() + u"/oci-layout"_s);
    if (!layout.open(QIODevice::ReadOnly)) {
        report.problems.append(Tr::tr("oci-layout is missing in %1").arg(m_store.root()));
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(layout.readAll()).object();
    if (object.value(u"imageLayoutVersion"_s).toString() != u"1.0.0")
        report.problems.append(Tr::tr("oci-layout does not declare imageLayoutVersion 1.0.0"));
}

void StoreChecker::checkEntry(const Image::Descriptor &entry, CheckReport &report) const
{
    const ContentStore &content = m_store.content();
    const QString what = entry.digest.toString();
    Result<QByteArray> bytes = content.read(entry.digest);
    if (!bytes) {
        report.problems.append(Tr::tr("index entry %1: %2").arg(what, bytes.error().toString()));
        return;
    }
    if (bytes->size() != entry.size)
        report.problems.append(Tr::tr("index entry %1: the manifest is %2 bytes, the index says %3")
                                   .arg(what, QString::number(bytes->size()), QString::number(entry.size)));
    Result<Image::Manifest> manifest = Image::ManifestParser::parseManifest(*bytes, entry.mediaType, what);
    if (!manifest) {
        report.problems.append(manifest.error().toString());
        return;
    }
    Result<QByteArray> configBytes = content.read(manifest->config.digest);
    Result<Image::ImageConfig> config = configBytes ? Image::ImageConfig::parse(*configBytes, manifest->config.digest.toString())
                                                    : std::unexpected(configBytes.error());
    if (!config) {
        report.problems.append(Tr::tr("image %1: config %2: %3").arg(what, manifest->config.digest.toString(), config.error().toString()));
        return;
    }
    if (config->rootfs.diffIds.size() != manifest->layers.size())
        report.problems.append(Tr::tr("image %1: %2 layers but %3 diff_ids").arg(what).arg(manifest->layers.size()).arg(config->rootfs.diffIds.size()));
    for (const Image::Descriptor &layer : manifest->layers) {
        Result<qint64> size = content.size(layer.digest);
        if (!size)
            report.problems.append(Tr::tr("image %1: layer %2 is missing").arg(what, layer.digest.toString()));
        else if (*size != layer.size)
            report.problems.append(Tr::tr("image %1: layer %2 is %3 bytes, its descriptor says %4")
                                       .arg(what, layer.digest.toString(), QString::number(*size), QString::number(layer.size)));
    }
}

void StoreChecker::checkBlobs(CheckReport &report, const std::function<bool()> &canceled) const
{
    Result<QList<Digest>> blobs = m_store.content().list();
    if (!blobs) {
        report.problems.append(blobs.error().toString());
        return;
    }
    for (const Digest &blob : *blobs) {
        if (canceled && canceled())
            return;
        if (Status verified = m_store.content().verify(blob); !verified)
            report.problems.append(verified.error().toString());
        ++report.blobsChecked;
    }
}

void StoreChecker::checkLeftovers(CheckReport &report) const
{
    const QStringList ingests = m_store.content().ingests();
    if (!ingests.isEmpty())
        report.notes.append(Tr::tr("%n interrupted write(s) in ingest/ (resumable or collected by system prune)", nullptr, int(ingests.size())));
    const QStringList temporary = QDir(m_store.root()).entryList({u"index.json.tmp-*"_s}, QDir::Files);
    if (!temporary.isEmpty())
        report.notes.append(Tr::tr("%n temporary index file(s) left by an interrupted change", nullptr, int(temporary.size())));
}

} // namespace Ponton::Store
