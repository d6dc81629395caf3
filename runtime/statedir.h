#pragma once

#include "result.h"
#include "uniquefd.h"

#include <string>

namespace ponton::helper {

// The helper's own directory (--state-dir): snapshots/<hex>, containers/<id>. Clients never name
// paths inside it; they name diff_ids and container IDs, which are validated as 64 lower-case hex.
class StateDir
{
public:
    static Result<StateDir> open(const std::string &path);

    const std::string &path() const { return m_path; }
    std::string snapshotsPath() const { return m_path + "/snapshots"; }
    std::string containersPath() const { return m_path + "/containers"; }
    std::string snapshotPath(const std::string &hex) const { return snapshotsPath() + "/" + hex; }
    std::string containerPath(const std::string &id) const { return containersPath() + "/" + id; }
    int snapshotsFd() const { return m_snapshots.get(); }
    int containersFd() const { return m_containers.get(); }

    // Moves temporary snapshot directories left by an interrupted unpack to .trash-* (at start-up,
    // before serving), then emptyTrash() deletes them in the background.
    void moveStaleTemporaries() const;
    // Deletes the .trash* entries of snapshots/ and containers/.
    void emptyTrash() const;
    // Takes containers/<id> away at once (renamed to containers/.trash-<id>-<random>, which no listing
    // shows) and deletes its files in the background; what a crash leaves, the next start deletes.
    Status discardContainer(const std::string &id) const;

private:
    std::string m_path;
    UniqueFd m_snapshots;
    UniqueFd m_containers;
};

// True for exactly 64 lower-case hex characters.
bool isHex64(const std::string &text);
// 64 random lower-case hex characters (container and exec IDs).
std::string randomHex64();
// "sha256:<hex>" → hex; error otherwise.
Result<std::string> sha256Hex(const std::string &digest);

} // namespace ponton::helper
