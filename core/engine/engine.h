#pragma once

#include "common/error.h"
#include "engine/job.h"
#include "engine/layerrequests.h"
#include "engine/buildrequests.h"
#include "engine/containerrequests.h"
#include "engine/execrequests.h"
#include "engine/engineoptions.h"
#include "store/imagereports.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace Ponton {

namespace Store { class ImageStore; struct ImageRecord; }
namespace Runtime { class RuntimeClient; struct SnapshotEvent; }
namespace Registry { class RegistryClient; struct Credentials; }

// The facade of the engine: the only API the CLI and the GUI use. Every operation returns a Job at once;
// the work runs off the caller's thread. Operations are grouped by area, each group implemented in its
// own file (engine/imageoperations.cpp, engine/registryoperations.cpp, engine/containeroperations.cpp,
// engine/buildoperations.cpp); their request and result types live in engine/*requests.h.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(const EngineOptions &options, QObject *parent = nullptr);
    ~Engine() override;

    const EngineOptions &options() const { return m_options; }
    // The store is thread-safe; workers use it directly.
    Store::ImageStore &store() const;

    // Runs `work` on the engine's thread pool. The job lives in the caller's thread; `work` reports
    // through it and its return value becomes the job's result.
    Job *startJob(const QString &kind, std::function<Result<QVariant>(Job &job)> work);

    // --- Images (engine/imageoperations.cpp). The job's value is given after each call.
    // Who uses an image (the runtime sets this): rmi and prune consult it.
    void setContainerUsage(Store::ContainerUsage usage);
    Job *listImages(const Store::ImageListRequest &request);            // QList<Store::ImageRow>
    Job *tagImage(const QString &source, const QString &target);        // none
    Job *removeImages(const QStringList &names, bool force, bool prune); // Store::RemovalResult
    Job *history(const QString &name);                                   // QList<Store::HistoryRow>
    Job *inspectImages(const QStringList &names);                        // Store::InspectResult
    Job *checkStore();                                                   // Store::CheckReport
    Job *diskUsage();                                                    // Store::DiskUsage
    Job *prune(bool allUnused);                                          // Store::PruneResult
    // save: to `path`, or to standard output when it is empty; OCI archive or docker-archive.
    Job *saveImages(const QStringList &names, bool ociFormat, const QString &path); // none
    // load: from `path`, or from standard input when it is empty. Then the images' layers are unpacked as
    // helper snapshots, as pull does: progress item = the layer's diff_id, state "loading", current = total
    // = its unpacked size, once unpacked; one event of state "unpack-deferred" when no helper can be reached.
    Job *loadImages(const QString &path);                                // Store::LoadResult

    // --- Layers (engine/layeroperations.cpp): the layer browser. analyzeLayers reports one progress
    // event per layer (item = its digest, state "analyzing").
    Job *analyzeLayers(const QString &image);                            // LayerAnalysis
    Job *readLayerFile(const Store::LayerFileRef &file, qint64 maxBytes); // Store::LayerFileContent
    Job *extractLayerFile(const Store::LayerFileRef &file, const QString &destination); // none
    Job *exportLayerFiles(const QList<Store::LayerFileRef> &files, const QString &zipPath); // none
    Job *diffImages(const QString &before, const QString &after);       // QList<Store::ImageDiffEntry>
    // What removeImages({name}, false, prune) would do, before it is done (engine/removalpreviewoperation.cpp).
    Job *previewRemoval(const QString &name, bool prune = true);         // Store::RemovalPreview

    // --- Containers (engine/containeroperations.cpp). A container is named by its name, its ID or an
    // unambiguous ID prefix. Records of the engine's containers live in <store root>/containers/.
    // The helper client, started on demand (the helper runs as our child when we are root). Blocking
    // the first time: call it from workers only.
    Result<Runtime::RuntimeClient *> runtime();
    Job *createContainer(const ContainerRunRequest &request);            // ContainerRecord
    // Starts or restarts; with a TTY the job's value carries the PTY master.
    Job *startContainer(const QString &container, const ContainerStartOptions &options = {}); // ContainerTerminal
    Job *attachContainer(const QString &container);                      // ContainerTerminal
    Job *waitContainer(const QString &container);                        // int: the exit code
    Job *inspectContainer(const QString &container);                     // ContainerRow
    Job *listContainers(bool all);                                       // QList<ContainerRow>, newest first
    // SIGTERM, then SIGKILL after timeoutSeconds: the container's ID.
    Job *stopContainer(const QString &container, int timeoutSeconds = 10);
    Job *killContainer(const QString &container, int signal = 9);       // the container's ID
    Job *pauseContainer(const QString &container);                       // the container's ID
    Job *unpauseContainer(const QString &container);                     // the container's ID
    Job *removeContainers(const QStringList &containers, bool force);    // ContainerRemoval
    Job *containerChanges(const QString &container);                     // QList<ContainerChange>
    // A read-only descriptor of the container's output log: Runtime::SharedFileDescriptor.
    Job *containerLogs(const QString &container);
    Job *commitContainer(const CommitRequest &request);                  // CommitResult
    // --- exec (engine/execoperations.cpp): a process added to a running container.
    Job *execInContainer(const ContainerExecRequest &request);           // ContainerExecution
    Job *waitExec(const QString &containerId, const QString &execId);    // int: the exit code

    // --- Registries (engine/registryoperations.cpp). Progress: one ProgressEvent per layer state change
    // (item = the blob's digest, state = Registry::LayerProgress::stateName, message = a Mounted-from repository).
    Job *pull(const QString &reference, const QString &platform);        // Registry::PullResult
    Job *push(const QString &source, const QString &target);             // Registry::PushResult
    // Every tag of a repository, all pages (pull --all-tags): QStringList.
    Job *listTags(const QString &repository);
    // Checks credentials against a registry ("host:5000", "docker.io") as `docker login` does, then stores
    // them in Docker's config.json (or its credential helper): the config file's path, or empty when a
    // helper keeps them. Empty credentials reuse the stored ones (NotFound when there are none).
    Job *login(const QString &registry, const Registry::Credentials &credentials);
    // The next registry operation reads the registry configuration (registries.json: mirrors, insecure
    // registries) again, so that a changed setting applies without a restart. Clients that running
    // jobs use stay alive until the engine goes.
    void reloadRegistryConfig();
    // The user name stored for a registry, as `docker login` offers it in its prompt: QString, empty when
    // none is stored (an identity token has none).
    Job *storedUsername(const QString &registry);
    // Erases a registry's stored credentials (NotFound when there were none): none.
    Job *logout(const QString &registry);

    // --- Build (engine/buildoperations.cpp)
    // Lint of a Dockerfile's bytes: QList<Build::LintDiagnostic>.
    Job *lintDockerfile(const QByteArray &dockerfile);
    // A build (engine/buildrequests.h): BuildResult. While it runs, Job::event carries Build::BuildEvent
    // values (build/buildevent.h documents their order); cancel() stops the running step.
    Job *build(const BuildRequest &request);

private:
    Result<Registry::RegistryClient *> registry();
    // A base image of a build pulled into the store (engine/buildoperations.cpp).
    Result<Store::ImageRecord> pullForBuild(const QString &reference, Job &job);
    // Who uses an image, from the container records and the helper (engine/containeroperations.cpp).
    Store::ContainerUsage recordedContainerUsage();
    // After a pull or a load: the image's layers unpacked as helper snapshots ("extracting" progress per
    // layer), when the helper can run (root): true; false when no helper could be reached (the first run
    // unpacks then). `observer`, when given, receives the layers' events instead of the job (pull and
    // load report them themselves, in Docker's words).
    Result<bool> prepareSnapshots(Job &job, const Digest &imageId,
                                  const std::function<void(const Runtime::SnapshotEvent &)> &observer = {});

    EngineOptions m_options;
    std::unique_ptr<Registry::RegistryClient> m_registry;
    std::vector<std::unique_ptr<Registry::RegistryClient>> m_retiredRegistries;
    std::unique_ptr<Runtime::RuntimeClient> m_runtime;
    Store::ContainerUsage m_containerUsage;
    std::unique_ptr<Store::ImageStore> m_store;
};

} // namespace Ponton
