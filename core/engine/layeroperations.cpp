// Engine operations on the files of layers: the layer browser's analysis, file content and extraction,
// image diffs. CPU and disk work on the thread pool.
#include "engine/engine.h"

#include "common/tr.h"
#include "store/layeranalyzer.h"

using namespace Qt::StringLiterals;

namespace Ponton {

namespace {

Archive::ArchiveControl layerControl(Job &job, const QString &state)
{
    Archive::ArchiveControl control;
    control.canceled = [&job] { return job.isCanceled(); };
    control.progress = [&job, state](const QString &item, qint64 done, qint64 total) {
        job.reportProgress({item, state, done, total, QString()});
    };
    return control;
}

} // namespace

Job *Engine::analyzeLayers(const QString &image)
{
    return startJob(u"layers"_s, [this, image](Job &job) -> Result<QVariant> {
        Result<LayerAnalysis> tree = Store::LayerAnalyzer(store(), layerControl(job, u"analyzing"_s)).analyze(image);
        if (!tree)
            return std::unexpected(tree.error());
        return QVariant::fromValue(*tree);
    });
}

Job *Engine::readLayerFile(const Store::LayerFileRef &file, qint64 maxBytes)
{
    return startJob(u"layer-file"_s, [this, file, maxBytes](Job &job) -> Result<QVariant> {
        Result<Store::LayerFileContent> content = Store::LayerFileReader(store(), layerControl(job, u"reading"_s)).read(file, maxBytes);
        if (!content)
            return std::unexpected(content.error());
        return QVariant::fromValue(*content);
    });
}

Job *Engine::extractLayerFile(const Store::LayerFileRef &file, const QString &destination)
{
    return startJob(u"layer-extract"_s, [this, file, destination](Job &job) -> Result<QVariant> {
        Status extracted = Store::LayerFileReader(store(), layerControl(job, u"extracting"_s)).extractToFile(file, destination);
        if (!extracted)
            return std::unexpected(extracted.error());
        return QVariant();
    });
}

Job *Engine::exportLayerFiles(const QList<Store::LayerFileRef> &files, const QString &zipPath)
{
    return startJob(u"layer-export"_s, [this, files, zipPath](Job &job) -> Result<QVariant> {
        if (files.isEmpty())
            return fail(ErrorCode::InvalidArgument, Tr::tr("no file to export"));
        Status exported = Store::LayerFileReader(store(), layerControl(job, u"extracting"_s)).exportZip(files, zipPath);
        if (!exported)
            return std::unexpected(exported.error());
        return QVariant();
    });
}

Job *Engine::diffImages(const QString &before, const QString &after)
{
    return startJob(u"image-diff"_s, [this, before, after](Job &job) -> Result<QVariant> {
        const Store::LayerAnalyzer analyzer(store(), layerControl(job, u"analyzing"_s));
        Result<LayerAnalysis> first = analyzer.analyze(before);
        if (!first)
            return std::unexpected(first.error());
        Result<LayerAnalysis> second = analyzer.analyze(after);
        if (!second)
            return std::unexpected(second.error());
        return QVariant::fromValue(Store::ImageDiff::compare(**first, **second));
    });
}

} // namespace Ponton
