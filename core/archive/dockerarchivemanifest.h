#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Ponton::Archive {

// One image of a docker-archive's manifest.json (the format `docker save` writes): the archive paths of
// its config and of its layers (bottom first), and its tags as written ("alpine:curl",
// "docker.io/library/alpine:curl").
struct DockerArchiveImage {
    QString config;
    QStringList repoTags;
    QStringList layers;
};

// manifest.json and repositories of a docker-archive.
class DockerArchiveManifest
{
public:
    static constexpr qsizetype MaxBytes = 4 * 1024 * 1024;

    // Strict: a JSON array of objects with a string Config, Layers an array of strings, RepoTags null or
    // an array of strings. Errors name manifest.json and the entry's position.
    static Result<QList<DockerArchiveImage>> parse(const QByteArray &bytes);
    static QByteArray write(const QList<DockerArchiveImage> &images);
    // The legacy `repositories` file: {"name": {"tag": "<top layer folder>"}}.
    static QByteArray writeRepositories(const QMap<QString, QMap<QString, QString>> &repositories);
};

} // namespace Ponton::Archive
