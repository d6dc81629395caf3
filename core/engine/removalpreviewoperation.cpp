// The engine's removal preview: what rmi would do, for a dialog that explains itself before rmi fails.
#include "engine/engine.h"

#include "store/removalplanner.h"

using namespace Qt::StringLiterals;

namespace Ponton {

Job *Engine::previewRemoval(const QString &name, bool prune)
{
    return startJob(u"rmi-preview"_s, [this, name, prune](Job &) -> Result<QVariant> {
        Result<Store::RemovalPreview> preview = Store::RemovalPlanner(store(), m_containerUsage).preview(name, prune);
        if (!preview)
            return std::unexpected(preview.error());
        return QVariant::fromValue(*preview);
    });
}

} // namespace Ponton
