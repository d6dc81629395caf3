#!/usr/bin/env bash
# Run benchmark (issue 4): `ponton run --rm IMAGE true` against `runc run` and `crun run` of the same
# root file system and `podman run --rm`, side by side in one run. As root, by hand or with `bench-run`:
#   bash tests/bench/run/run-bench.sh PONTON [RUNS]
# Image: Debian's busybox-static, one layer (tests/packaging/busybox-layout.sh). Ponton is measured twice:
# "ponton" with no helper running (the CLI starts it on demand: the first command after the helper's
# idle exit) and "ponton-warm" with the helper already serving (as it does for every command that
# follows within its idle time, and as dockerd would). Reported: the median wall time of RUNS runs (default
# 20) and Ponton's ratios. Goals: ponton <= 1 x runc, <= 0.2 x podman. crun 1.8 refuses the hybrid cgroup
# layout of these machines: when it does, its error is printed and it is left out.
set -euo pipefail

ponton=$(realpath "${1:?usage: run-bench.sh PONTON [RUNS]}")
runs=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../../.." && pwd)
helper=${PONTON_HELPER:-$(dirname "$ponton")/../runtime/ponton-helper}
work=$(mktemp -d "${TMPDIR:-/tmp}/ponton-run-bench.XXXXXX")
# Stops the store's helper (a daemon: its pid is in helper.lock) and waits until it has gone.
stop_helper() {
    local pid
    pid=$(cat "$work/ponton/runtime/helper.lock" 2>/dev/null) || return 0
    kill "$pid" 2>/dev/null || return 0
    while [ -S "$work/ponton/runtime/helper.sock" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.01; done
}
cleanup() {
    set +e
    "$ponton" --root "$work/ponton" rm -f $("$ponton" --root "$work/ponton" ps -aq 2>/dev/null) >/dev/null 2>&1
    stop_helper
    # podman's overlay mounts (its storage root is a mount of its own) under the work directory.
    for _ in 1 2 3; do
        grep " $work/" /proc/mounts | cut -d' ' -f2 | sort -r | xargs -r -n1 umount -l 2>/dev/null
    done
    rm -rf "$work"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || { echo "run-bench: run as root" >&2; exit 1; }
for tool in skopeo umoci python3 busybox; do
    command -v "$tool" >/dev/null || { echo "run-bench: $tool is not installed" >&2; exit 1; }
done
export PONTON_HELPER=$(realpath "$helper")

echo "preparing busybox in $work"
bash "$source_dir/tests/packaging/busybox-layout.sh" "$work/layout" >/dev/null
skopeo copy --quiet "oci:$work/layout:latest" "docker-archive:$work/busybox.tar:busybox:latest"
"$ponton" --root "$work/ponton" load -i "$work/busybox.tar" >/dev/null
"$ponton" --root "$work/ponton" run --rm busybox true  # unpacks the snapshot once
umoci unpack --image "$work/layout:latest" "$work/bundle" >/dev/null
python3 - "$work/bundle/config.json" <<'PY'
import json, sys
path = sys.argv[1]
config = json.load(open(path))
config["process"]["args"] = ["true"]
config["process"]["terminal"] = False
# host network, as ponton and podman below
config["linux"]["namespaces"] = [n for n in config["linux"]["namespaces"] if n["type"] != "network"]
json.dump(config, open(path, "w"))
PY

tools=(ponton ponton-warm)
command -v runc >/dev/null && tools+=(runc)
if command -v crun >/dev/null; then
    if crun run --bundle "$work/bundle" bench-crun-probe >"$work/crun.err" 2>&1; then
        tools+=(crun)
    else
        echo "crun $(crun --version | head -1 | awk '{print $3}') refuses this host: $(tail -1 "$work/crun.err")"
        crun delete -f bench-crun-probe >/dev/null 2>&1 || true
    fi
fi
if command -v podman >/dev/null; then
    cat >"$work/containers.conf" <<CONF
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
    # podman asks runc for more open files than root may have here: keep the host's hard limit.
    podman_cmd=(podman --root "$work/podman/root" --runroot "$work/podman/run" --storage-driver overlay)
    CONTAINERS_CONF=$work/containers.conf "${podman_cmd[@]}" load -q -i "$work/busybox.tar" >/dev/null
    podman_image=$(CONTAINERS_CONF=$work/containers.conf "${podman_cmd[@]}" images -q | head -1)
    tools+=(podman)
fi

one() {
    case $1 in
    ponton) "$ponton" --root "$work/ponton" run --rm busybox true ;;
    ponton-warm) "$ponton" --root "$work/ponton" run --rm busybox true ;;
    runc) runc run --bundle "$work/bundle" "bench-runc-$2" ;;
    crun) crun run --bundle "$work/bundle" "bench-crun-$2" ;;
    podman) CONTAINERS_CONF=$work/containers.conf "${podman_cmd[@]}" run --rm --network host \
        --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 "$podman_image" true ;;
    esac
}

declare -A median
for tool in "${tools[@]}"; do
    [ "$tool" = ponton-warm ] && one ponton-warm 0 >/dev/null  # the helper serves from here on
    samples=()
    for i in $(seq "$runs"); do
        [ "$tool" = ponton ] && stop_helper
        start=$(date +%s.%N)
        one "$tool" "$i" >/dev/null 2>"$work/run.err" || { echo "run-bench: $tool failed:" >&2; cat "$work/run.err" >&2; exit 1; }
        samples+=("$(python3 -c "print(f'{$(date +%s.%N) - $start:.4f}')")")
    done
    median[$tool]=$(printf '%s\n' "${samples[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
done

echo
echo "run --rm busybox true, median of $runs runs (wall s; ratio = ponton / tool, ponton-warm / tool)"
printf '%-12s %8s %8s %12s\n' TOOL WALL RATIO RATIO_WARM
for tool in "${tools[@]}"; do
    printf '%-12s %8s %8s %12s\n' "$tool" "${median[$tool]}" \
        "$(python3 -c "print(f'{${median[ponton]} / ${median[$tool]}:.2f}')")" \
        "$(python3 -c "print(f'{${median[ponton-warm]} / ${median[$tool]}:.2f}')")"
done
echo
for peer in runc podman; do
    [ -n "${median[$peer]:-}" ] || continue
    goal=$([ $peer = runc ] && echo 1.0 || echo 0.2)
    for variant in ponton ponton-warm; do
        verdict=$(python3 -c "print('met' if ${median[$variant]} <= $goal * ${median[$peer]} else 'MISSED')")
        echo "goal $variant <= $goal x $peer: $verdict"
    done
done
