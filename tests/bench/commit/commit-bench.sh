#!/usr/bin/env bash
# Commit benchmark (issue 4): `ponton commit` of a running container with a 10 MB change against
# `podman commit` of the same change, side by side in one run. As root, by hand or with `bench-commit`:
#   bash tests/bench/commit/commit-bench.sh PONTON [RUNS]
# Each run starts a new container of the busybox image (tests/packaging/busybox-layout.sh) that writes
# 10 MiB of random bytes to /big and sleeps; only the commit is timed. Reported: the median wall time of
# RUNS runs (default 5) and Ponton's ratio. Goal: ponton <= 0.5 x podman.
set -euo pipefail

ponton=$(realpath "${1:?usage: commit-bench.sh PONTON [RUNS]}")
runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../../.." && pwd)
export PONTON_HELPER=$(realpath "${PONTON_HELPER:-$(dirname "$ponton")/../runtime/ponton-helper}")
work=$(mktemp -d "${TMPDIR:-/tmp}/ponton-commit-bench.XXXXXX")
cat >"$work/containers.conf" <<CONF
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
export CONTAINERS_CONF=$work/containers.conf
podman_cmd=(podman --root "$work/podman/root" --runroot "$work/podman/run" --storage-driver overlay)
cleanup() {
    set +e
    "$ponton" --root "$work/ponton" rm -f $("$ponton" --root "$work/ponton" ps -aq 2>/dev/null) >/dev/null 2>&1
    command -v podman >/dev/null && "${podman_cmd[@]}" rm -af -t 0 >/dev/null 2>&1
    # podman's overlay mounts (its storage root is a mount of its own) under the work directory.
    for _ in 1 2 3; do
        grep " $work/" /proc/mounts | cut -d' ' -f2 | sort -r | xargs -r -n1 umount -l 2>/dev/null
    done
    rm -rf "$work"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || { echo "commit-bench: run as root" >&2; exit 1; }
for tool in skopeo python3 busybox; do
    command -v "$tool" >/dev/null || { echo "commit-bench: $tool is not installed" >&2; exit 1; }
done
echo "preparing busybox in $work"
bash "$source_dir/tests/packaging/busybox-layout.sh" "$work/layout" >/dev/null
skopeo copy --quiet "oci:$work/layout:latest" "docker-archive:$work/busybox.tar:busybox:latest"
"$ponton" --root "$work/ponton" load -i "$work/busybox.tar" >/dev/null
writer='busybox head -c 10485760 /dev/urandom > /big && touch /ready && exec sleep 600'
tools=(ponton)
if command -v podman >/dev/null; then
    "${podman_cmd[@]}" load -q -i "$work/busybox.tar" >/dev/null
    podman_image=$("${podman_cmd[@]}" images -q | head -1)
    tools+=(podman)
fi

# container TOOL: starts a writer container and waits for its change; prints its ID.
container() {
    local id
    case $1 in
    ponton)
        id=$("$ponton" --root "$work/ponton" run -d busybox sh -c "$writer")
        until "$ponton" --root "$work/ponton" diff "$id" | grep -q '^A /ready$'; do sleep 0.1; done ;;
    podman)
        id=$("${podman_cmd[@]}" run -d --network host --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 \
            "$podman_image" sh -c "$writer")
        until "${podman_cmd[@]}" diff "$id" | grep -q '^A /ready$'; do sleep 0.1; done ;;
    esac
    echo "$id"
}

commit() {
    case $1 in
    ponton) "$ponton" --root "$work/ponton" commit "$2" "bench:$3" ;;
    podman) "${podman_cmd[@]}" commit -q "$2" "bench:$3" ;;
    esac
}

declare -A median
for tool in "${tools[@]}"; do
    samples=()
    for i in $(seq "$runs"); do
        id=$(container "$tool")
        sync
        start=$(date +%s.%N)
        commit "$tool" "$id" "$i" >/dev/null 2>"$work/commit.err" || { echo "commit-bench: $tool failed:" >&2; cat "$work/commit.err" >&2; exit 1; }
        samples+=("$(python3 -c "print(f'{$(date +%s.%N) - $start:.4f}')")")
    done
    median[$tool]=$(printf '%s\n' "${samples[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
done

echo
echo "commit of a running container with a 10 MiB change, median of $runs runs (wall s; ratio = ponton / tool)"
printf '%-8s %8s %8s\n' TOOL WALL RATIO
for tool in "${tools[@]}"; do
    printf '%-8s %8s %8s\n' "$tool" "${median[$tool]}" "$(python3 -c "print(f'{${median[ponton]} / ${median[$tool]}:.2f}')")"
done
if [ -n "${median[podman]:-}" ]; then
    echo
    echo "goal ponton <= 0.5 x podman: $(python3 -c "print('met' if ${median[ponton]} <= 0.5 * ${median[podman]} else 'MISSED')")"
fi
