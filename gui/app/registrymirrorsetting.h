#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>
#include <QJsonObject>
#include <QStringList>

namespace Ponton::Gui {

// The registry-mirror setting: the "registry-mirrors" key of the engine's registry configuration file
// (core/registry/README.md: $PONTON_REGISTRY_CONFIG, else ~/.config/ponton/registries.json), so that
// docker.io images come from a mirror (offline use, the tutorial without Docker Hub). The file's
// other keys are kept; it is replaced atomically and what is written is checked with the engine's parser.
class RegistryMirrorSetting
{
    Q_DECLARE_TR_FUNCTIONS(RegistryMirrorSetting)
public:
    explicit RegistryMirrorSetting(QString path = defaultPath());

    static QString defaultPath();
    QString path() const { return m_path; }

    Result<QStringList> mirrors() const;
    // Each mirror an http(s) URL ("http://127.0.0.1:5000"); an empty list removes the key.
    Status setMirrors(const QStringList &mirrors) const;

private:
    Result<QJsonObject> readObject() const;
    QString m_path;
};

} // namespace Ponton::Gui
